/*
 * A stand-in for a consent manager that speaks Google Consent Mode v2, for the
 * demo and the tests; it sends nothing anywhere, and no Google script runs.
 *
 * Models what the bridge reads: `window.dataLayer` and the usual
 * `gtag() { dataLayer.push(arguments) }`, with `gtag('consent', 'default', …)`
 * first, then `gtag('consent', 'update', …)` after the visitor's choice and,
 * for a stored choice, on load. Consent types: ad_storage, ad_user_data,
 * ad_personalization and analytics_storage follow the choice;
 * functionality_storage and security_storage are granted by default. The
 * choice is kept in localStorage (`stand-in:consent-mode`). `?default=granted`
 * makes the defaults granted (as a site outside the EEA may set them);
 * `?late=1` starts it 300 ms after the page's load event.
 *
 * Left out: gtag.js itself and everything it does with the data layer
 * (tags, pings, `wait_for_update` timing, region-specific defaults, `url_passthrough`).
 */
(() => {
  const KEY = 'stand-in:consent-mode';
  const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];
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
    window.dataLayer = window.dataLayer || [];
    window.gtag = window.gtag || function gtag() {
      window.dataLayer.push(arguments);
    };
    const every = (value) => Object.fromEntries(TYPES.map((type) => [type, value]));
    window.gtag('consent', 'default', { ...every(query.get('default') === 'granted' ? 'granted' : 'denied'), functionality_storage: 'granted', security_storage: 'granted', wait_for_update: 500 });
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    if (saved) window.gtag('consent', 'update', saved);
    const choose = (value) => {
      localStorage.setItem(KEY, JSON.stringify(every(value)));
      window.gtag('consent', 'update', every(value));
      closed();
    };
    function open() {
      box('Consent manager with Consent Mode (stand-in): may we use cookies for ads and analytics?', [
        ['Accept all', () => choose('granted')],
        ['Reject all', () => choose('denied')],
      ]);
    }
    function closed() {
      box('Consent Mode (stand-in)', [['Privacy settings', open]]);
    }
    if (saved) closed();
    else open();
  }

  if (query.get('late') === '1') addEventListener('load', () => setTimeout(start, 300));
  else start();
})();
