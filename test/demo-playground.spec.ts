import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/network.js';

// The playground: its controls change the one live embed and the markup shown for it, and that markup,
// copied and pasted into a page of its own, gives the same placeholder.

const PLAYGROUND = '/demo/playground.html';
const preview = (page: Page) => page.locator('#preview');
const markup = (page: Page) => page.locator('#markup');
const loadButton = (embed: Locator) => embed.locator('[part~=button]');
const theme = (embed: Locator) => embed.locator('[part~=base]').evaluate((base) => (base as HTMLElement).dataset.theme);

/** What a visitor sees of a placeholder, and whom it would load: enough to tell two placeholders apart. */
async function placeholderOf(embed: Locator) {
  await expect(loadButton(embed)).toBeVisible();
  return embed.evaluate(async (host) => {
    const root = host.shadowRoot!;
    const base = root.querySelector<HTMLElement>('[part~=base]')!;
    const { party } = await (window as any).ConsentEmbed.resolve(host.getAttribute('src'));
    return {
      party: party.key as string,
      theme: base.dataset.theme,
      texts: base.innerText.split('\n').map((line) => line.trim()).filter(Boolean),
      button: root.querySelector('[part~=button]')!.getAttribute('aria-label') ?? root.querySelector('[part~=button]')!.textContent,
      privacy: root.querySelector<HTMLAnchorElement>('[part~=privacy-link]')?.href,
      remember: root.querySelector<HTMLInputElement>('[part~=remember] input, input[type=checkbox]')?.checked ?? null,
      poster: !!root.querySelector('[part~=poster]'),
      size: `${Math.round(host.getBoundingClientRect().width)}×${Math.round(host.getBoundingClientRect().height)}`,
    };
  });
}

test.describe('the playground', () => {
  test('a new language, theme or address changes the live embed and the markup at once', async ({ page, network }) => {
    await page.goto(PLAYGROUND);
    const embed = preview(page);
    await expect(loadButton(embed)).toHaveText('Load video');
    await expect(markup(page)).toHaveText(/^<consent-embed src="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ" title="Our launch video">/);

    // Language, by keyboard: typing a letter picks the first option that starts with it.
    await page.getByLabel('Language (lang)').focus();
    await page.keyboard.press('d');
    await expect(page.getByLabel('Language (lang)')).toHaveValue('de');
    await expect(embed).toHaveAttribute('lang', 'de');
    await expect(loadButton(embed)).toHaveText('Video laden');
    await expect(markup(page)).toContainText('title="Our launch video" lang="de">');

    // Theme, by click on its label.
    await page.getByText('Dark', { exact: true }).click();
    await expect(embed).toHaveAttribute('theme', 'dark');
    await expect.poll(() => theme(embed)).toBe('dark');
    await expect(markup(page)).toContainText('lang="de" theme="dark">');
    // Back to the visitor's: the attribute goes, from the element and the markup.
    await page.getByRole('radio', { name: "The visitor's (auto)" }).check();
    await expect(embed).not.toHaveAttribute('theme');
    await expect.poll(() => theme(embed)).toBe('auto');
    await expect(markup(page)).not.toContainText('theme=');

    // Address, from the examples, by keyboard.
    await page.getByLabel('Example').focus();
    await page.keyboard.press('o');
    const osm = 'https://www.openstreetmap.org/?mlat=48.8584&mlon=2.2945#map=17/48.8584/2.2945';
    await expect(page.getByLabel('Address (src)')).toHaveValue(osm);
    await expect(embed).toHaveAttribute('src', osm);
    await expect(embed).toHaveAttribute('title', 'The Eiffel Tower');
    await expect(loadButton(embed)).toHaveText('Karte laden');
    await expect(markup(page)).toContainText(`src="${osm.replaceAll('&', '&amp;')}" title="The Eiffel Tower"`);

    // Address, typed by hand: the embed follows once it is complete, and the list shows the example it is.
    const address = page.getByLabel('Address (src)');
    await address.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('https://vimeo.com/76979871');
    await page.keyboard.press('Tab');
    await expect(embed).toHaveAttribute('src', 'https://vimeo.com/76979871');
    await expect(page.getByLabel('Example')).toHaveValue('https://vimeo.com/76979871');
    await expect(embed.getByRole('link', { name: /Vimeo/ })).toBeVisible();
    await expect(markup(page)).toHaveText(
      '<consent-embed src="https://vimeo.com/76979871" title="The Eiffel Tower" lang="de">\n' +
        '  <a href="https://vimeo.com/76979871">The Eiffel Tower</a>\n' +
        '</consent-embed>'
    );
    await network.expectNoForeignRequests(page);
  });

  test('an address that is no web address shows as bad input, and the markup carries no link for it', async ({ page, network }) => {
    await page.goto(PLAYGROUND);
    await page.getByLabel('Address (src)').fill('javascript:alert(1)');
    await page.getByLabel('Address (src)').press('Enter');
    await expect(preview(page).locator('[part=message]')).toBeVisible();
    await expect(markup(page)).toHaveText('<consent-embed src="javascript:alert(1)" title="Our launch video"></consent-embed>');
    await expect(page.getByLabel('Example')).toHaveValue('');
    await expect(page).toHaveURL(PLAYGROUND); // Enter did not submit the form
    expect(await network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[invalid-src\]: "javascript:alert\(1\)"/)]);
  });

  test('the copied markup, in a page of its own, gives the same placeholder', async ({ page, context, network }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PLAYGROUND);
    await page.getByLabel('Example').selectOption({ label: 'Mastodon: a post' });
    await page.getByLabel('Language (lang)').selectOption('fr');
    await page.getByRole('radio', { name: 'Light' }).check();
    await page.getByRole('radio', { name: 'poster.svg, fetched at once' }).check();
    await page.getByRole('radio', { name: 'Remember only' }).check();
    await expect(page.getByRole('radio', { name: 'Remember', exact: true })).toBeDisabled();
    await page.getByLabel('Remember for, in days (remember-days)').fill('30');
    const shown = await markup(page).textContent();
    expect(shown).toContain(
      '<consent-embed src="https://mastodon.social/@Gargron/109361489548316541" title="A post by Gargron" lang="fr" theme="light" poster="/demo/poster.svg" poster-loading="eager" choices="remember" remember-days="30">'
    );

    await page.getByRole('button', { name: 'Copy the markup' }).press('Enter');
    await expect(page.locator('#copy-status')).toHaveText('Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);

    const fresh = await context.newPage();
    await fresh.goto('/test/fixtures/blank.html');
    await fresh.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>
      <link rel="stylesheet" href="/dist/consent-embed.css">
      <script src="/dist/consent-embed.min.js" defer></script></head>
      <body style="width:${await preview(page).evaluate((e) => e.getBoundingClientRect().width)}px">${copied}</body></html>`);
    const pasted = await placeholderOf(fresh.locator('consent-embed'));
    const live = await placeholderOf(preview(page));
    expect(pasted).toEqual(live);
    expect(live).toMatchObject({ party: expect.stringContaining('mastodon'), theme: 'light', poster: true });
    expect(live.button).toMatch(/^Charger la publication/);
    await network.expectNoForeignRequests(page);
    await network.expectNoForeignRequests(fresh);
  });

  test('a loaded preview turns back into a placeholder with "Forget my choices", and follows the controls again', async ({ page, network }) => {
    await page.goto(PLAYGROUND);
    const embed = preview(page);
    await loadButton(embed).click();
    await expect(embed.locator('iframe')).toHaveCount(1);
    await expect.poll(() => network.frames()).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);

    await page.getByRole('button', { name: 'Forget my choices' }).click();
    await expect(embed.locator('iframe')).toHaveCount(0);
    await expect(loadButton(embed)).toHaveText('Load video');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => theme(embed)).toBe('dark');
  });

  test('works by keyboard alone at 320 px wide, with no sideways scrolling and no axe violations', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(PLAYGROUND);
    await expect(loadButton(preview(page))).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);

    // From the address field, Tab reaches every control in the order shown, then the embed and the copy button.
    await page.getByLabel('Address (src)').focus();
    const order = ['Title (title)', 'Language (lang)'];
    for (const label of order) {
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(label)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: "The visitor's (auto)" })).toBeFocused();
    await page.keyboard.press('ArrowDown'); // Light
    await page.keyboard.press('ArrowDown'); // Dark
    await expect(preview(page)).toHaveAttribute('theme', 'dark');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'None' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Both: this visit, or remember' })).toBeFocused();
    await page.keyboard.press('ArrowDown'); // This visit only: nothing to preselect, nothing to remember
    await expect(page.getByRole('radio', { name: 'This visit', exact: true })).toBeDisabled();
    await expect(page.getByLabel('Remember for, in days (remember-days)')).toBeDisabled();
    await expect(preview(page)).toHaveAttribute('choices', 'session');
    await page.keyboard.press('Tab'); // the provider's privacy policy, in the placeholder's notice
    await page.keyboard.press('Tab');
    await expect(loadButton(preview(page))).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Forget my choices' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy the markup' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Copy the markup' })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
