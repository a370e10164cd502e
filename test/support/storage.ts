import type { Page } from '@playwright/test';

/**
 * Makes IndexedDB answer `open` only after `delay` ms on this page, as a busy
 * or blocked database does: everything queued behind the open waits with it.
 * Runs as an init script, before the library.
 */
export function slowIndexedDB(page: Page, delay: number): Promise<void> {
  return page.addInitScript((ms) => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args: Parameters<typeof open>) {
      const real = open.apply(this, args);
      const slow: any = {};
      real.onupgradeneeded = () => slow.onupgradeneeded?.();
      real.onsuccess = () =>
        setTimeout(() => {
          slow.result = real.result;
          slow.onsuccess?.();
        }, ms);
      real.onerror = () => {
        slow.error = real.error;
        slow.onerror?.();
      };
      Object.defineProperty(slow, 'result', { writable: true, value: undefined });
      return new Proxy(slow, { get: (t, k) => (k === 'result' && t.result === undefined ? real.result : t[k]) });
    };
  }, delay);
}

/** Every raw entry of the library's database, read without the library. */
export function readAll(page: Page, name = 'consent-embed'): Promise<Record<string, unknown>> {
  return page.evaluate(
    (db) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore('consent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('consent').objectStore('consent');
          const [keys, values] = [store.getAllKeys(), store.getAll()];
          values.onsuccess = () => {
            open.result.close();
            resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
          };
        };
      }),
    name
  );
}

/**
 * Makes the first connection this page opens to database `name` answer `delay`
 * ms late, and only that one: whatever the page writes first lands after
 * what other pages write meanwhile.
 */
export function lateFirstOpen(page: Page, name: string, delay: number): Promise<void> {
  return page.addInitScript(
    ([db, ms]) => {
      const open = IDBFactory.prototype.open;
      let first = true;
      IDBFactory.prototype.open = function (...args: Parameters<typeof open>) {
        const request = open.apply(this, args);
        if (args[0] !== db || !first) return request;
        first = false;
        return new Proxy(request, {
          get: (target, key) => {
            const value = (target as any)[key];
            return typeof value === 'function' ? value.bind(target) : value;
          },
          set(target, key, value) {
            if (key === 'onsuccess') target.onsuccess = () => setTimeout(() => value.call(target), ms);
            else (target as any)[key] = value;
            return true;
          },
        });
      };
    },
    [name, delay] as const
  );
}

/**
 * Holds the library's database in `page` for `ms`, as another tab of the site
 * busy with it does: a read-write transaction on its one store, kept alive by
 * request after request, so that every other tab's reads and writes queue
 * behind it. Resolves once the hold has begun.
 */
export function holdDatabase(page: Page, ms: number, name = 'consent-embed'): Promise<void> {
  return page.evaluate(
    ([db, hold]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore('consent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('consent', 'readwrite');
          const store = tx.objectStore('consent');
          const end = performance.now() + hold;
          const again = () => {
            if (performance.now() < end) store.get('held').onsuccess = again;
          };
          again();
          tx.oncomplete = () => open.result.close();
          resolve();
        };
      }),
    [name, ms] as const
  );
}
