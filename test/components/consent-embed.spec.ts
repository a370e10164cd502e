import AxeBuilder from '@axe-core/playwright';
import { cspViolations, expect, test } from '../support/network.js';
import { expectFrameFocused, parts } from '../support/embed.js';

const FRAME = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';

test.describe('<consent-embed>', () => {
  test('shows a placeholder made only from the page\'s own resources', async ({ page, network }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    const { button, remember, frame } = parts(embed);

    await expect(embed.locator('[part=title]')).toHaveText('Our launch video');
    await expect(embed.locator('[part=notice]')).toContainText(
      'This video is hosted by YouTube. Loading it sends your IP address and more to Google.'
    );
    await expect(embed.getByRole('link', { name: 'YouTube privacy policy' })).toHaveAttribute(
      'href',
      'https://policies.google.com/privacy'
    );
    await expect(button).toHaveText('Load video');
    await expect(button).toHaveAccessibleName('Load video: Our launch video');
    await expect(remember).not.toBeChecked();
    await expect(frame).toHaveCount(0);

    await embed.hover();
    await button.focus();
    await network.expectNoForeignRequests(page);
  });

  test('loads the YouTube frame only after the load button is pressed, once, and playing', async ({ page, network }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await network.expectNoForeignRequests(page);

    await parts(embed).button.click();

    const frame = parts(embed).frame;
    await expect(frame).toHaveAttribute('src', `${FRAME}?autoplay=1&start=42`);
    await expect(frame).toHaveAttribute('title', 'Our launch video');
    await expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    await expect(frame).toHaveAttribute(
      'allow',
      'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture'
    );
    await expect.poll(() => network.frames()).toEqual([`${FRAME}?autoplay=1&start=42`]);
    await page.waitForTimeout(300); // a second, late request would be a bug too
    expect(network.frames()).toHaveLength(1);
    // The provider learns the site, never the page's path.
    expect(network.foreign[0]!.referer).toBe(new URL(page.url()).origin + '/');
  });

  test('keeps its box the same size before upgrade, as a placeholder and as a frame', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/dist/consent-embed.min.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 800, height: 900 });
    // A deferred script holds up DOMContentLoaded, so wait for the parsed markup instead.
    await page.goto('/test/fixtures/youtube.html', { waitUntil: 'commit' });
    const embed = page.locator('consent-embed');
    const after = page.getByText('Text after the embed.');
    await after.waitFor();
    // The first paint waits for the page's stylesheets, so the measurement does too.
    await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/consent-embed.css')));

    expect(await page.evaluate(() => customElements.get('consent-embed'))).toBeUndefined();
    const before = { box: await embed.boundingBox(), next: await after.boundingBox() };
    release();
    await expect(parts(embed).button).toBeVisible();
    expect(await embed.boundingBox()).toEqual(before.box);
    expect(await after.boundingBox()).toEqual(before.next);

    await parts(embed).button.click();
    await expect(parts(embed).frame).toBeVisible();
    // The frame in the same box, over the bar that holds the control to withdraw (2rem): nothing around it moves.
    expect(await embed.boundingBox()).toEqual(before.box);
    expect(await parts(embed).frame.boundingBox()).toEqual({ ...before.box!, height: before.box!.height - 32 });
    expect(await after.boundingBox()).toEqual(before.next);
  });

  test('is operated by keyboard alone, with visible focus, and moves focus to the frame', async ({ page }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    const { button, remember, frame } = parts(embed);

    // In reading order: the privacy link in the notice, then "always load", then the load button, so that a
    // visitor who wants to remember meets that choice before the button.
    await page.keyboard.press('Tab');
    await expect(embed.getByRole('link')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(remember).toBeFocused();
    await page.keyboard.press('Space');
    await expect(remember).toBeChecked();
    await page.keyboard.press('Space');
    await expect(remember).not.toBeChecked();

    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    const ring = await button.evaluate((el) => getComputedStyle(el));
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineWidth).toBe('3px');
    await page.keyboard.press('Enter');
    await expectFrameFocused(embed);
    await expect(frame).toHaveCount(1);
  });

  test('moves focus to the frame after a mouse click', async ({ page }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expectFrameFocused(embed);
  });

  test('leaves focus where the page moved it after the click', async ({ page }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await page.evaluate(() => {
      const input = document.body.appendChild(document.createElement('input'));
      document.querySelector('consent-embed')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
      // The page takes focus in the click's own task, before the frame has a box.
      input.focus();
    });
    await expect(parts(embed).frame).toHaveCount(1);
    await page.waitForTimeout(200);
    await expect(page.locator('body > input')).toBeFocused();
  });

  test('loads with Space on the button too', async ({ page }) => {
    await page.goto('/test/fixtures/youtube.html');
    const { button, frame } = parts(page.locator('consent-embed'));
    await button.focus();
    await page.keyboard.press('Space');
    await expect(frame).toHaveCount(1);
  });

  test('has no axe violations as a placeholder and as a frame', async ({ page }) => {
    await page.goto('/test/fixtures/youtube.html');
    await expect(parts(page.locator('consent-embed')).button).toBeVisible();
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect((await axe()).violations).toEqual([]);

    await parts(page.locator('consent-embed')).button.click();
    await expect(parts(page.locator('consent-embed')).frame).toHaveCount(1);
    expect((await axe()).violations).toEqual([]);
  });

  test('keeps the loaded frame, and renames it, when the title changes', async ({ page, network }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveAttribute('title', 'Our launch video');
    await embed.evaluate((el) => el.setAttribute('title', 'Our launch video, recut'));
    await expect(parts(embed).frame).toHaveAttribute('title', 'Our launch video, recut');
    expect(network.frames()).toHaveLength(1);
  });

  test('keeps the frame playing when src changes to an equivalent URL, and replaces it for another video', async ({
    page,
    network,
  }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    await embed.evaluate((el) => {
      el.setAttribute('src', 'https://youtu.be/dQw4w9WgXcQ?t=42');
      el.setAttribute('provider', 'youtube');
    });
    await page.waitForTimeout(300);
    expect(network.frames()).toEqual([`${FRAME}?autoplay=1&start=42`]);

    await embed.evaluate((el) => el.setAttribute('src', 'https://youtu.be/aqz-KE-bpKQ'));
    await expect(parts(embed).frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
  });

  test('stays usable in a box 320 pixels wide: nothing cut off out of reach', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    const box = (await embed.boundingBox())!;
    const title = (await embed.locator('[part=title]').boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(box.y);
    await parts(embed).remember.check();
    await expect(parts(embed).remember).toBeChecked();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations).toEqual([]);
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
  });

  test('shows the light-DOM link, and requests nothing, when scripts do not run', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { Network } = await import('../support/network.js');
    const network = await Network.attach(context);
    const page = await context.newPage();
    await page.goto('/test/fixtures/youtube.html');
    await expect(page.getByRole('link', { name: 'Watch “Our launch video” on YouTube' })).toBeVisible();
    expect(network.foreign).toEqual([]);
    network.verify();
    await context.close();
  });

  test('renders a hostile title as text and never runs it', async ({ page, network }) => {
    await page.goto('/demo/bad-input.html');
    {
      const embed = page.locator('#hostile-title');
      const title = 'Nice" onload="window.__pwned=1" x="<img src=x onerror=alert(1)>';
      await expect(embed.locator('[part=title]')).toHaveText(title);
      await parts(embed).button.click();
      await expect(parts(embed).frame).toHaveAttribute('title', title);
      await expect(parts(embed).frame).not.toHaveAttribute('onload');
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    }
    await network.takeConsole(); // the page's other, deliberately bad, embeds
  });

  test('works twice on a page: two script tags and an npm copy', async ({ page, network }) => {
    await page.goto('/test/fixtures/twice.html');
    await expect.poll(() => page.evaluate(() => (window as any).npmCopy?.ok)).toBe(true);
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await network.expectNoForeignRequests(page);
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);
    // The script tag came first, so its copy owns the tag and the global.
    expect(
      await page.evaluate(() => (window as any).ConsentEmbed.ConsentEmbedElement === customElements.get('consent-embed'))
    ).toBe(true);
  });

  test('works under a strict CSP with Trusted Types, with no violation', async ({ page, network }) => {
    const response = await page.goto('/demo/strict-csp.html');
    expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    const embed = page.locator('consent-embed');
    await expect(parts(embed).button).toBeVisible();
    await expect(embed.locator('[part=poster]')).toBeVisible();
    await network.expectNoForeignRequests(page);

    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveAttribute('src', `${FRAME}?autoplay=1`);
    await expect.poll(() => network.frames()).toEqual([`${FRAME}?autoplay=1`]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

test.describe('<consent-embed> with bad input', () => {
  const cases = [
    ['not-a-url', 'invalid-src', 'is not a valid https:// link'],
    ['http', 'invalid-src', 'is not a valid https:// link'],
    ['javascript', 'invalid-src', 'is not a valid https:// link'],
    ['missing-src', 'invalid-src', 'is not a valid https:// link'],
    ['wrong-host', 'wrong-host', 'is not on the host of the provider it names'],
    ['unknown-host', 'unknown-provider', 'does not belong to a provider'],
    ['unknown-provider', 'invalid-provider', 'provider attribute names no provider'],
    ['bad-id', 'invalid-id', 'does not point to a valid item'],
    ['short-link', 'short-link', 'is a short link, which only its provider could follow'],
    ['page-link', 'page-link', 'is a page of its provider, not the link its embed code gives'],
  ] as const;

  test('explains each problem in its box and warns once each, requesting nothing', async ({ page, network }) => {
    await page.goto('/demo/bad-input.html');
    for (const [id, , text] of cases) {
      const embed = page.locator(`#${id}`);
      await expect(parts(embed).message, id).toContainText(text);
      await expect(embed.locator('iframe, button')).toHaveCount(0);
    }
    // Posters are fetched as they come near the viewport. Chromium logs the
    // redirect it refused as well; only the library's own lines count here.
    await page.locator('#redirected-poster').scrollIntoViewIfNeeded();
    const warnings: string[] = [];
    await expect
      .poll(async () => {
        warnings.push(...(await network.takeConsole()).filter((line) => line.startsWith('consent-embed')));
        return warnings.some((line) => line.includes('leads to another site'));
      })
      .toBe(true);
    await page.waitForTimeout(300);
    warnings.push(...(await network.takeConsole()).filter((line) => line.startsWith('consent-embed')));
    for (const [id, code] of cases) {
      const title = await page.locator(`#${id}`).getAttribute('title');
      expect(warnings.filter((w) => w.startsWith(`consent-embed [${code}]`)).length, `${id} (${title})`).toBeGreaterThan(0);
    }
    // One warning per bad embed, plus one for each poster that would leave the site.
    expect(warnings).toHaveLength(cases.length + 2);
    expect(warnings.filter((w) => w.startsWith('consent-embed [foreign-poster]'))).toEqual([
      expect.stringContaining('"https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" is not on this site'),
      expect.stringMatching(/\/redirect\?to=https:\/\/i\.ytimg\.com\/.*" leads to another site/),
    ]);
    await network.expectNoForeignRequests(page);
  });

  test('ignores a poster from another site instead of fetching it', async ({ page, network }) => {
    await page.goto('/demo/bad-input.html');
    const embed = page.locator('#foreign-poster');
    await expect(parts(embed).button).toBeVisible();
    await expect(embed.locator('[part=poster]')).toBeHidden();
    // The page's other bad embeds are reported too, one a moment later (once YouTube's code read its id).
    await expect(parts(page.locator('#bad-id')).message).toBeVisible();
    await network.takeConsole();
    await network.expectNoForeignRequests(page);
  });

  test('has no axe violations in its error states', async ({ page, network }) => {
    await page.goto('/demo/bad-input.html');
    await expect(parts(page.locator('#bad-id')).message).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations).toEqual([]);
    await network.takeConsole();
  });

  test("shows the author's fallback link under its message, and never in the placeholder", async ({ page, network }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    await page.evaluate(() => {
      const embed = Object.assign(document.createElement('consent-embed'), { title: 'Our launch video' });
      embed.setAttribute('src', 'https://www.youtube.com/watch?v=too-short');
      embed.innerHTML = '<a href="https://www.youtube.com/watch?v=too-short">Watch it on YouTube</a>';
      document.querySelector('main')!.append(embed);
    });
    const embed = page.locator('consent-embed');
    const fallback = embed.getByRole('link', { name: 'Watch it on YouTube' });
    await expect(parts(embed).message).toBeVisible();
    await expect(fallback).toBeVisible();
    await embed.evaluate((el) => el.setAttribute('src', 'https://youtu.be/dQw4w9WgXcQ'));
    await expect(parts(embed).button).toBeVisible();
    await expect(fallback).toBeHidden();
    await network.takeConsole();
    await network.expectNoForeignRequests(page);
  });

  test('keeps a fallback that would load something (an image, a frame) hidden under its message', async ({ page, network }) => {
    await page.goto('/test/fixtures/blank.html');
    await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
    await page.evaluate(() => {
      const embed = Object.assign(document.createElement('consent-embed'), { title: 'Our launch video' });
      embed.setAttribute('src', 'https://www.youtube.com/watch?v=too-short');
      // Lazy: fetched only if it is ever shown.
      embed.innerHTML = '<a href="https://www.youtube.com/watch?v=too-short"><img loading="lazy" alt="Watch" src="https://i.ytimg.com/vi/x/hqdefault.jpg"></a>';
      document.querySelector('main')!.append(embed);
    });
    const embed = page.locator('consent-embed');
    await expect(parts(embed).message).toBeVisible();
    await expect(embed.getByRole('link')).toBeHidden();
    await page.waitForTimeout(300);
    await network.takeConsole();
    await network.expectNoForeignRequests(page);
  });

  test('recovers when a bad src is corrected', async ({ page, network }) => {
    await page.goto('/demo/bad-input.html');
    const embed = page.locator('#bad-id');
    await expect(parts(embed).message).toBeVisible();
    await embed.evaluate((el) => el.setAttribute('src', 'https://youtu.be/dQw4w9WgXcQ'));
    await expect(parts(embed).button).toBeVisible();
    await network.takeConsole();
  });
});
