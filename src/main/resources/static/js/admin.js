// The planning office's pages: ROC years beside date inputs, check all/none, extra contact rows, the agency
// chooser, printing, and the achievement charts (Chart.js) drawn from the numbers the server computed.
(function () {
  'use strict';

  function rocWords(input, target) {
    var pattern = target.getAttribute('data-pattern') || '{0}/{1}/{2}';
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value || '');
    target.textContent = m ? pattern.replace('{0}', String(Number(m[1]) - 1911))
      .replace('{1}', String(Number(m[2]))).replace('{2}', String(Number(m[3]))) : '';
  }

  function rocHints() {
    document.querySelectorAll('input[type=date][data-roc-target]').forEach(function (input) {
      var target = document.getElementById(input.getAttribute('data-roc-target'));
      if (!target) { return; }
      input.addEventListener('input', function () { rocWords(input, target); });
      input.addEventListener('change', function () { rocWords(input, target); });
    });
  }

  function checkAllNone() {
    document.querySelectorAll('[data-admin-check]').forEach(function (button) {
      button.addEventListener('click', function () {
        var on = button.getAttribute('data-admin-check') === 'all';
        var fieldset = button.closest('fieldset') || document;
        fieldset.querySelectorAll('input[type=checkbox][name=agencies]').forEach(function (box) { box.checked = on; });
      });
    });
  }

  function contactRows() {
    var add = document.querySelector('[data-admin-add-row]');
    var template = document.getElementById('admin-contact-template');
    var rows = document.getElementById('admin-contact-rows');
    if (!add || !template || !rows) { return; }
    add.addEventListener('click', function () {
      var index = rows.querySelectorAll('tr.admin-contact-row').length;
      var row = template.content.firstElementChild.cloneNode(true);
      row.setAttribute('data-row', String(index));
      row.querySelectorAll('[data-field]').forEach(function (field) {
        var name = 'contacts[' + index + '].' + field.getAttribute('data-field');
        field.name = name;
        field.id = name;
      });
      rows.appendChild(row);
      var first = row.querySelector('input');
      if (first) { first.focus(); }
    });
  }

  function autoSubmit() {
    document.querySelectorAll('select[data-admin-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
  }

  function printButtons() {
    document.querySelectorAll('[data-admin-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  }

  var COLOURS = { met: '#12b76a', notMet: '#f04438', overThreshold: '#f79009', notJudged: '#98a2b3' };

  function charts() {
    var holder = document.getElementById('admin-chart-data');
    if (!holder || typeof window.Chart === 'undefined') { return; }
    var data = JSON.parse(holder.getAttribute('data-chart'));
    var names = data.agencies.map(function (a) { return a.name; });
    var distribution = document.getElementById('admin-chart-distribution');
    if (distribution) {
      new window.Chart(distribution, {
        type: 'bar',
        data: {
          labels: names,
          datasets: data.series.map(function (s) {
            return { label: s.label, data: s.data, backgroundColor: COLOURS[s.key] || '#1f4e79', stack: 'kpis' };
          })
        },
        options: {
          indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
          scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.kpisLabel } },
                    y: { stacked: true, ticks: { autoSkip: false } } },
          plugins: { legend: { position: 'top' } }
        }
      });
    }
    var histogram = document.getElementById('admin-chart-histogram');
    if (histogram) {
      var chart = new window.Chart(histogram, {
        type: 'bar',
        data: { labels: data.bins, datasets: [{ label: data.kpisLabel, data: data.rates[''], backgroundColor: '#1f4e79',
                                               barPercentage: 1.0, categoryPercentage: 0.95 }] },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.kpisLabel } },
                    x: { title: { display: true, text: data.rateLabel } } },
          plugins: { legend: { display: false } }
        }
      });
      var chooser = document.getElementById('admin-histogram-agency');
      if (chooser) {
        chooser.addEventListener('change', function () {
          chart.data.datasets[0].data = data.rates[chooser.value] || [];
          chart.update();
        });
      }
    }
  }

  function start() {
    rocHints();
    checkAllNone();
    contactRows();
    autoSubmit();
    printButtons();
    charts();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
