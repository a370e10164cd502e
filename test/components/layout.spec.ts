import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/network.js';

/**
 * The placeholder in boxes 200 to 1200 px wide (eight widths), for a video, a map,
 * a post and an audio player, in each look a visitor may get: every control
 * visible, inside its box, on top where it is drawn, and nothing scrolling.
 */
const modes = [
  { name: 'light', query: '', media: { colorScheme: 'light' } },
  { name: 'dark', query: '', media: { colorScheme: 'dark' } },
  { name: 'forced colours', query: '', media: { forcedColors: 'active' } },
  { name: 'right to left', query: '?lang=ar', media: { colorScheme: 'light' } },
] as const;

for (const mode of modes) {
  test(`in ${mode.name}, every box from 200 px wide shows the load button, the remember control and the privacy link unclipped`, async ({
    page,
  }, testInfo) => {
    test.slow(); // thirty-two placeholders, and axe over all of them
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.emulateMedia(mode.media);
    await page.goto(`/test/fixtures/layout.html${mode.query}`);
    const embeds = page.locator('consent-embed');
    await expect(embeds).toHaveCount(32);
    for (const embed of await embeds.all()) await expect(embed.locator('[part=button]')).toBeVisible();

    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const host of document.querySelectorAll('consent-embed')) {
        // elementFromPoint sees the viewport only.
        host.scrollIntoView({ block: 'center', behavior: 'instant' });
        const root = host.shadowRoot!;
        const box = host.getBoundingClientRect();
        const panel = root.querySelector('.panel')!;
        if (panel.scrollHeight > panel.clientHeight + 1 || panel.scrollWidth > panel.clientWidth + 1) found.push(`${host.id}: the panel overflows`);
        for (const selector of ['[part=button]', '[part=remember] input', '[part=remember] span', '[part=privacy-link]']) {
          const el = root.querySelector(selector);
          if (!el) {
            found.push(`${host.id}: no ${selector}`);
            continue;
          }
          // Each line of a wrapped link, not just its outer box.
          for (const r of el.getClientRects()) {
            if (r.width < 1 || r.height < 1) found.push(`${host.id}: ${selector} has no size`);
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
              found.push(`${host.id}: ${selector} is outside its box`);
            }
          }
          const r = el.getBoundingClientRect();
          const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (!hit || !(hit === el || el.contains(hit) || hit.contains(el))) found.push(`${host.id}: ${selector} is covered by ${hit?.nodeName}`);
        }
      }
      return found;
    });
    await testInfo.attach(`${mode.name}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    expect(problems).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations).toEqual([]);
  });
}

test('an error looks different from a working placeholder', async ({ page, network }) => {
  await page.goto('/test/fixtures/choices.html');
  await page.evaluate(() => {
    document.querySelector('main')!.innerHTML = `
      <consent-embed id="ok" src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" style="width:320px"></consent-embed>
      <consent-embed id="bad" src="https://www.youtube.com/watch?v=nope" style="width:320px"></consent-embed>`;
  });
  const look = (id: string) =>
    page.locator(`#${id} [part=base]`).evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.borderStyle} ${el.querySelector('svg')?.getAttribute('class')}`;
    });
  await expect(page.locator('#bad [part=message]')).toBeVisible();
  expect(await look('ok')).not.toBe(await look('bad'));
  expect(await look('bad')).toMatch(/^dashed/);
  await network.takeConsole();
});

test('the title is a heading only at the level the author sets, and a polite live region says the embed loaded', async ({ page }) => {
  await page.goto('/test/fixtures/choices.html');
  await expect(page.locator('#yt [part=title]')).toHaveText('Our launch video');
  await expect(page.locator('#yt').getByRole('heading')).toHaveCount(0);
  await page.locator('#yt').evaluate((el) => el.setAttribute('heading-level', '3'));
  await expect(page.locator('#yt').getByRole('heading', { level: 3, name: 'Our launch video' })).toBeVisible();

  // The button names the title; its description names the provider and who receives the data.
  await expect(page.locator('#yt [part=button]')).toHaveAccessibleName('Load video: Our launch video');
  await expect(page.locator('#yt [part=button]')).toHaveAccessibleDescription(/hosted by YouTube\. Loading it sends your IP address and more to Google\./);
  await page.locator('#yt [part=button]').click();
  await expect(page.locator('#yt').getByRole('status')).toHaveText('YouTube video loaded: Our launch video');
});

test('without scripts, the fallback link sits centred in the reserved box', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/test/fixtures/youtube.html');
  const box = (await page.locator('consent-embed').boundingBox())!;
  const link = (await page.locator('consent-embed a').boundingBox())!;
  expect(Math.abs(link.x + link.width / 2 - (box.x + box.width / 2))).toBeLessThan(2);
  expect(Math.abs(link.y + link.height / 2 - (box.y + box.height / 2))).toBeLessThan(2);
  expect(box.height).toBeGreaterThan(100);
  await context.close();
});

test("the remember box's border keeps 3:1 against the panel in every look, a site's own colours included", async ({ page }) => {
  const looks = [
    { scheme: 'light', style: '' },
    { scheme: 'dark', style: '' },
    { scheme: 'light', theme: 'dark', style: '' },
    { scheme: 'dark', theme: 'light', style: '' },
    // A site that makes the panel dark, or light, with the public properties and not the theme.
    { scheme: 'light', style: '--consent-embed-background: #1b1b1b; --consent-embed-color: #eeeeee' },
    { scheme: 'dark', style: '--consent-embed-background: #fafafa; --consent-embed-color: #222222' },
  ] as const;
  await page.goto('/test/fixtures/youtube.html');
  const embed = page.locator('consent-embed');
  await expect(embed.locator('[part=remember] input')).toBeVisible();
  for (const look of looks) {
    await page.emulateMedia({ colorScheme: look.scheme });
    const ratio = await embed.evaluate(async (host, look) => {
      if ('theme' in look) host.setAttribute('theme', look.theme);
      else host.removeAttribute('theme');
      host.setAttribute('style', look.style);
      // The theme reaches the shadow root with the element's next render.
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const root = host.shadowRoot!;
      const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r, g, b] = rgb(color).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const border = luminance(getComputedStyle(root.querySelector('[part=remember] input')!).borderTopColor);
      const panel = luminance(getComputedStyle(root.querySelector('.base')!).backgroundColor);
      return (Math.max(border, panel) + 0.05) / (Math.min(border, panel) + 0.05);
    }, look);
    expect(ratio, JSON.stringify(look)).toBeGreaterThanOrEqual(3);
  }
});
