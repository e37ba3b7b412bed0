// The agency pages' progressive enhancement: each target's reading and each actual's achievement rate as the user
// types (the same rules as the server's TargetParser and AchievementRate), the reason fields of the revision screen,
// and confirmations (typed.js keeps what is typed and warns before leaving unsaved changes). Without it the pages work the same, server-rendered.
(function () {
  'use strict';

  // ---- TargetParser, as in plan/TargetParser.java ----------------------------------------------------------------
  var NONE = /^[-－—–−]*$/;
  var REMARK = /[(（][^)）]*[)）]/g;
  var DATE = /^\d{1,2}\/\d{1,2}$/;
  var FREQUENCY = /^(每|一)(年|季|月|週|學期).*$/;
  var COMPOUND = /^\d+[A-Za-z]([ \t\n\x0B\f\r]+\d+[A-Za-z])+$/;
  var NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
  var MAGNITUDE = '[億萬千]';
  var AMOUNT_PART = new RegExp('(' + NUM + ')(' + MAGNITUDE + '?)', 'g');
  var NUMERIC = new RegExp('^(≧|≥|>=|＞＝|≦|≤|<=|＜＝|>|＞|<|＜)?[ \\t\\n\\x0B\\f\\r]*'
      + '([-−])?((?:' + NUM + MAGNITUDE + ')*' + NUM + MAGNITUDE + '?)[ \\t\\n\\x0B\\f\\r]*'
      + '(%|\\p{L}*?)[ \\t\\n\\x0B\\f\\r]*(以上|以下)?$', 'u');
  var MULTIPLIER = {'億': 100000000, '萬': 10000, '千': 1000, '': 1};

  function other(raw, kind) {
    return {raw: raw, op: null, value: null, unit: null, kind: kind};
  }

  function op(sign, suffix) {
    if (sign) {
      if (['≧', '≥', '>=', '＞＝'].indexOf(sign) >= 0) return '>=';
      if (['≦', '≤', '<=', '＜＝'].indexOf(sign) >= 0) return '<=';
      if (sign === '>' || sign === '＞') return '>';
      return '<';
    }
    if (suffix) return suffix === '以上' ? '>=' : '<=';
    return '=';
  }

  function amount(text) {
    var total = 0, part;
    AMOUNT_PART.lastIndex = 0;
    while ((part = AMOUNT_PART.exec(text)) !== null) {
      total += parseFloat(part[1].replace(/,/g, '')) * MULTIPLIER[part[2]];
    }
    return total;
  }

  function parse(raw) {
    if (raw === null || raw === undefined || NONE.test(raw.trim())) return other(raw, 'NONE');
    var text = raw.replace(REMARK, '').replace(/﹪/g, '%').replace(/％/g, '%').trim();
    if (DATE.test(text)) return other(raw, 'DATE');
    if (COMPOUND.test(text)) return other(raw, 'COMPOUND');
    if (FREQUENCY.test(text)) return other(raw, 'FREQUENCY');
    var m = NUMERIC.exec(text);
    if (!m) return other(raw, 'COMPLETION');
    var o = op(m[1], m[5]);
    var value = amount(m[3]);
    if (m[2]) value = -value;
    return {raw: raw, op: o, value: value, unit: m[4] === '' ? null : m[4], kind: o.charAt(0) === '<' ? 'CEILING' : 'NUMBER'};
  }

  function isNumeric(t) {
    return t.kind === 'NUMBER' || t.kind === 'CEILING';
  }

  // ---- AchievementRate, as in report/AchievementRate.java ----------------------------------------------------------
  function percent(numerator, denominator) {
    return Math.round(numerator * 10000 / denominator) / 100;
  }

  function rated(rate, met, threshold) {
    return {rate: rate, met: met, over: rate > threshold};
  }

  /** {rate, met, over}; null when there is nothing to show; {notANumber: true} when a number is needed. */
  function achievement(direction, target, actualRaw, judgedMet, threshold) {
    if (target.kind === 'NONE') return null;
    if (!isNumeric(target)) return {rate: null, met: judgedMet, over: false};
    if (actualRaw === null || actualRaw === undefined || actualRaw.trim() === '') return null;
    var actual = parse(actualRaw.trim());
    if (!isNumeric(actual)) return {notANumber: true};
    var t = target.value, v = actual.value, met;
    var lower = direction === 'LOWER_IS_BETTER' || target.kind === 'CEILING';
    if (lower) {
      met = target.op === '<' ? v < t : v <= t;
      if (v === 0 && t === 0) return {rate: 100, met: true, over: false};
      if (v <= 0) return {rate: null, met: met, over: met};
      return rated(percent(t, v), met, threshold);
    }
    met = target.op === '>' ? v > t : v >= t;
    if (v === 0 && t === 0) return {rate: 100, met: true, over: false};
    if (t <= 0) return {rate: null, met: met, over: met && t === 0};
    return rated(percent(v, t), met, threshold);
  }

  window.PlanCycleAgency = {parse: parse, achievement: achievement};

  // ---- the page ------------------------------------------------------------------------------------------------------
  var wordsData = document.getElementById('pc-agency-words');
  var words = wordsData ? JSON.parse(wordsData.textContent) : {};
  var threshold = parseFloat(words.threshold || '130');

  function word(key, fallback) {
    return words[key] || fallback || key;
  }

  function plain(n) {
    return String(Math.round(n * 1e6) / 1e6);
  }

  function opSymbol(o) {
    return {'>=': '≧', '<=': '≦', '>': '＞', '<': '＜'}[o] || '=';
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** Redraws the reading under a target input: kind, operator, value, unit. */
  function showReading(input) {
    var cell = input.closest('.pc-target-cell');
    var reading = cell && cell.querySelector('.pc-parsed');
    if (!reading) return;
    var t = parse(input.value);
    var kind = reading.querySelector('.pc-kind');
    var text = reading.querySelector('.pc-reading');
    kind.className = 'pc-kind pc-kind-' + t.kind;
    kind.textContent = word('kind.' + t.kind, t.kind);
    text.textContent = isNumeric(t)
        ? opSymbol(t.op) + ' ' + plain(t.value) + (t.unit ? ' ' + t.unit : '')
        : (t.kind === 'NONE' ? word('reading.none') : word('reading.judged'));
  }

  function rateText(rate) {
    return (Math.round(rate * 100) / 100).toFixed(2) + '%';
  }

  /** Redraws an actual's achievement and shows the explanation where the target is missed. */
  function showAchievement(block) {
    var row = block.closest('[data-kpi]') || block;
    var input = block.querySelector('.pc-actual-value');
    if (!input) return;
    var metSelect = block.querySelector('.pc-actual-met');
    var directionSelect = row.querySelector('.pc-direction');
    var direction = directionSelect ? directionSelect.value : (block.getAttribute('data-direction') || '');
    var judged = metSelect && metSelect.value !== '' ? metSelect.value === 'true' : null;
    var target = parse(block.getAttribute('data-target'));
    var a = achievement(direction, target, input.value, judged, threshold);
    var out = block.querySelector('.pc-rate');
    out.textContent = '';
    if (a && a.notANumber) {
      out.appendChild(el('span', 'text-danger small', word('rate.notANumber')));
    } else if (a) {
      if (a.rate !== null && a.rate !== undefined) {
        out.appendChild(el('span', 'pc-rate-value', word('rate.label') + ' ' + rateText(a.rate)));
        out.appendChild(document.createTextNode(' '));
      }
      if (a.met === true || a.met === false) {
        out.appendChild(el('span', 'badge ' + (a.met ? 'text-bg-success' : 'text-bg-danger'),
            a.met ? word('rate.met') : word('rate.missed')));
        out.appendChild(document.createTextNode(' '));
      }
      if (a.over) {
        out.appendChild(el('span', 'badge text-bg-warning pc-over', word('rate.over')));
      }
    }
    var explanation = row.querySelector('.pc-explanation');
    if (!explanation) return;
    var textarea = explanation.querySelector('textarea');
    var hint = explanation.querySelector('.pc-explanation-hint');
    var missed = !!a && a.met === false;
    var keep = missed || (textarea && textarea.value.trim() !== '') || !!explanation.querySelector('.is-invalid, .pc-warning');
    explanation.hidden = !keep;
    if (hint) hint.hidden = !missed || !!explanation.querySelector('.is-invalid, .pc-warning');
  }

  /** The revision screen: a reason field shows once its field differs from what the plan says. */
  function showReason(input) {
    var reason = document.querySelector('.pc-reason[data-reason-for="' + input.id + '"]');
    if (!reason) return;
    var changed = input.type === 'checkbox'
        ? String(input.checked) !== input.getAttribute('data-original')
        : input.value.trim() !== (input.getAttribute('data-original') || '').trim();
    var textarea = reason.querySelector('textarea');
    var keep = changed || (textarea && textarea.value.trim() !== '') || !!reason.querySelector('.is-invalid');
    reason.hidden = !keep;
    input.classList.toggle('pc-changed', changed);
    var cell = input.closest('.pc-target-cell');
    var was = cell && cell.querySelector('.pc-was');
    if (was) was.hidden = !changed;
  }

  /** Shows a field wherever it is: opens the folded section around it, then brings it into view. */
  function reveal(id) {
    var target = id && document.getElementById(id);
    if (!target) return;
    var details = target.closest('details');
    if (details) details.open = true;
    var hiddenParent = target.closest('[hidden]');
    if (hiddenParent) hiddenParent.hidden = false;
    target.scrollIntoView({block: 'center', behavior: 'instant'});
    if (target.focus) target.focus({preventScroll: true});
  }

  function autosize(textarea) {
    textarea.style.height = 'auto';
    textarea.style.height = Math.min(textarea.scrollHeight + 2, 360) + 'px';
  }

  function init() {
    document.querySelectorAll('.pc-target-input').forEach(function (input) {
      input.addEventListener('input', function () { showReading(input); });
    });
    document.querySelectorAll('[data-actual]').forEach(function (block) {
      var row = block.closest('[data-kpi]') || block;
      var redraw = function () { showAchievement(block); };
      block.querySelectorAll('.pc-actual-value, .pc-actual-met').forEach(function (i) {
        i.addEventListener('input', redraw);
        i.addEventListener('change', redraw);
      });
      var direction = row.querySelector('.pc-direction');
      if (direction) direction.addEventListener('change', redraw);
      var explanation = row.querySelector('.pc-explanation textarea');
      if (explanation) explanation.addEventListener('input', redraw);
      redraw();
    });
    document.querySelectorAll('.pc-rev-input').forEach(function (input) {
      var redraw = function () { showReason(input); };
      input.addEventListener('input', redraw);
      input.addEventListener('change', redraw);
      redraw();
    });
    document.querySelectorAll('textarea.pc-autosize').forEach(function (t) {
      autosize(t);
      t.addEventListener('input', function () { autosize(t); });
    });
    // Links to a field (the list of problems, the check before sending) open what hides it.
    document.querySelectorAll('a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var id = link.getAttribute('href').substring(1);
        if (document.getElementById(id)) {
          event.preventDefault();
          history.replaceState(null, '', '#' + id);
          reveal(id);
        }
      });
    });

    // After a refused save, bring the list of problems into view; after a link, the field.
    var summary = document.getElementById('pc-errors') || document.getElementById('pc-conflict');
    if (window.location.hash) {
      reveal(decodeURIComponent(window.location.hash.substring(1)));
    } else if (summary) {
      summary.scrollIntoView({block: 'start', behavior: 'instant'});
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
