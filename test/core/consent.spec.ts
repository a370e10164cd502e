import { parts, readRecord, writeRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';
import { profile } from '../support/profile.js';
import { slowIndexedDB } from '../support/storage.js';

const PAGE = '/test/fixtures/youtube.html';
const FRAME = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
const DAY = 86_400_000;

test.describe('consent for the browsing session (the default)', () => {
  test('holds across reloads and in tabs opened later, without playing by itself', async ({ page, context, network }) => {
    await page.goto(PAGE);
    await network.expectNoForeignRequests(page);
    await parts(page.locator('consent-embed')).button.click();
    await expect(parts(page.locator('consent-embed')).frame).toHaveAttribute('src', `${FRAME}?autoplay=1&start=42`);
    expect(await readRecord(page, 'youtube')).toMatchObject({ v: 2, provider: 'youtube', scope: 'session' });

    await page.reload();
    await expect(parts(page.locator('consent-embed')).frame).toHaveAttribute('src', `${FRAME}?start=42`);

    const later = await context.newPage();
    await later.goto(PAGE);
    await expect(parts(later.locator('consent-embed')).frame).toHaveAttribute('src', `${FRAME}?start=42`);
  });

  test('is gone after the browser restarts', async ({ playwright, baseURL }) => {
    test.slow(); // two browser launches
    const browser = await profile(playwright.chromium, baseURL!);
    try {
      const first = await browser.launch();
      await first.page.goto(PAGE);
      await parts(first.page.locator('consent-embed')).button.click();
      await expect(parts(first.page.locator('consent-embed')).frame).toHaveCount(1);
      await expect.poll(() => readRecord(first.page, 'youtube')).toMatchObject({ scope: 'session' });
      first.network.verify();
      await first.context.close();

      const second = await browser.launch();
      await second.page.goto(PAGE);
      await expect(parts(second.page.locator('consent-embed')).button).toBeVisible();
      await expect(parts(second.page.locator('consent-embed')).frame).toHaveCount(0);
      // The stale record is cleaned up, not just ignored.
      await expect.poll(() => readRecord(second.page, 'youtube')).toBeUndefined();
      await second.network.expectNoForeignRequests(second.page);
      second.network.verify();
      await second.context.close();
    } finally {
      await browser.remove();
    }
  });
});

test.describe('remembered consent', () => {
  test('is kept across a browser restart', async ({ playwright, baseURL }) => {
    test.slow(); // two browser launches
    const browser = await profile(playwright.chromium, baseURL!);
    try {
      const first = await browser.launch();
      await first.page.goto(PAGE);
      const embed = first.page.locator('consent-embed');
      await parts(embed).remember.check();
      await parts(embed).button.click();
      await expect(parts(embed).frame).toHaveCount(1);
      await expect.poll(() => readRecord(first.page, 'youtube')).toMatchObject({ scope: 'remember' });
      first.network.verify();
      await first.context.close();

      const second = await browser.launch();
      await second.page.goto(PAGE);
      await expect(parts(second.page.locator('consent-embed')).frame).toHaveAttribute('src', `${FRAME}?start=42`);
      second.network.verify();
      await second.context.close();
    } finally {
      await browser.remove();
    }
  });

  test('lasts 180 days, then the placeholder asks again and the record is deleted', async ({ page }) => {
    const t0 = new Date('2026-03-01T09:00:00Z').getTime();
    await page.clock.install({ time: t0 });
    await page.goto(PAGE);
    await parts(page.locator('consent-embed')).remember.check();
    await parts(page.locator('consent-embed')).button.click();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'remember' });
    expect(await page.evaluate(async () => (await (window as any).ConsentEmbed.defaultStore().grant('vimeo', 'remember')).saved)).toBe(true);
    const record = (await readRecord(page, 'youtube')) as { grantedAt: number; expiresAt: number };
    expect(record.grantedAt - t0).toBeLessThan(60_000);
    expect(record.expiresAt - record.grantedAt).toBe(180 * DAY);

    await page.clock.setSystemTime(t0 + 179 * DAY);
    await page.reload();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);

    await page.clock.setSystemTime(t0 + 181 * DAY);
    await page.reload();
    await expect(parts(page.locator('consent-embed')).button).toBeVisible();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(0);
    await expect.poll(() => readRecord(page, 'youtube')).toBeUndefined();
  });

  test('is unticked by default: the plain click remembers nothing past the session', async ({ page }) => {
    await page.goto(PAGE);
    await expect(parts(page.locator('consent-embed')).remember).not.toBeChecked();
    await parts(page.locator('consent-embed')).button.click();
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'session' });
    expect(await readRecord(page, 'youtube')).not.toHaveProperty('expiresAt');
  });
});

test.describe('consent across tabs', () => {
  test('a choice in one tab loads the placeholders of the other open tabs at once', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(PAGE);
    await b.goto(PAGE);
    await expect(parts(b.locator('consent-embed')).button).toBeVisible();

    await parts(a.locator('consent-embed')).button.click();
    // The other tab loads, but does not start playing: the visitor is not looking at it.
    await expect(parts(b.locator('consent-embed')).frame).toHaveAttribute('src', `${FRAME}?start=42`);
  });

  test('withdrawing in one tab unloads the embeds of every tab and stores the withdrawal over the grant', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(PAGE);
    await b.goto(PAGE);
    await parts(a.locator('consent-embed')).remember.check();
    await parts(a.locator('consent-embed')).button.click();
    await expect(parts(b.locator('consent-embed')).frame).toHaveCount(1);
    await expect.poll(() => readRecord(a, 'youtube')).toMatchObject({ scope: 'remember' });

    await b.evaluate(() => (window as any).ConsentEmbed.defaultStore().revoke('youtube'));
    await expect(parts(a.locator('consent-embed')).frame).toHaveCount(0);
    await expect(parts(b.locator('consent-embed')).frame).toHaveCount(0);
    await expect(parts(a.locator('consent-embed')).button).toBeVisible();
    await expect.poll(() => readRecord(a, 'youtube')).toMatchObject({ v: 2, provider: 'youtube', scope: 'withdrawn' });
  });
});

test.describe('withdrawal races', () => {
  test('a withdrawal made while a read is under way is not undone by that read', async ({ page }) => {
    await page.goto(PAGE);
    const read = await page.evaluate(async () => {
      const { ConsentStore } = (window as any).ConsentEmbed;
      await new ConsentStore({ name: 'race' }).grant('youtube', 'remember');
      const store = new ConsentStore({ name: 'race' });
      const reading = store.get('youtube'); // IndexedDB still has the grant
      await store.revoke('youtube');
      return { during: await reading, after: await store.get('youtube') };
    });
    expect(read).toEqual({ during: undefined, after: undefined });
  });

  test('an embed withdrawn while out of the document comes back as a placeholder', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    await expect.poll(() => network.frames()).toHaveLength(1);
    const framesOnReturn = await page.evaluate(async () => {
      const element = document.querySelector('consent-embed')!;
      const parent = element.parentNode!;
      element.remove();
      await (window as any).ConsentEmbed.defaultStore().revoke('youtube');
      parent.append(element);
      // Any iframe here, in the same task as the append, would already be loading.
      return element.shadowRoot!.querySelectorAll('iframe').length;
    });
    expect(framesOnReturn).toBe(0);
    await expect(parts(embed).button).toBeVisible();
    await expect(parts(embed).frame).toHaveCount(0);
    // Not even a moment's reload of the frame after the withdrawal.
    await page.waitForTimeout(300);
    expect(network.frames()).toHaveLength(1);
  });

  test('a withdrawal in the same task as reconnecting is not undone by the reconnect\'s read', async ({ page, network }) => {
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    await expect.poll(() => network.frames()).toHaveLength(1);
    await page.evaluate(() => {
      const element = document.querySelector('consent-embed')!;
      const parent = element.parentNode!;
      element.remove();
      parent.append(element);
      void (window as any).ConsentEmbed.defaultStore().revoke('youtube');
    });
    await expect(parts(embed).button).toBeVisible();
    await page.waitForTimeout(300);
    await expect(parts(embed).frame).toHaveCount(0);
    expect(network.frames()).toHaveLength(1);
  });

  test('a store that only reads still hears a withdrawal from another tab', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(PAGE);
    await b.goto(PAGE);
    await a.evaluate(() => new (window as any).ConsentEmbed.ConsentStore({ name: 'reader' }).grant('vimeo', 'remember'));
    await b.evaluate(async () => {
      (window as any).reader = new (window as any).ConsentEmbed.ConsentStore({ name: 'reader' });
      await (window as any).reader.get('vimeo');
    });
    await a.evaluate(() => new (window as any).ConsentEmbed.ConsentStore({ name: 'reader' }).revoke('vimeo'));
    await expect.poll(() => b.evaluate(async () => (await (window as any).reader.get('vimeo')) ?? null)).toBeNull();
  });
});

test.describe('separate stores', () => {
  test('stores with other database names neither share records nor hear each other', async ({ page }) => {
    await page.goto(PAGE);
    const heard = await page.evaluate(async () => {
      const { ConsentStore } = (window as any).ConsentEmbed;
      const [a, sameAsA, b] = [new ConsentStore({ name: 'site-a' }), new ConsentStore({ name: 'site-a' }), new ConsentStore({ name: 'site-b' })];
      const log: string[] = [];
      sameAsA.subscribe(({ provider }: { provider: string }) => log.push(`site-a ${provider}`));
      b.subscribe(({ provider }: { provider: string }) => log.push(`site-b ${provider}`));
      await a.grant('vimeo', 'remember');
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { log, inB: await b.get('vimeo'), inSameAsA: (await sameAsA.get('vimeo'))?.scope };
    });
    expect(heard).toEqual({ log: ['site-a vimeo'], inB: undefined, inSameAsA: 'remember' });
    // The page's own embeds use the default store, which heard nothing either.
    await expect(parts(page.locator('consent-embed')).button).toBeVisible();
  });
});

test.describe('stored values that are not consent', () => {
  const now = Date.now();
  const values: [string, unknown][] = [
    ['a bare string', 'granted'],
    ['an empty object', {}],
    ['another schema version', { v: 99, provider: 'youtube', scope: 'remember', grantedAt: now, expiresAt: now + DAY }],
    ['another provider', { v: 1, provider: 'vimeo', scope: 'remember', grantedAt: now, expiresAt: now + DAY }],
    ['a grant from the future', { v: 1, provider: 'youtube', scope: 'remember', grantedAt: now + 30 * DAY, expiresAt: now + 60 * DAY }],
    ['a five-year expiry', { v: 1, provider: 'youtube', scope: 'remember', grantedAt: now, expiresAt: now + 5 * 365 * DAY }],
    ['another browsing session', { v: 1, provider: 'youtube', scope: 'session', grantedAt: now, session: 'f'.repeat(32) }],
    ['an unknown scope', { v: 1, provider: 'youtube', scope: 'forever', grantedAt: now }],
  ];

  for (const [name, value] of values) {
    test(`ignores and deletes ${name}`, async ({ page }) => {
      await page.goto(PAGE);
      await writeRecord(page, 'youtube', value);
      await page.reload();
      await expect(parts(page.locator('consent-embed')).button).toBeVisible();
      await expect.poll(() => readRecord(page, 'youtube')).toBeUndefined();
      await expect(parts(page.locator('consent-embed')).frame).toHaveCount(0);
    });
  }

  test('reads a record with an own __proto__ key without taking it in', async ({ page }) => {
    await page.goto(PAGE);
    // Built and stored inside the page: Playwright's serialization would drop the key.
    const keys = await page.evaluate(
      (days) =>
        new Promise<string[]>((resolve) => {
          const now = Date.now();
          const payload = JSON.parse(
            `{"__proto__":{"polluted":1},"v":1,"provider":"youtube","scope":"remember","grantedAt":${now},"expiresAt":${now + days}}`
          );
          const open = indexedDB.open('consent-embed');
          open.onsuccess = () => {
            const tx = open.result.transaction('consent', 'readwrite');
            tx.objectStore('consent').put(payload, 'youtube');
            tx.oncomplete = () => {
              const read = open.result.transaction('consent').objectStore('consent').get('youtube');
              read.onsuccess = () => {
                open.result.close();
                resolve(Object.keys(read.result));
              };
            };
          };
        }),
      DAY
    );
    expect(keys).toContain('__proto__'); // as stored in IndexedDB
    await page.reload();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
    const record = await page.evaluate(async () => {
      const r = await (window as any).ConsentEmbed.defaultStore().get('youtube');
      return { own: Object.keys(r), polluted: r.polluted ?? null, global: ({} as any).polluted ?? null };
    });
    // A record of the first schema (no stamp) is still consent, ordered by the time it was given.
    expect(record).toEqual({ own: ['v', 'provider', 'scope', 'grantedAt', 'expiresAt', 'stamp'], polluted: null, global: null });
  });
});

test.describe('when IndexedDB cannot be used', () => {
  const failures: [string, () => void][] = [
    ['is missing', () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })],
    [
      'is blocked and throws on access',
      () =>
        Object.defineProperty(window, 'indexedDB', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }),
    ],
    [
      'fails to open',
      () => {
        IDBFactory.prototype.open = function () {
          const request: any = {};
          setTimeout(() => {
            request.error = new DOMException('A mutation operation was attempted.', 'InvalidStateError');
            request.onerror?.();
          });
          return request;
        };
      },
    ],
    [
      'hangs',
      () => {
        IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
      },
    ],
  ];

  for (const [name, breakStorage] of failures) {
    test(`${name}: the placeholder still works and says it cannot remember`, async ({ page, network }) => {
      await page.addInitScript(breakStorage);
      await page.goto(PAGE);
      const embed = page.locator('consent-embed');
      await expect(parts(embed).remember).toBeDisabled();
      await expect(embed.locator('#cannot-remember')).toHaveText(
        'This browser does not let the site remember your choice: it lasts until you leave the page.'
      );
      await expect(parts(embed).remember).toHaveAccessibleDescription(/cannot|does not let/);
      await network.expectNoForeignRequests(page);

      await parts(embed).button.click();
      await expect(parts(embed).frame).toHaveAttribute('src', `${FRAME}?autoplay=1&start=42`);
      const warnings = await network.takeConsole();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^consent-embed \[storage-unavailable\]: IndexedDB cannot be used/);
    });
  }

  test('is slow: a remembered write that misses its time-box never lands, and a withdrawal still does', async ({
    page,
    network,
  }) => {
    await slowIndexedDB(page, 2500);
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await parts(embed).remember.check();
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    await expect.poll(() => network.takeConsole(), { timeout: 5000 }).toEqual([
      expect.stringMatching(/^consent-embed \[storage-unavailable\]: .*no answer within 1500 ms/),
    ]);
    await page.waitForTimeout(1500); // the slow database has answered by now
    expect(await readRecord(page, 'youtube')).toBeUndefined();

    await page.evaluate(() => (window as any).ConsentEmbed.defaultStore().revoke('youtube'));
    await expect(parts(embed).frame).toHaveCount(0);
    await expect.poll(() => readRecord(page, 'youtube'), { timeout: 5000 }).toMatchObject({ scope: 'withdrawn' });
  });

  test('is full: the click loads, the choice holds for the page, one warning, nothing thrown', async ({ page, network }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(PAGE);
    const embed = page.locator('consent-embed');
    await parts(embed).remember.check();
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    await expect.poll(() => network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[storage-unavailable\]: .*QuotaExceededError/),
    ]);
    expect(await page.evaluate(() => (window as any).ConsentEmbed.defaultStore().canRemember)).toBe(false);
    const { saved } = await page.evaluate(() => (window as any).ConsentEmbed.defaultStore().grant('youtube', 'remember'));
    expect(saved).toBe(false);
    // Still granted on this page, although nothing could be written.
    expect(await page.evaluate(async () => (await (window as any).ConsentEmbed.defaultStore().get('youtube'))?.scope)).toBe('remember');
    await page.reload();
    await expect(parts(page.locator('consent-embed')).button).toBeVisible();
  });
});
