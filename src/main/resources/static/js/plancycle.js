// Small progressive enhancement shared by every page: htmx requests carry the CSRF token.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// A table that scrolls within its box (the progress board, a wide table on a phone) takes the keyboard's focus,
// so it can be scrolled with the arrow keys.
function pcFocusableScrollers() {
  document.querySelectorAll('.table-responsive, .pc-table-wrap, .admin-board-scroll').forEach(function (box) {
    var scrolls = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
    }
  });
}
document.addEventListener('DOMContentLoaded', pcFocusableScrollers);
window.addEventListener('resize', pcFocusableScrollers);
document.addEventListener('htmx:afterSwap', pcFocusableScrollers);

// A button that cannot be undone or that reaches many people asks first (data-confirm holds the question).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
