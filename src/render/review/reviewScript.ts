// Sorting and filtering of the review page; the page reads fully without it.
export const reviewScript = `
(function () {
  var table = document.getElementById('review-table');
  if (!table) return;
  var body = table.tBodies[0];
  var filter = document.getElementById('review-filter');
  var errorsOnly = document.getElementById('review-errors-only');
  function apply() {
    var words = (filter.value || '').trim().toLowerCase();
    Array.prototype.forEach.call(body.rows, function (row) {
      var text = row.textContent.toLowerCase();
      var show = (!words || text.indexOf(words) >= 0) && (!errorsOnly.checked || row.getAttribute('data-errors') !== '0');
      row.hidden = !show;
    });
  }
  filter.addEventListener('input', apply);
  errorsOnly.addEventListener('change', apply);
  var direction = {};
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    th.querySelector('button').addEventListener('click', function () {
      var up = direction[column] = !direction[column];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-sort'), y = b.cells[column].getAttribute('data-sort');
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        var nx = Number(x), ny = Number(y);
        var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN');
        return up ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
    });
  });
})();`;
