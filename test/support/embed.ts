import { expect, type Locator, type Page } from '@playwright/test';

/** The parts of one <consent-embed>, found through its open shadow root. */
export function parts(embed: Locator) {
  return {
    button: embed.getByRole('button', { name: /^(Load [a-z]+|Join call)\b/ }),
    remember: embed.getByRole('checkbox', { name: /^Always load / }),
    frame: embed.locator('iframe'),
    message: embed.locator('[part=message]'),
  };
}

/**
 * Waits until the embed's frame is what has focus in its shadow root: the
 * element's part of the job. (Playwright's toBeFocused also wants the top
 * document to have focus, which Chromium may give up to a cross-origin
 * frame once that frame's document has it: the result depends on timing.)
 */
export function expectFrameFocused(embed: Locator, message?: string): Promise<void> {
  return expect
    .poll(() => embed.evaluate((host) => !!host.shadowRoot!.activeElement && host.shadowRoot!.activeElement === host.shadowRoot!.querySelector('iframe')), { message })
    .toBe(true);
}

/**
 * Waits until the load button is what has focus in the embed's shadow root:
 * for focus that comes back from a frame, which toBeFocused reads only once
 * the top document has focus again (see expectFrameFocused).
 */
export function expectButtonFocused(embed: Locator, message?: string): Promise<void> {
  return expect
    .poll(() => embed.evaluate((host) => !!host.shadowRoot!.activeElement && host.shadowRoot!.activeElement === host.shadowRoot!.querySelector('[part~="button"]')), { message })
    .toBe(true);
}

/** Reads a raw record from the library's IndexedDB, bypassing the library. */
export function readRecord(page: Page, provider: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('consent-embed');
        open.onupgradeneeded = () => open.result.createObjectStore('consent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('consent').objectStore('consent').get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    provider
  );
}

/** Writes a raw value into the library's IndexedDB, as a hand edit or an older version would. */
export function writeRecord(page: Page, provider: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([key, data]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('consent-embed');
        open.onupgradeneeded = () => open.result.createObjectStore('consent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('consent', 'readwrite');
          tx.objectStore('consent').put(data, key as string);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    [provider, value] as const
  );
}
