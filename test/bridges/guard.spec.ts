import type { Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test, type Network } from '../support/network.js';
import { holdDatabase } from '../support/storage.js';

// What a bridge must hold to when storage or the consent manager misbehaves,
// and when more than one copy of the library is on the page.

// Tall enough that both embeds of a bridge's demo page are near the viewport: a consented embed loads its frame only then.
test.use({ viewport: { width: 1280, height: 1600 } });

const warning = (bridge: string, why: string) => `consent-embed [bridge]: the ${bridge} bridge: ${why} Embeds keep asking visitors themselves.`;

/** For `expect.poll`: the console warnings so far, kept as they are taken. */
function warnings(network: Network): () => Promise<string[]> {
  const seen: string[] = [];
  return async () => (seen.push(...(await network.takeConsole())), seen);
}

test.describe('storage that cannot be read is not "no withdrawal"', () => {
  test('a video stopped on its embed stays stopped when another tab holds the database past the time-out on the next load', async ({
    context,
    page,
    network,
  }) => {
    // A returning visitor who accepted everything in Cookiebot, then stopped YouTube on its embed.
    await page.goto('/test/fixtures/blank.html');
    await page.evaluate(() =>
      localStorage.setItem('stand-in:cookiebot', JSON.stringify({ necessary: true, preferences: true, statistics: true, marketing: true, method: 'explicit' }))
    );
    await page.goto('/demo/bridges/cookiebot.html');
    const youtube = page.locator('consent-embed[src*="youtube"]');
    await expect(parts(youtube).frame).toHaveCount(1);
    await youtube.getByRole('button', { name: 'Stop loading YouTube' }).click();
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });

    // Another tab of the site is busy with the database for four seconds while this one loads again.
    const other = await context.newPage();
    await other.goto('/test/fixtures/blank.html');
    await holdDatabase(other, 4000);
    await page.reload();

    await expect.poll(warnings(network), { timeout: 4000 }).toEqual([
      expect.stringMatching(/^consent-embed \[storage-unavailable\]: .*no answer within 1500 ms/),
    ]);
    await page.waitForTimeout(3500); // past the hold: the database answers again
    await expect(parts(youtube).button).toBeVisible();
    await expect(parts(youtube).frame).toHaveCount(0);
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
    expect(await page.evaluate(() => (window as any).ConsentEmbed.list())).toEqual([]);
  });

  test('a new answer in the manager still loads it: that is the visitor acting now', async ({ context, page, network }) => {
    await page.goto('/demo/bridges/cookiebot.html');
    const other = await context.newPage();
    await other.goto('/test/fixtures/blank.html');
    await holdDatabase(other, 3000);
    await page.reload();
    await expect.poll(warnings(network), { timeout: 4000 }).toEqual([expect.stringMatching(/^consent-embed \[storage-unavailable\]: /)]);

    await page.locator('#stand-in').getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect(parts(page.locator('consent-embed[src*="vimeo"]')).frame).toHaveCount(1);
  });
});

test('with an app\'s npm copy defining the elements, the script tag\'s data-bridge loads and unloads its embeds', async ({ page }) => {
  await page.goto('/test/fixtures/bridges/npm-copy.html');
  const embed = page.locator('consent-embed');
  await expect(parts(embed).button).toBeVisible();
  // The app's copy defined the element; the script tag's copy owns the global and the bridge.
  await expect.poll(() => page.evaluate(() => customElements.get('consent-embed') === (window as any).npmCopy?.ConsentEmbedElement)).toBe(true);
  await expect.poll(() => page.evaluate(() => typeof (window as any).ConsentEmbed?.connectBridge)).toBe('function');

  const banner = page.locator('#stand-in');
  await banner.getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect(parts(embed).frame).toHaveCount(1);

  await banner.getByRole('button', { name: 'Privacy settings' }).click();
  await banner.getByRole('button', { name: 'Reject all' }).click();
  await expect(parts(embed).frame).toHaveCount(0);
  await expect(parts(embed).button).toBeVisible();
  await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
});

/**
 * A TCF CMP whose `addEventListener` answers `delay` ms late, `times` times,
 * with the visitor's stored "accept all"; `poison` makes reading its data throw.
 */
function lateTcf(page: Page, { delay = 300, times = 1, poison = false } = {}) {
  return page.addInitScript(
    ([ms, n, bad]) => {
      const data = (listenerId: number) => {
        const tc: Record<string, unknown> = {
          listenerId,
          eventStatus: 'tcloaded',
          purpose: { consents: { 1: true } },
          vendor: { consents: { 755: true } },
        };
        Object.defineProperty(tc, 'gdprApplies', {
          get() {
            if (bad) throw new Error('CMP exploded');
            return true;
          },
        });
        return tc;
      };
      const listeners = new Map<number, (data: unknown, success: boolean) => void>();
      (window as any).tcfCalls = [];
      (window as any).__tcfapi = (command: string, _version: number, callback: (data: unknown, success: boolean) => void, parameter: unknown) => {
        (window as any).tcfCalls.push(command);
        if (command === 'removeEventListener') return callback(listeners.delete(parameter as number), true);
        if (command !== 'addEventListener') return;
        const id = listeners.size + 1;
        listeners.set(id, callback);
        // A CMP answering from its own loop: a throw from a listener reaches the page unless the listener holds it.
        for (let i = 0; i < n; i++) setTimeout(() => listeners.get(id)?.(data(id), true), ms * (i + 1));
      };
    },
    [delay, times, poison] as const
  );
}

test.describe('a stopped bridge is stopped', () => {
  test('a TCF bridge disconnected before the CMP first answers grants nothing when the answer comes', async ({ page }) => {
    await lateTcf(page, { delay: 300, times: 2 });
    await page.goto('/test/fixtures/bridges/npm.html');
    await page.evaluate(async () => {
      const stop = await (window as any).bridgeTest.connect('tcf');
      stop();
    });
    await page.waitForTimeout(1000);
    await expect(parts(page.locator('consent-embed')).button).toBeVisible();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(0);
    expect(await readRecord(page, 'youtube')).toBeUndefined();
  });

  test('a connected TCF bridge that hears the same answer twice grants once, and lets go of the CMP when stopped', async ({ page }) => {
    await lateTcf(page, { delay: 200, times: 2 });
    await page.goto('/test/fixtures/bridges/npm.html');
    await page.evaluate(() => (window as any).bridgeTest.connect('tcf'));
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
    await page.waitForTimeout(500);
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'session' });
    await page.evaluate(() => (window as any).bridgeTest.stop());
    expect(await page.evaluate(() => (window as any).tcfCalls)).toEqual(['addEventListener', 'removeEventListener']);
  });
});

test('every callback an adapter hands out through its guard is inert once the bridge stops, and its throws are one warning before', async ({
  page,
  network,
}) => {
  await page.goto('/test/fixtures/bridges/npm.html');
  const seen = await page.evaluate(() => {
    const { connectBridge, defineBridge } = (window as any).bridgeTest;
    let calls = 0;
    let handed: { count?: () => void; explode?: () => void } = {};
    const stop = connectBridge(
      defineBridge('own', { watch: ({ guard }: any) => (handed = { count: guard(() => calls++), explode: guard(() => { throw new Error('manager data'); }) }) }, () => 'all')
    );
    handed.count!();
    handed.explode!();
    handed.explode!();
    const before = calls;
    stop();
    handed.count!();
    handed.explode!();
    return { before, after: calls };
  });
  expect(seen).toEqual({ before: 1, after: 1 });
  expect(await network.takeConsole()).toEqual([warning('own', 'its manager failed (Error: manager data).')]);
});

test.describe("a manager whose data throws does not throw at the page", () => {
  test('TCF data whose gdprApplies getter throws, read in the CMP\'s own callback loop: one warning', async ({ page, network }) => {
    await lateTcf(page, { delay: 100, times: 2, poison: true });
    await page.goto('/test/fixtures/bridges/npm.html');
    await page.evaluate(() => (window as any).bridgeTest.connect('tcf'));
    await page.waitForTimeout(400);
    expect(network.pageErrors).toEqual([]);
    await expect.poll(warnings(network)).toEqual([warning('tcf', 'window.__tcfapi failed (Error: CMP exploded).')]);
    await page.waitForTimeout(300);
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(0);
  });

  test('OneTrust whose active groups throw when its event is heard: one warning', async ({ page, network }) => {
    await page.addInitScript(() => {
      (window as any).OneTrust = { IsAlertBoxClosed: () => true };
      Object.defineProperty(window, 'OnetrustActiveGroups', {
        get() {
          throw new Error('CMP exploded');
        },
      });
    });
    await page.goto('/test/fixtures/bridges/npm.html');
    await page.evaluate(async () => {
      await (window as any).bridgeTest.connect('onetrust');
      dispatchEvent(new CustomEvent('OneTrustGroupsUpdated'));
    });
    expect(network.pageErrors).toEqual([]);
    await expect.poll(warnings(network)).toEqual([warning('onetrust', 'window.OneTrust failed (Error: CMP exploded).')]);
  });

  test('a Cookiebot global whose prototype throws when asked, on its accept event: one warning', async ({ page, network }) => {
    await page.goto('/test/fixtures/bridges/npm.html');
    await page.evaluate(async () => {
      await (window as any).bridgeTest.connect('cookiebot');
      (window as any).Cookiebot = new Proxy(
        {},
        {
          getPrototypeOf() {
            throw new Error('CMP exploded');
          },
        }
      );
      dispatchEvent(new Event('CookiebotOnAccept'));
    });
    expect(network.pageErrors).toEqual([]);
    await expect.poll(warnings(network)).toEqual([warning('cookiebot', 'window.Cookiebot failed (Error: CMP exploded).')]);
  });
});
