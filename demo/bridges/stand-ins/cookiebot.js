/*
 * A stand-in for Cookiebot, for the demo and the tests; it sends nothing anywhere.
 *
 * Models what the bridge reads of Cookiebot's public API: `window.Cookiebot`
 * with `hasResponse` and `consent` ({ necessary, preferences, statistics,
 * marketing, method: 'explicit' | 'implied' }), and the window events
 * `CookiebotOnAccept` / `CookiebotOnDecline`, fired after each answer and, for
 * a visitor who answered before, on load. Also `submitCustomConsent`, `show`
 * and `renew`. The answer is kept in localStorage (`stand-in:cookiebot`).
 * `?default=granted` models implied consent: every category true with method
 * 'implied' until the visitor answers. `?late=1` starts it 300 ms after the
 * page's load event.
 *
 * Left out: the CookieConsent cookie and its consent log, the other events
 * (CookiebotOnLoad, OnConsentReady, OnDialogInit…), `consented`/`declined`,
 * blocking of tagged scripts, and the real dialog.
 */
(() => {
  const KEY = 'stand-in:cookiebot';
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
    const implied = !saved && query.get('default') === 'granted';
    const cookiebot = (window.Cookiebot = {
      hasResponse: Boolean(saved) || implied,
      consent: saved ?? { necessary: true, preferences: implied, statistics: implied, marketing: implied, method: implied ? 'implied' : null },
      submitCustomConsent(preferences, statistics, marketing) {
        cookiebot.consent = { necessary: true, preferences, statistics, marketing, method: 'explicit' };
        cookiebot.hasResponse = true;
        localStorage.setItem(KEY, JSON.stringify(cookiebot.consent));
        fire();
        closed();
      },
      show: open,
      renew: open,
    });
    function fire() {
      const { preferences, statistics, marketing } = cookiebot.consent;
      dispatchEvent(new Event(preferences || statistics || marketing ? 'CookiebotOnAccept' : 'CookiebotOnDecline'));
    }
    function open() {
      box('Cookiebot (stand-in): this site uses cookies.', [
        ['Accept all', () => cookiebot.submitCustomConsent(true, true, true)],
        ['Accept preferences only', () => cookiebot.submitCustomConsent(true, false, false)],
        ['Reject all', () => cookiebot.submitCustomConsent(false, false, false)],
      ]);
    }
    function closed() {
      box('Cookiebot (stand-in)', [['Privacy settings', open]]);
    }
    if (cookiebot.hasResponse) fire();
    if (saved) closed();
    else open();
  }

  if (query.get('late') === '1') addEventListener('load', () => setTimeout(start, 300));
  else start();
})();
