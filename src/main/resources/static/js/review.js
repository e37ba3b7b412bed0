// The review and approval pages: KPI filters, the print button, the first refused field in view, the confirmation
// of a review decision, the approver's chart.
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') {
      fn();
    } else {
      document.addEventListener('DOMContentLoaded', fn);
    }
  }

  // Show all KPIs, only those over the threshold or not met, or only those changed since the last round.
  // Hidden KPIs keep their comment boxes in the form: whatever was typed is still sent.
  function filters() {
    var buttons = document.querySelectorAll('[data-rv-filter]');
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var filter = button.getAttribute('data-rv-filter');
        buttons.forEach(function (b) {
          b.classList.toggle('active', b === button);
          b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
        });
        document.querySelectorAll('.rv-kpi').forEach(function (kpi) {
          kpi.hidden = filter !== 'all' && kpi.getAttribute('data-' + filter) !== 'true';
        });
        document.querySelectorAll('.rv-goal').forEach(function (goal) {
          goal.hidden = !goal.querySelector('.rv-kpi:not([hidden])');
        });
      });
    });
  }

  function printButtons() {
    document.querySelectorAll('[data-rv-print]').forEach(function (button) {
      button.addEventListener('click', function () {
        window.print();
      });
    });
  }

  function firstError() {
    var invalid = document.querySelector('textarea.is-invalid, input.is-invalid');
    if (invalid) {
      invalid.scrollIntoView({block: 'center'});
      invalid.focus({preventScroll: true});
    }
  }

  // A decision (同意通過 / 退回修正) is sent only from the dialog that names the agency, the round and the decision.
  // Escape or 取消 closes it and nothing is sent; the keyboard reaches every button.
  function confirmations() {
    var dialog = document.getElementById('rv-confirm');
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    var text = document.getElementById('rv-confirm-text');
    var yes = document.getElementById('rv-confirm-yes');
    document.querySelectorAll('[data-rv-confirm]').forEach(function (button) {
      button.addEventListener('click', function (event) {
        event.preventDefault();
        text.textContent = button.getAttribute('data-rv-confirm');
        yes.value = button.value;
        yes.textContent = button.textContent;
        yes.className = 'btn ' + (button.value === 'RETURN' ? 'btn-danger' : 'btn-success');
        dialog.showModal();
      });
    });
    document.getElementById('rv-confirm-cancel').addEventListener('click', function () {
      dialog.close();
    });
  }

  // Met, not met, over the threshold and not judged per agency, read from the overview table itself.
  function chart() {
    var canvas = document.getElementById('rv-chart');
    if (!canvas || !window.Chart) {
      return;
    }
    var rows = Array.prototype.slice.call(document.querySelectorAll('.rv-overview tbody tr[data-agency]'));
    var number = function (row, name) {
      return parseInt(row.getAttribute('data-' + name), 10) || 0;
    };
    canvas.parentElement.style.height = (rows.length * 26 + 80) + 'px';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (row) { return row.getAttribute('data-name'); }),
        datasets: [
          {label: canvas.getAttribute('data-met'), data: rows.map(function (r) { return number(r, 'met'); }), backgroundColor: '#067647'},
          {label: canvas.getAttribute('data-not-met'), data: rows.map(function (r) { return number(r, 'not-met'); }), backgroundColor: '#b42318'},
          {label: canvas.getAttribute('data-over'), data: rows.map(function (r) { return number(r, 'over'); }), backgroundColor: '#f79009'},
          {label: canvas.getAttribute('data-not-judged'), data: rows.map(function (r) { return number(r, 'not-judged'); }), backgroundColor: '#98a2b3'}
        ]
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {x: {beginAtZero: true, ticks: {precision: 0}}},
        plugins: {legend: {position: 'bottom'}}
      }
    });
  }

  ready(function () {
    filters();
    printButtons();
    firstError();
    confirmations();
    chart();
  });
})();
