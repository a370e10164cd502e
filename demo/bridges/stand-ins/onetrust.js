/*
 * A stand-in for OneTrust, for the demo and the tests; it sends nothing anywhere.
 *
 * Models what the bridge reads of OneTrust's public API: `OneTrust.IsAlertBoxClosed()`,
 * the active groups in `window.OnetrustActiveGroups` (",C0001,C0004,"), and the
 * window event `OneTrustGroupsUpdated` (its detail the list of active groups),
 * fired on load and after each choice; `OptanonWrapper()` is called at the same
 * moments. Also `OneTrust.AllowAll()`, `RejectAll()` and `ToggleInfoDisplay()`.
 * Groups: C0001 necessary, C0002 performance, C0003 functional, C0004 targeting.
 * The choice is kept in localStorage (`stand-in:onetrust`). `?default=granted`
 * models a region where every group is active before the visitor chooses;
 * `?late=1` starts it 300 ms after the page's load event.
 *
 * Left out: the OptanonConsent / OptanonAlertBoxClosed cookies, per-vendor
 * (IAB) data, `OnConsentChanged`, script blocking, and the preference centre.
 */
(() => {
  const KEY = 'stand-in:onetrust';
  const ALL = ['C0001', 'C0002', 'C0003', 'C0004'];
  const query = new URLSearchParams(location.search);

  /** Draws the fixed box: a title, then buttons ([label, action]). */
  function box(title, buttons) {
    const draw = () => {
      document.getElementById('stand-in')?.remove();
      const section = Object.assign(document.createElement('section'), { id: 'stand-in' });
      section.setAttribute('aria-label', title);
      section.append(Object.assign(document.createElement('p'), { textContent: title }));
      for (const [label, action] of buttons) section.append(Object.assign(document.createElement('button'), { type: 'button', textContent: label, onclick: action }));
      document.body.append(section);
    };
    if (document.body) draw();
    else addEventListener('DOMContentLoaded', draw);
  }

  function start() {
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    let closedBox = Boolean(saved);
    const updated = (groups) => {
      window.OnetrustActiveGroups = `,${groups.join(',')},`;
      window.OptanonWrapper?.();
      dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: groups }));
    };
    const choose = (groups) => {
      closedBox = true;
      localStorage.setItem(KEY, JSON.stringify({ groups }));
      updated(groups);
      closed();
    };
    window.OneTrust = {
      IsAlertBoxClosed: () => closedBox,
      AllowAll: () => choose(ALL),
      RejectAll: () => choose(['C0001']),
      ToggleInfoDisplay: open,
    };
    function open() {
      box('OneTrust (stand-in): we use cookies.', [
        ['Accept all', window.OneTrust.AllowAll],
        ['Reject all', window.OneTrust.RejectAll],
      ]);
    }
    function closed() {
      box('OneTrust (stand-in)', [['Privacy settings', open]]);
    }
    updated(saved?.groups ?? (query.get('default') === 'granted' ? ALL : ['C0001']));
    if (saved) closed();
    else open();
  }

  if (query.get('late') === '1') addEventListener('load', () => setTimeout(start, 300));
  else start();
})();
