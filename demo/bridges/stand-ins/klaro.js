/*
 * A stand-in for Klaro, for the demo and the tests; it sends nothing anywhere.
 *
 * Models what the bridge uses of Klaro's public API: `klaro.getManager()`
 * returning a manager with `confirmed`, `consents` ({ youtube, vimeo }),
 * `watch` / `unwatch` (watchers' `update(manager, type, data)` hear
 * 'consents' on each `updateConsent`, 'saveConsents' on each save,
 * 'applyConsents' after it), `updateConsent(name, value)`, `saveConsents`,
 * `applyConsents` and `saveAndApplyConsents`. Its modal's switches call
 * `updateConsent` at once and "Save choices" saves, as Klaro's do. Saved
 * consents are kept in localStorage (`stand-in:klaro`) as Klaro keeps them in
 * its cookie. `?default=granted` models services with `default: true`
 * (consented but not confirmed); `?late=1` starts it 300 ms after the page's
 * load event. `klaro.show()` opens the modal.
 *
 * Left out: the config object, purposes, required and opt-out services,
 * `changedConsents`, cookie deletion, handlers (onAccept/onInit), and the
 * blocking of tagged scripts and frames.
 */
(() => {
  const KEY = 'stand-in:klaro';
  const SERVICES = { youtube: 'YouTube', vimeo: 'Vimeo' };
  const query = new URLSearchParams(location.search);

  /** Draws the fixed box: a title, then buttons ([label, action]) or ready-made elements. */
  function box(title, items) {
    const draw = () => {
      document.getElementById('stand-in')?.remove();
      const section = Object.assign(document.createElement('section'), { id: 'stand-in' });
      section.setAttribute('aria-label', title);
      section.append(Object.assign(document.createElement('p'), { textContent: title }));
      for (const item of items) {
        if (item instanceof Node) section.append(item);
        else section.append(Object.assign(document.createElement('button'), { type: 'button', textContent: item[0], onclick: item[1] }));
      }
      document.body.append(section);
    };
    if (document.body) draw();
    else addEventListener('DOMContentLoaded', draw);
  }

  function start() {
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    const initial = query.get('default') === 'granted';
    const watchers = new Set();
    const manager = {
      confirmed: Boolean(saved),
      consents: saved ?? Object.fromEntries(Object.keys(SERVICES).map((name) => [name, initial])),
      watch: (watcher) => watchers.add(watcher),
      unwatch: (watcher) => watchers.delete(watcher),
      notify(type, data) {
        for (const watcher of watchers) watcher.update(manager, type, data);
      },
      getConsent: (name) => manager.consents[name] || false,
      updateConsent(name, value) {
        manager.consents[name] = value;
        manager.notify('consents', manager.consents);
      },
      saveConsents(type) {
        localStorage.setItem(KEY, JSON.stringify(manager.consents));
        manager.confirmed = true;
        manager.notify('saveConsents', { consents: manager.consents, type: type || 'script' });
        closed();
      },
      applyConsents() {
        manager.notify('applyConsents', 0);
        return 0;
      },
      saveAndApplyConsents(type) {
        manager.saveConsents(type);
        manager.applyConsents();
      },
    };
    const all = (value) => {
      for (const name of Object.keys(SERVICES)) manager.updateConsent(name, value);
      manager.saveAndApplyConsents(value ? 'accept' : 'decline');
    };
    function open() {
      const switches = Object.entries(SERVICES).map(([name, label]) => {
        const input = Object.assign(document.createElement('input'), { type: 'checkbox', checked: manager.consents[name] });
        input.onchange = () => manager.updateConsent(name, input.checked);
        const wrapper = document.createElement('label');
        wrapper.append(input, ` ${label}`);
        return wrapper;
      });
      box('Klaro (stand-in): we would like your consent for these services.', [
        ['Accept all', () => all(true)],
        ['Reject all', () => all(false)],
        ...switches,
        ['Save choices', () => manager.saveAndApplyConsents('save')],
      ]);
    }
    function closed() {
      box('Klaro (stand-in)', [['Privacy settings', open]]);
    }
    window.klaro = { getManager: () => manager, show: open };
    manager.applyConsents();
    if (saved) closed();
    else open();
  }

  if (query.get('late') === '1') addEventListener('load', () => setTimeout(start, 300));
  else start();
})();
