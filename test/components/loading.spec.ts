import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';

// Consent is per provider, but one click builds one frame: the others of the
// provider load as they come near the viewport.

test.describe('one click on a page of many placeholders', () => {
  test('remembers the choice on a healthy IndexedDB and builds one frame, not two hundred', async ({ page, network }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('/test/fixtures/many.html?n=200');
    const embeds = page.locator('consent-embed');
    await expect(embeds).toHaveCount(200);
    const first = embeds.first();
    await parts(first).remember.check();
    await parts(first).button.click();

    await expect(parts(first).frame).toBeFocused();
    await page.waitForTimeout(500); // the observer's answers have come by now
    const built = await page.evaluate(
      () => [...document.querySelectorAll('consent-embed')].filter((e) => e.shadowRoot!.querySelector('iframe')).length
    );
    expect(built).toBeLessThanOrEqual(3);
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'remember' });
    expect(await page.evaluate(() => (window as any).ConsentEmbed.defaultStore().canRemember)).toBe(true);
    expect(network.takeConsole()).toEqual([]);
    expect(network.frames().filter((url) => url.includes('autoplay=1'))).toHaveLength(1);
  });

  test('loads the others as they are scrolled into view, paused', async ({ page, network }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('/test/fixtures/many.html?n=100');
    const embeds = page.locator('consent-embed');
    await parts(embeds.first()).button.click();
    await expect(parts(embeds.first()).frame).toHaveCount(1);
    await page.waitForTimeout(300);
    const early = network.frames().length;
    expect(early).toBeLessThanOrEqual(3);

    await expect(parts(embeds.first()).frame).toHaveAttribute('loading', 'eager');
    await embeds.nth(40).scrollIntoViewIfNeeded();
    await expect(parts(embeds.nth(40)).frame).toHaveCount(1);
    await expect(parts(embeds.nth(40)).frame).toHaveAttribute('loading', 'lazy');
    await expect(parts(embeds.nth(99)).frame).toHaveCount(0);
    // Built near the viewport, a lazy frame is requested as it comes into view.
    await expect.poll(() => network.frames().length).toBeGreaterThan(early);
    const later = network.frames();
    expect(later.length).toBeLessThan(100);
    expect(later.filter((url) => url.includes('autoplay=1'))).toHaveLength(1);
  });
});
