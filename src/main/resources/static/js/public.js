// The public page's chart: each agency's KPIs by outcome, drawn from the first table of the report on the page
// (機關, 指標數, then one column per outcome), so the chart and the numbers beside it are the same.
(function () {
  'use strict';
  var COLOURS = ['#2e7d32', '#c62828', '#ef6c00', '#9e9e9e'];
  var canvas = document.getElementById('public-chart');
  var table = document.getElementById('doc-table-0');
  if (!canvas || !table || typeof window.Chart === 'undefined') { return; }
  var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent; });
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'), 0, -1); // the last row is the total
  var cells = rows.map(function (tr) {
    return Array.prototype.map.call(tr.querySelectorAll('td'), function (td) { return td.textContent; });
  });
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: cells.map(function (c) { return c[0]; }),
      datasets: headers.slice(2).map(function (label, i) {
        return { label: label, data: cells.map(function (c) { return Number(c[i + 2]); }),
                 backgroundColor: COLOURS[i], stack: 'kpis' };
      })
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true, ticks: { autoSkip: false } } },
      plugins: { legend: { position: 'top' } }
    }
  });
}());
