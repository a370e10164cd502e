// Runs in every benchmark page before any of the page's own scripts (a Playwright init script), after
// `window.__benchCandidate` is set. It observes; it changes nothing the candidates see, except that
// Element.prototype.attachShadow is wrapped to watch each new shadow root (open or closed) as it is made.
//
// window.__bench:
//   ready        a promise of performance.now() at the first moment the candidate's ready condition held
//   hints        <link> elements added anywhere (document and every shadow root): rel, href, time
//   frames       iframes that got a src (added with one, or given one later): src, time
//   shifts       layout-shift entries: value, hadRecentInput, startTime
//   clicks       timeStamp of each trusted click (captured on window, before any page handler)
//   firstFrame   a promise of the startTime of the first iframe resource-timing entry (an iframe's navigation)
(() => {
  const name = window.__benchCandidate;
  const state = (window.__bench = { name, readyAt: null, hints: [], frames: [], shifts: [], clicks: [], roots: [], checks: 0 });

  /** Each candidate's "every placeholder is rendered and clickable". Parsing must be over in every case. */
  const all = (nodes, ok) => nodes.length > 0 && [...nodes].every(ok);
  /** The references (reference.js): every element shows its button. */
  const references = () =>
    window.referenceReady === true && all(document.querySelectorAll('reference-embed'), (el) => !!el.shadowRoot?.querySelector('[part~="button"]'));
  const conditions = {
    // The load button in every element's shadow root, once the element is defined.
    'consent-embed': () =>
      !!customElements.get('consent-embed') &&
      all(document.querySelectorAll('consent-embed'), (el) => !!el.shadowRoot?.querySelector('[part~="button"]')),
    // connectedCallback appends the play button and adds the click listener in the same call.
    'lite-youtube-embed': () =>
      !!customElements.get('lite-youtube') && all(document.querySelectorAll('lite-youtube'), (el) => !!el.querySelector('.lyt-playbtn')),
    // The constructor renders the shadow button; the attribute callback labels it; connectedCallback listens.
    'justinribeiro-lite-youtube': () =>
      !!customElements.get('lite-youtube') &&
      all(document.querySelectorAll('lite-youtube'), (el) => !!el.shadowRoot?.querySelector('#playButton[aria-label]')),
    // im.run() has built each notice with its load button (listener added as the button is made).
    iframemanager: () => all(document.querySelectorAll('div[data-service]'), (el) => !!el.querySelector('button.c-l-b')),
    // A contextual-consent placeholder with its accept button before every managed iframe.
    klaro: () =>
      all(document.querySelectorAll('iframe[data-name="youtube"]'), (el) => {
        const ph = el.previousElementSibling;
        return !!ph && ph.dataset.type === 'placeholder' && !!ph.querySelector('button.cm-btn-success');
      }),
    // embetty fires `initialized` on an element once it has rendered it (it renders only what is near the
    // viewport, see the driver's notes); the play button's listener is added right after, in the same task.
    // embetty renders an element only when an IntersectionObserver (rootMargin 0 0 10% 0) sees it; the others stay
    // empty, 0 px high, until scrolled to. So: every element within the viewport plus that margin has fired it.
    embetty: () => {
      const els = [...document.querySelectorAll('embetty-video')];
      if (!els.some((el) => el.__benchInitialized)) return false;
      const bottom = innerHeight * 1.1;
      return els.every((el) => el.__benchInitialized === true || el.getBoundingClientRect().top > bottom);
    },
    // The delegated handler's script has run.
    floor: () => window.floorReady === true && document.querySelectorAll('.ph > button').length > 0,
    'custom-element': () => references(),
    'lit-element': () => references(),
  };

  /** Each candidate's load control on the first placeholder: what a visitor clicks. */
  const targets = {
    'consent-embed': () => document.querySelector('consent-embed')?.shadowRoot?.querySelector('[part~="button"]'),
    'lite-youtube-embed': () => document.querySelector('lite-youtube .lyt-playbtn'),
    'justinribeiro-lite-youtube': () => document.querySelector('lite-youtube')?.shadowRoot?.querySelector('#playButton'),
    iframemanager: () => document.querySelector('div[data-service] button.c-l-b'),
    klaro: () => document.querySelector('[data-type="placeholder"][data-name="youtube"] button.cm-btn-success'),
    embetty: () => document.querySelector('embetty-video')?.shadowRoot?.querySelector('#playbutton'),
    floor: () => document.querySelector('.ph > button'),
    'custom-element': () => document.querySelector('reference-embed')?.shadowRoot?.querySelector('[part~="button"]'),
    'lit-element': () => document.querySelector('reference-embed')?.shadowRoot?.querySelector('[part~="button"]'),
  };
  const condition = conditions[name] ?? (() => false);

  let resolveReady;
  state.ready = new Promise((resolve) => (resolveReady = resolve));
  const check = () => {
    if (state.readyAt !== null || document.readyState === 'loading') return;
    state.checks++;
    let ok = false;
    try {
      ok = condition();
    } catch {}
    if (ok) {
      state.readyAt = performance.now();
      resolveReady(state.readyAt);
    }
  };

  const isForeign = (href) => {
    try {
      return new URL(href, location.href).origin !== location.origin;
    } catch {
      return false;
    }
  };
  const noteLink = (link) => state.hints.push({ rel: link.rel, href: link.href, t: performance.now() });
  const noteFrame = (frame) => {
    const src = frame.getAttribute('src');
    if (src) state.frames.push({ src: frame.src, t: performance.now() });
  };
  const seen = new WeakSet();
  /** Notes `node` once, if it is a link, frame or embetty element; looks into it again every time (new children). */
  const scan = (node) => {
    if (node.nodeType !== 1) return;
    if (!seen.has(node)) {
      seen.add(node);
      if (node.localName === 'link') noteLink(node);
      else if (node.localName === 'iframe') noteFrame(node);
      else if (node.localName === 'embetty-video') node.addEventListener('initialized', () => ((node.__benchInitialized = true), check()));
    }
    if (node.firstElementChild) for (const inner of node.querySelectorAll('link, iframe, embetty-video')) if (!seen.has(inner)) scan(inner);
  };
  // Added nodes are found from their parents, never read from `addedNodes`: reading those would make a JS wrapper for
  // every element the parser adds, before its library defines it, and an element upgraded from an existing wrapper is
  // laid out differently in V8 (its private fields can tip it into slow dictionary properties). The probe must not
  // change what it measures.
  const observer = new MutationObserver((records) => {
    const parents = new Set();
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.localName === 'iframe') noteFrame(record.target);
        else if (record.target.localName === 'link') noteLink(record.target);
        continue;
      }
      if (record.addedNodes.length) parents.add(record.target);
    }
    for (const parent of parents) {
      if (parent.nodeType === 1) scan(parent);
      else for (const inner of parent.querySelectorAll('link, iframe, embetty-video')) scan(inner);
    }
    check();
  });
  const watch = (target) => observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'href'] });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    state.roots.push(root);
    watch(root);
    return root;
  };

  document.addEventListener('readystatechange', check);
  document.addEventListener('DOMContentLoaded', check);
  window.addEventListener('load', check);
  for (const tag of ['consent-embed', 'lite-youtube', 'embetty-video']) customElements.whenDefined(tag).then(check);

  window.addEventListener('click', (event) => event.isTrusted && state.clicks.push(event.timeStamp), true);

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, t: e.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}

  // Event Timing: how long the click held the page (entries of 16 ms or more only).
  state.interactions = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.interactionId) state.interactions.push({ type: e.name, t: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}

  let resolveFrame;
  state.firstFrame = new Promise((resolve) => (resolveFrame = resolve));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.initiatorType === 'iframe') resolveFrame(e.startTime);
    }).observe({ type: 'resource', buffered: true });
  } catch {}

  /** Every iframe in the page, shadow roots (closed ones too) included. */
  const iframes = () => [document, ...state.roots].flatMap((root) => [...root.querySelectorAll('iframe')]);

  /** For the driver: the first placeholder's load control, where it is, and whether a click there reaches it. */
  state.target = () => {
    const el = (targets[name] ?? (() => null))();
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const inViewport = y >= 0 && y < innerHeight && x >= 0 && x < innerWidth;
    return { x, y, inViewport, hits: !!hit && (hit === el || el.contains(hit)) };
  };

  /** For the driver, after the click and the settle. */
  state.report = () => {
    const frames = iframes();
    return {
      readyAt: state.readyAt,
      checks: state.checks,
      clicks: state.clicks,
      hints: state.hints.filter((h) => isForeign(h.href)),
      frames: state.frames.filter((f) => isForeign(f.src)),
      iframesInPage: frames.length,
      iframesForeign: frames.filter((f) => /^https?:/.test(f.src) && isForeign(f.src)).length,
      frameEntries: performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'iframe')
        .map((e) => ({ name: e.name, startTime: e.startTime })),
      shifts: state.shifts,
      interactions: state.interactions,
      rendered: name === 'embetty' ? [...document.querySelectorAll('embetty-video')].filter((el) => el.__benchInitialized).length : null,
      domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
      navigation: (({ requestStart, responseStart, responseEnd, domInteractive }) => ({ requestStart, responseStart, responseEnd, domInteractive }))(
        performance.getEntriesByType('navigation')[0] ?? {}
      ),
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link')
        .map((e) => ({ name: e.name.split('/').pop(), startTime: e.startTime, responseEnd: e.responseEnd })),
    };
  };
})();
