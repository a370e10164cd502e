/*
 * A stand-in for Usercentrics (Browser UI v2), for the demo and the tests; it
 * sends nothing anywhere.
 *
 * Models what the bridge uses of its public API: `window.UC_UI` with
 * `isInitialized()`, `getServicesBaseInfo()` (each service's `id`, `name` and
 * `consent: { status, history }`, history entries typed 'implicit' for a
 * default and 'explicit' for the visitor's choice), `acceptService(id)` and
 * `rejectService(id)` (which return promises), `acceptAllConsents()`,
 * `denyAllConsents()` and `showSecondLayer()`; and the window events
 * `UC_UI_INITIALIZED` (once ready), `UC_UI_CMP_EVENT` (a banner button, after
 * the change) and `ucEvent` (the site's configured window event, after each
 * change). Services: "YouTube Video" and "Vimeo". Explicit choices are kept in
 * localStorage (`stand-in:usercentrics`). `?default=granted` models services
 * consented implicitly (a default, no choice); `?late=1` starts it 300 ms
 * after the page's load event.
 *
 * Left out: categories, the TCF mode, the settings ID and remote
 * configuration, `UC_UI_VIEW_CHANGED`, language switching, and the consent log.
 */
(() => {
  const KEY = 'stand-in:usercentrics';
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
    /** Service name → the visitor's explicit choice. */
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null') ?? {};
    const implicit = query.get('default') === 'granted';
    const services = [
      { id: 'stand-in-youtube', name: 'YouTube Video' },
      { id: 'stand-in-vimeo', name: 'Vimeo' },
    ].map((service) => {
      const history = [{ action: 'onInitialPageLoad', status: implicit, type: 'implicit', timestamp: Date.now() }];
      if (Object.hasOwn(saved, service.name)) history.push({ action: 'onUpdateServices', status: saved[service.name], type: 'explicit', timestamp: Date.now() });
      return { ...service, history };
    });
    const status = (service) => service.history.at(-1).status;
    /** Records explicit choices (service id → consent), then tells the page, as Usercentrics does. */
    const choose = (choices, action) => {
      for (const service of services) {
        if (!Object.hasOwn(choices, service.id)) continue;
        service.history.push({ action, status: choices[service.id], type: 'explicit', timestamp: Date.now() });
        saved[service.name] = choices[service.id];
      }
      localStorage.setItem(KEY, JSON.stringify(saved));
      dispatchEvent(new CustomEvent('ucEvent', { detail: { event: 'consent_status', type: 'explicit', action, ...Object.fromEntries(services.map((s) => [s.name, status(s)])) } }));
      return Promise.resolve();
    };
    const every = (value) => Object.fromEntries(services.map((s) => [s.id, value]));
    window.UC_UI = {
      isInitialized: () => true,
      getServicesBaseInfo: () => services.map(({ id, name, history }) => ({ id, name, consent: { status: status({ history }), history: history.map((h) => ({ ...h })) } })),
      acceptService: (id) => choose({ [id]: true }, 'onUpdateServices'),
      rejectService: (id) => choose({ [id]: false }, 'onUpdateServices'),
      acceptAllConsents: () => choose(every(true), 'onAcceptAllServices'),
      denyAllConsents: () => choose(every(false), 'onDenyAllServices'),
      showSecondLayer: open,
    };
    /** A banner button: the change, then the banner closes and UC_UI_CMP_EVENT is fired. */
    const button = (label, type, act) => [
      label,
      () =>
        act().then(() => {
          closed();
          dispatchEvent(new CustomEvent('UC_UI_CMP_EVENT', { detail: { source: 'FIRST_LAYER', type } }));
        }),
    ];
    function open() {
      box('Usercentrics (stand-in): we use services that need your consent.', [
        button('Accept all', 'ACCEPT_ALL', window.UC_UI.acceptAllConsents),
        button('Accept YouTube only', 'SAVE', () => choose({ ...every(false), 'stand-in-youtube': true }, 'onUpdateServices')),
        button('Reject all', 'DENY_ALL', window.UC_UI.denyAllConsents),
      ]);
    }
    function closed() {
      box('Usercentrics (stand-in)', [['Privacy settings', open]]);
    }
    dispatchEvent(new CustomEvent('UC_UI_INITIALIZED', { detail: {} }));
    if (services.some((s) => s.history.at(-1).type === 'explicit')) closed();
    else open();
  }

  if (query.get('late') === '1') addEventListener('load', () => setTimeout(start, 300));
  else start();
})();
