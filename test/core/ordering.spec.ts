import type { BrowserContext, Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';
import { lateFirstOpen, readAll } from '../support/storage.js';

// The visitor's last word on a provider is the one that counts, in every tab
// and in storage, whatever order the browser delivers writes and messages in.

const PAGE = '/test/fixtures/youtube.html';

async function open(context: BrowserContext, path = PAGE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** A tab opened afterwards: what the visitor meets next time. */
async function expectAskedAgain(context: BrowserContext): Promise<void> {
  const later = await open(context);
  await expect(parts(later.locator('consent-embed')).button).toBeVisible();
  await later.waitForTimeout(300);
  await expect(parts(later.locator('consent-embed')).frame).toHaveCount(0);
  expect(await storedGrant(later)).toBeNull();
}

/** The scope of a grant stored for YouTube, or null when storage holds none. */
async function storedGrant(page: Page): Promise<string | null> {
  const record = (await readRecord(page, 'youtube')) as { scope?: string } | undefined;
  return record?.scope === 'remember' || record?.scope === 'session' ? record.scope : null;
}

test.describe('a withdrawal racing a grant in another tab', () => {
  test('wins when it comes 50 ms after a remembered grant on a page of 24 embeds', async ({ context }) => {
    const a = await open(context, '/demo/many.html');
    const b = await open(context, '/demo/many.html');
    await expect(parts(b.locator('consent-embed').first()).button).toBeVisible();
    const clicked = a.locator('consent-embed').first();

    await parts(clicked).remember.check();
    await parts(clicked).button.click();
    await b.waitForTimeout(50);
    await b.evaluate(() => (window as any).ConsentEmbed.defaultStore().revoke('youtube'));

    await expect(a.locator('consent-embed >> iframe')).toHaveCount(0);
    await expect(b.locator('consent-embed >> iframe')).toHaveCount(0);
    await a.waitForTimeout(1500); // long enough for any late write to land
    await expect(a.locator('consent-embed >> iframe')).toHaveCount(0);
    await expectAskedAgain(context);
  });

  test('wins when the older grant reaches storage after it', async ({ page }) => {
    // The first connection to the "race" database answers 400 ms late: the
    // grant is made first, but its write lands after the withdrawal, which
    // another tab stored meanwhile (written raw here, so that no message
    // reaches this page and nothing but the write's own check can keep it).
    await lateFirstOpen(page, 'race', 400);
    await page.goto(PAGE);
    const outcome = await page.evaluate(async () => {
      const { ConsentStore } = (window as any).ConsentEmbed;
      const slow = new ConsentStore({ name: 'race' });
      const granting = slow.grant('vimeo', 'remember');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise<void>((resolve) => {
        const open = indexedDB.open('race');
        open.onupgradeneeded = () => open.result.createObjectStore('consent');
        open.onsuccess = () => {
          const tx = open.result.transaction('consent', 'readwrite');
          tx.objectStore('consent').put({ v: 2, provider: 'vimeo', scope: 'withdrawn', stamp: Date.now() }, 'vimeo');
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      });
      const { saved } = await granting;
      const reader = new ConsentStore({ name: 'race' });
      return { saved, read: (await reader.get('vimeo')) ?? null, slow: (await slow.get('vimeo')) ?? null };
    });
    expect(outcome).toEqual({ saved: false, read: null, slow: null });
  });

  test('is not undone by the grant\'s message arriving after it', async ({ context }) => {
    const a = await open(context);
    const b = await open(context);
    // Tab B records the grant message as the channel delivers it, to deliver it again late.
    await b.evaluate(() => {
      const spy = new BroadcastChannel('consent-embed');
      spy.onmessage = ({ data }) => ((window as any).heard ??= []).push(data);
    });
    await parts(a.locator('consent-embed')).button.click();
    await expect(parts(b.locator('consent-embed')).frame).toHaveCount(1);
    await expect.poll(() => b.evaluate(() => (window as any).heard?.length ?? 0)).toBeGreaterThan(0);

    await b.evaluate(async () => {
      await (window as any).ConsentEmbed.defaultStore().revoke('youtube');
      const late = new BroadcastChannel('consent-embed');
      for (const message of (window as any).heard) late.postMessage(message);
    });
    await b.waitForTimeout(300);
    await expect(parts(b.locator('consent-embed')).frame).toHaveCount(0);
    await expect(parts(a.locator('consent-embed')).frame).toHaveCount(0);
    expect(await b.evaluate(async () => (await (window as any).ConsentEmbed.defaultStore().get('youtube')) ?? null)).toBeNull();
  });
});

test.describe('a write the store gave up on', () => {
  /**
   * Tab B holds the database open (every tab with the library does); tab C asks
   * for a newer version, which waits for B; tab A opens after that, so all its
   * storage calls queue behind the upgrade until B closes.
   */
  async function blockedUpgrade(context: BrowserContext) {
    const b = await open(context);
    await b.evaluate(() => (window as any).ConsentEmbed.defaultStore().list());
    const c = await open(context, '/test/fixtures/blank.html');
    await c.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open('consent-embed', 2);
          request.onblocked = () => resolve();
          request.onsuccess = () => {
            request.result.close();
            (window as any).upgraded = true;
          };
        })
    );
    const a = await open(context);
    return {
      a,
      b,
      /** B closes: the upgrade runs, then A's queued calls. */
      async unblock() {
        await b.close();
        await expect.poll(() => c.evaluate(() => (window as any).upgraded === true)).toBe(true);
        await a.waitForTimeout(500);
      },
    };
  }

  test('never lands later as remembered consent', async ({ context, network }) => {
    const { a, unblock } = await blockedUpgrade(context);
    const embed = a.locator('consent-embed');
    // Tab A's first read is queued behind the upgrade too, and is given up after 1.5 s, which disables
    // "remember": the choice must be made before then, without waiting for Playwright's actionability checks.
    await parts(embed).remember.dispatchEvent('click');
    // A remembered grant that the store then gives up on, not a session one: the box took the click.
    expect(await parts(embed).remember.isChecked()).toBe(true);
    await parts(embed).button.dispatchEvent('click');
    await expect(parts(embed).frame).toHaveCount(1);
    await expect.poll(() => network.takeConsole(), { timeout: 5000 }).toEqual([
      expect.stringMatching(/^consent-embed \[storage-unavailable\]: .*no answer/),
    ]);

    await unblock();
    expect(await storedGrant(a)).toBeNull();
  });

  test('stays withdrawn when the visitor withdrew in another tab meanwhile', async ({ context, network }) => {
    const { a, b, unblock } = await blockedUpgrade(context);
    const embed = a.locator('consent-embed');
    // Tab A's first read is queued behind the upgrade too, and is given up after 1.5 s, which disables
    // "remember": the choice must be made before then, without waiting for Playwright's actionability checks.
    await parts(embed).remember.dispatchEvent('click');
    // A remembered grant that the store then gives up on, not a session one: the box took the click.
    expect(await parts(embed).remember.isChecked()).toBe(true);
    await parts(embed).button.dispatchEvent('click');
    await expect(parts(b.locator('consent-embed')).frame).toHaveCount(1);
    await expect.poll(() => network.takeConsole(), { timeout: 5000 }).toHaveLength(1);

    await b.evaluate(() => (window as any).ConsentEmbed.defaultStore().revoke('youtube'));
    await expect(parts(embed).frame).toHaveCount(0);
    await unblock();
    await expectAskedAgain(context);
  });
});

test.describe('withdrawing every choice', () => {
  test('reaches every tab, and storage through them, when this tab\'s storage never answers', async ({ context, network }) => {
    const b = await open(context);
    await parts(b.locator('consent-embed')).remember.check();
    await parts(b.locator('consent-embed')).button.click();
    await expect.poll(() => readRecord(b, 'youtube')).toMatchObject({ scope: 'remember' });

    const a = await context.newPage();
    await a.addInitScript(() => {
      IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    });
    await a.goto(PAGE);
    await expect.poll(() => network.takeConsole(), { timeout: 5000 }).toEqual([
      expect.stringMatching(/^consent-embed \[storage-unavailable\]: .*no answer/),
    ]);
    await a.evaluate(() => (window as any).ConsentEmbed.defaultStore().clear());

    await expect(parts(b.locator('consent-embed')).frame).toHaveCount(0);
    await expect(parts(b.locator('consent-embed')).button).toBeVisible();
    await expectAskedAgain(context);
  });

  test('leaves storage holding the withdrawal of all and nothing it voids', async ({ context }) => {
    const page = await open(context);
    await page.evaluate(async () => {
      const store = (window as any).ConsentEmbed.defaultStore();
      await store.grant('vimeo', 'remember');
      await store.revoke('spotify');
      await store.grant('youtube');
      await store.clear();
    });
    const stored = await readAll(page);
    expect(Object.keys(stored)).toEqual(['*']);
    expect(stored['*']).toMatchObject({ v: 2, provider: '*', scope: 'withdrawn' });
  });
});
