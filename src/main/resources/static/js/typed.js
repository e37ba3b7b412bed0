// Never lose typed work. On every form marked data-keep-typed (the plan editor, the revision screen, the report, the
// review): what is typed is kept in this browser tab (sessionStorage, per page and user) just before it is sent; when
// the session had ended, the server asks the person to sign in again and brings them back to the page with ?restore,
// and the page puts back what they typed, saying so. Leaving the page with unsaved changes asks first.
// (Enter in a one-line field never sends these forms: their first submit button is a disabled default one.)
(function () {
  'use strict';

  var PREFIX = 'plancycle.typed:';

  function user() {
    var meta = document.querySelector('meta[name="pc-user"]');
    return meta ? meta.content : '';
  }

  function key() {
    return PREFIX + user() + ':' + window.location.pathname;
  }

  function store(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && typeof value === 'string') fields.push([name, value]);
    });
    try {
      window.sessionStorage.setItem(key(), JSON.stringify(fields));
    } catch (full) {
      // Storage full or disabled: the form is sent all the same.
    }
  }

  function put(form, name, value) {
    var field = form.elements.namedItem(name);
    if (!field) return;
    var each = field instanceof RadioNodeList ? Array.prototype.slice.call(field) : [field];
    each.forEach(function (input) {
      if (input.type === 'checkbox' || input.type === 'radio') {
        input.checked = input.value === value;
      } else if (input.type !== 'submit' && input.type !== 'button' && input.type !== 'file') {
        input.value = value;
      }
      input.dispatchEvent(new Event('input', {bubbles: true}));
      input.dispatchEvent(new Event('change', {bubbles: true}));
    });
  }

  /** Puts back what was typed before the sign-in; true when there was something to put back. */
  function restore(form) {
    var saved = window.sessionStorage.getItem(key());
    if (!saved) return false;
    form.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = false; });
    JSON.parse(saved).forEach(function (field) { put(form, field[0], field[1]); });
    var note = document.createElement('div');
    note.className = 'alert alert-info pc-restored';
    note.id = 'pc-restored';
    note.setAttribute('role', 'status');
    note.textContent = form.getAttribute('data-keep-typed');
    form.parentNode.insertBefore(note, form);
    return true;
  }

  function init() {
    var params = new URLSearchParams(window.location.search);
    var restoring = params.has('restore');
    if (restoring) {
      params.delete('restore');
      var query = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    }
    document.querySelectorAll('form[data-keep-typed]').forEach(function (form) {
      var dirty = form.getAttribute('data-dirty') === 'true';
      var note = form.querySelector('.pc-dirty-note');
      var mark = function () {
        dirty = true;
        if (note) note.hidden = false;
      };
      if (restoring && restore(form)) {
        mark();
      } else {
        // Loaded normally: whatever this page kept before is with the server now (or was refused and shown again).
        window.sessionStorage.removeItem(key());
      }
      form.addEventListener('input', mark);
      form.addEventListener('change', mark);
      form.addEventListener('submit', function () {
        store(form);
        dirty = false;
      });
      window.addEventListener('beforeunload', function (event) {
        if (dirty) {
          event.preventDefault();
          event.returnValue = form.getAttribute('data-leave') || '';
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
