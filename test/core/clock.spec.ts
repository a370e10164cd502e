import type { BrowserContext, Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';
import { lateFirstOpen } from '../support/storage.js';

// Clocks step (a correction after a resume from sleep, a user fixing the
// time) and tabs act in the same millisecond. The visitor's last word still wins.

const PAGE = '/test/fixtures/youtube.html';

/** A page with the library, whose clock runs `ahead` ms fast. */
async function tab(context: BrowserContext, path: string, ahead = 0): Promise<Page> {
  const page = await context.newPage();
  if (ahead) {
    await page.addInitScript((ms) => {
      const real = Date.now;
      Date.now = () => real() + ms;
    }, ahead);
  }
  await page.goto(path);
  if (path.includes('blank')) await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  return page;
}

async function expectAskedAgain(context: BrowserContext): Promise<void> {
  const later = await tab(context, PAGE);
  await expect(parts(later.locator('consent-embed')).button).toBeVisible();
  await later.waitForTimeout(500);
  await expect(parts(later.locator('consent-embed')).frame).toHaveCount(0);
}

for (const [how, late] of [
  ['revoke', false],
  ['clear', false],
  // Another tab hears the withdrawal and stores it first, with the old stamp: the page still stamps past the grant.
  ['clear', true],
] as const) {
  test(`${how}() from a page that never read the grant wins after the clock stepped back${late ? ', when another tab stored it first' : ''}`, async ({ context }) => {
    // Granted while the clock was two minutes fast; then it was corrected.
    const fast = await tab(context, PAGE, 120_000);
    await parts(fast.locator('consent-embed')).remember.check();
    await parts(fast.locator('consent-embed')).button.click();
    await expect.poll(() => readRecord(fast, 'youtube')).toMatchObject({ scope: 'remember' });
    const open = await tab(context, PAGE);
    await expect(parts(open.locator('consent-embed')).frame).toHaveCount(1);
    await fast.close();

    const privacy = await context.newPage();
    if (late) await lateFirstOpen(privacy, 'consent-embed', 400);
    await privacy.goto('/test/fixtures/blank.html');
    await privacy.addScriptTag({ url: '/dist/consent-embed.min.js' });
    const after = await privacy.evaluate(async (call) => {
      const store = (window as any).ConsentEmbed.defaultStore();
      await (call === 'revoke' ? store.revoke('youtube') : store.clear());
      return (await store.get('youtube')) ?? null;
    }, how);
    expect(after).toBeNull();
    await expect(parts(open.locator('consent-embed')).frame).toHaveCount(0);
    await expectAskedAgain(context);
  });
}

test('a withdrawal of everything made while the clock was days fast does not keep later choices from sticking', async ({
  context,
}) => {
  const fast = await tab(context, '/test/fixtures/blank.html', 2 * 86_400_000);
  await fast.evaluate(() => (window as any).ConsentEmbed.defaultStore().clear());
  await fast.close();

  const [page, other] = [await tab(context, PAGE), await tab(context, PAGE)];
  await parts(page.locator('consent-embed')).remember.check();
  await parts(page.locator('consent-embed')).button.click();
  await expect(parts(other.locator('consent-embed')).frame).toHaveCount(1);
  await page.reload();
  await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
});

test('a page that heard of a grant stamped ahead of its clock withdraws past it', async ({ page }) => {
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  const after = await page.evaluate(async () => {
    const store = new (window as any).ConsentEmbed.ConsentStore({ name: 'ahead' });
    store.subscribe(() => {}); // listening
    const now = Date.now();
    // Another tab's grant, a little ahead of this page's clock (within a second).
    new BroadcastChannel('ahead').postMessage({
      v: 2,
      entry: { v: 2, provider: 'vimeo', scope: 'remember', grantedAt: now, expiresAt: now + 86_400_000, stamp: now + 500 },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = (await store.get('vimeo'))?.scope ?? null;
    await store.revoke('vimeo');
    return { before, after: (await store.get('vimeo')) ?? null };
  });
  expect(after).toEqual({ before: 'remember', after: null });
});

test('a grant and a withdrawal with the same stamp: the withdrawal wins, in whichever order they arrive', async ({
  page,
}) => {
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  const results = await page.evaluate(async () => {
    const out: (string | null)[] = [];
    for (const [name, order] of [
      ['tie-a', ['grant', 'withdrawal']],
      ['tie-b', ['withdrawal', 'grant']],
    ] as const) {
      const store = new (window as any).ConsentEmbed.ConsentStore({ name });
      store.subscribe(() => {}); // listening
      const now = Date.now();
      const entries = {
        grant: { v: 2, provider: 'vimeo', scope: 'remember', grantedAt: now, expiresAt: now + 86_400_000, stamp: now },
        withdrawal: { v: 2, provider: 'vimeo', scope: 'withdrawn', stamp: now },
      };
      const channel = new BroadcastChannel(name);
      for (const kind of order) channel.postMessage({ v: 2, entry: entries[kind] });
      await new Promise((resolve) => setTimeout(resolve, 100));
      out.push((await store.get('vimeo'))?.scope ?? null);
    }
    return out;
  });
  expect(results).toEqual([null, null]);
});
