import { expectFrameFocused, parts, readRecord } from '../support/embed.js';
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

    await expectFrameFocused(first);
    await page.waitForTimeout(500); // the observer's answers have come by now
    const built = await page.evaluate(
      () => [...document.querySelectorAll('consent-embed')].filter((e) => e.shadowRoot!.querySelector('iframe')).length
    );
    expect(built).toBeLessThanOrEqual(3);
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'remember' });
    expect(await page.evaluate(() => (window as any).ConsentEmbed.defaultStore().canRemember)).toBe(true);
    expect(await network.takeConsole()).toEqual([]);
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

test.describe('the work a page of many placeholders costs', () => {
  test('each placeholder is one copy of the same few nodes: no markers of bindings, no whitespace between them', async ({ page }) => {
    await page.goto('/test/fixtures/many.html?n=30');
    await expect(parts(page.locator('consent-embed').last()).button).toBeVisible();
    const shapes = await page.evaluate(() =>
      [...document.querySelectorAll('consent-embed')].map((element) => {
        const all: Node[] = [];
        const walk = (node: Node) => node.childNodes.forEach((child) => (all.push(child), walk(child)));
        walk(element.shadowRoot!);
        return {
          nodes: all.length,
          comments: all.filter((node) => node.nodeType === Node.COMMENT_NODE).length,
          blank: all.filter((node) => node.nodeType === Node.TEXT_NODE && !node.textContent!.trim()).length,
        };
      })
    );
    expect(shapes).toHaveLength(30);
    // No comment marks: the element puts its nodes in place itself. The one blank text is the space before the privacy link.
    for (const shape of shapes) expect(shape).toEqual({ nodes: shapes[0]!.nodes, comments: 0, blank: 1 });
    expect(shapes[0]!.nodes).toBeLessThanOrEqual(40);
  });

  test("the provider's code arriving at idle updates no placeholder away from the viewport", async ({ page, network }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    let release: (() => void) | undefined;
    await page.route('**/dist/providers/youtube.min.js*', async (route) => {
      await new Promise<void>((resolve) => (release = resolve));
      await route.continue();
    });
    await page.goto('/test/fixtures/many.html?n=40');
    await expect(parts(page.locator('consent-embed').last()).button).toBeAttached();
    await expect.poll(() => release !== undefined).toBe(true);
    await page.evaluate(() => {
      const counts = ((window as any).__updates = new Map<Element, number>());
      const proto = customElements.get('consent-embed')!.prototype as { updated: (...args: unknown[]) => void };
      const updated = proto.updated;
      proto.updated = function (this: Element, ...args: unknown[]) {
        counts.set(this, (counts.get(this) ?? 0) + 1);
        return updated.apply(this, args);
      };
    });
    release!();
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/providers/youtube.min.js'))))
      .toBe(true);
    await page.waitForTimeout(500);
    const updates = await page.evaluate(() => {
      const counts = (window as any).__updates as Map<Element, number>;
      return [...document.querySelectorAll('consent-embed')].slice(10).map((element) => counts.get(element) ?? 0);
    });
    expect(updates).toEqual(new Array(30).fill(0));
    // An element far below, whose link the code has not read yet, still loads when clicked.
    const last = page.locator('consent-embed').last();
    await parts(last).button.click();
    await expect(parts(last).frame).toHaveCount(1);
    network.allow('https://www.youtube-nocookie.com');
  });

  test("a link far down the page is read by its provider's code only as it comes near, and reported then", async ({ page, network }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('/test/fixtures/many.html?n=40&bad=40');
    const bad = page.locator('consent-embed').last();
    // Shown from the data: YouTube's data accepts the link, and its code is fetched at once.
    await expect(parts(bad).button).toBeAttached();
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/providers/youtube.min.js'))))
      .toBe(true);
    await expect(parts(page.locator('consent-embed').first()).button).toBeVisible();
    await page.waitForTimeout(500);
    expect(await network.takeConsole()).toEqual([]);
    await expect(parts(bad).message).toHaveCount(0);

    await bad.scrollIntoViewIfNeeded();
    await expect(parts(bad).message).toContainText('does not point to a valid item');
    await expect(parts(bad).button).toHaveCount(0);
    const warnings = await network.takeConsole();
    expect(warnings).toEqual([expect.stringMatching(/^consent-embed \[invalid-id\]/)]);
    await network.expectNoForeignRequests(page);
  });
});

test("a map copied on one of Google's country domains: its code names Google Maps, and one click loads it from www.google.com", async ({ page, network }) => {
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
  await page.evaluate(() => {
    for (const [id, src] of [
      ['de', 'https://www.google.de/maps/place/Brandenburger+Tor/@52.5162746,13.3777041,17z'],
      ['evil', 'https://www.google.evil/maps/place/Brandenburger+Tor/@52.5162746,13.3777041,17z'],
    ]) {
      const embed = Object.assign(document.createElement('consent-embed'), { id, title: 'The gate' });
      embed.setAttribute('src', src!);
      document.body.append(embed);
    }
  });
  const map = page.locator('#de');
  await expect(map.getByText('This map is hosted by Google Maps.')).toBeVisible();
  await expect(map.getByRole('link', { name: 'Google Maps privacy policy' })).toHaveAttribute('href', 'https://policies.google.com/privacy');
  // google.evil is on no list: no provider's, whatever it looks like.
  await expect(parts(page.locator('#evil')).message).toContainText('does not belong to a provider');
  await network.expectNoForeignRequests(page);
  expect(await network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[unknown-provider\]: no provider serves "www\.google\.evil"/)]);

  await parts(map).button.click();
  const src = 'https://www.google.com/maps?q=Brandenburger+Tor&ll=52.5162746%2C13.3777041&z=17&output=embed';
  await expect(parts(map).frame).toHaveAttribute('src', src);
  await expect.poll(() => network.frames()).toEqual([src]);
});
