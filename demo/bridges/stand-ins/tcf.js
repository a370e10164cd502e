/*
 * A stand-in for an IAB TCF v2.2 consent management platform, for the demo and
 * the tests; it sends nothing anywhere.
 *
 * Models what the bridge uses of `window.__tcfapi(command, 2, callback, parameter)`:
 * `addEventListener` (the callback is called at once with the current TC data,
 * and again on every change, each time with its `listenerId`),
 * `removeEventListener` and `ping`. The TC data has `gdprApplies`,
 * `eventStatus` ('cmpuishown' while its UI shows, 'useractioncomplete' after
 * a choice, 'tcloaded' for a stored one), `cmpStatus`, `purpose.consents` and
 * `vendor.consents` (Google is vendor 755). The choice is kept in localStorage
 * (`stand-in:tcf`). `?gdpr=0` models a visitor outside the GDPR's reach;
 * `?default=granted` shows the UI with every purpose pre-ticked; `?late=1`
 * starts it 300 ms after the page's load event.
 *
 * Left out: a real TC string (it says "stand-in"), the Global Vendor List,
 * legitimate interests, special features, publisher restrictions, the
 * `__tcfapiLocator` frame and postMessage API, and the stub queue.
 */
(() => {
  const KEY = 'stand-in:tcf';
  const query = new URLSearchParams(location.search);
  const gdprApplies = query.get('gdpr') !== '0';
  /** TCF 2.2's eleven purposes, each set to `value`, but purpose 1 to `one`. */
  const purposes = (value, one = value) => Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, i === 0 ? one : value]));

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
    let saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    let eventStatus = saved ? 'tcloaded' : 'cmpuishown';
    const shown = query.get('default') === 'granted' ? { purposes: purposes(true), vendors: { 755: true } } : { purposes: {}, vendors: {} };
    const listeners = new Map();
    let next = 0;
    const tcData = (listenerId) => {
      const { purposes: p, vendors: v } = saved ?? shown;
      return {
        tcString: saved ? 'stand-in' : '',
        tcfPolicyVersion: 5,
        gdprApplies,
        eventStatus,
        cmpStatus: 'loaded',
        listenerId,
        purpose: { consents: { ...p }, legitimateInterests: {} },
        vendor: { consents: { ...v }, legitimateInterests: {} },
      };
    };
    const notify = () => {
      for (const [id, callback] of listeners) callback(tcData(id), true);
    };
    window.__tcfapi = (command, version, callback, parameter) => {
      if (version !== 2 || typeof callback !== 'function') return;
      if (command === 'ping') return callback({ gdprApplies, cmpLoaded: true, cmpStatus: 'loaded', apiVersion: '2.2' }, true);
      if (command === 'addEventListener') {
        listeners.set(++next, callback);
        return callback(tcData(next), true);
      }
      if (command === 'removeEventListener') return callback(listeners.delete(parameter), true);
      callback(null, false);
    };
    const choose = (purposeConsents, vendorConsents) => {
      saved = { purposes: purposeConsents, vendors: vendorConsents };
      localStorage.setItem(KEY, JSON.stringify(saved));
      eventStatus = 'useractioncomplete';
      notify();
      closed();
    };
    function open() {
      eventStatus = 'cmpuishown';
      notify();
      box('TCF CMP (stand-in): we and our 1 partner store and access information on your device.', [
        ['Accept all', () => choose(purposes(true), { 755: true })],
        ['Accept all but purpose 1', () => choose(purposes(true, false), { 755: true })],
        ['Reject all', () => choose(purposes(false), { 755: false })],
      ]);
    }
    function closed() {
      box('TCF CMP (stand-in)', [['Privacy settings', open]]);
    }
    if (saved) closed();
    else open();
  }

  if (query.get('late') === '1') addEventListener('load', () => setTimeout(start, 300));
  else start();
})();
