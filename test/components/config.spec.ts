import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test } from '../support/network.js';

const DAY = 86_400_000;
const page_ = (query = '') => `/test/fixtures/choices.html${query}`;
const yt = (page: Page) => page.locator('#yt');

test.describe('configuration', () => {
  test('the element wins over configure(), which wins over the script tag, which wins over the defaults', async ({ page }) => {
    await page.goto(page_('?data-choices=session&data-remember-days=30'));
    // Script tag: no remember control.
    await expect(parts(yt(page)).button).toBeVisible();
    await expect(parts(yt(page)).remember).toHaveCount(0);

    // configure() after the elements rendered updates them.
    await page.evaluate(() => (window as any).ConsentEmbed.configure({ choices: 'both', preselect: 'remember' }));
    await expect(parts(yt(page)).remember).toBeChecked();

    // The element's own attributes win: only remembering, for 7 days.
    await yt(page).evaluate((el) => {
      el.setAttribute('choices', 'remember');
      el.setAttribute('remember-days', '7');
    });
    await expect(parts(yt(page)).remember).toHaveCount(0);
    await expect(yt(page).getByText('Your choice for YouTube is remembered for 7 days.')).toBeVisible();
    await parts(yt(page)).button.click();
    await expect(parts(yt(page)).frame).toHaveCount(1);
    const record = (await readRecord(page, 'youtube')) as { scope: string; expiresAt: number; grantedAt: number };
    expect(record.scope).toBe('remember');
    expect(record.expiresAt - record.grantedAt).toBe(7 * DAY);

    // Vimeo follows the site's settings: both choices, "remember" selected, 30 days from the script tag.
    await parts(page.locator('#vimeo')).button.click();
    const vimeo = (await readRecord(page, 'vimeo')) as { scope: string; expiresAt: number; grantedAt: number };
    expect(vimeo.expiresAt - vimeo.grantedAt).toBe(30 * DAY);
  });

  test('a new language or theme keeps what the visitor ticked, and where focus was', async ({ page }) => {
    await page.goto(page_());
    await parts(yt(page)).remember.check();
    await expect(parts(yt(page)).remember).toBeFocused();
    await page.evaluate(() => (window as any).ConsentEmbed.configure({ theme: 'dark' }));
    await yt(page).evaluate((el) => el.setAttribute('lang', 'de'));
    const remember = yt(page).getByRole('checkbox', { name: /^YouTube auf dieser Website immer laden \(180 Tage\)/ });
    await expect(remember).toBeChecked();
    await expect(remember).toBeFocused();
    const button = yt(page).locator('[part~="button"]');
    await expect(button).toHaveText('Video laden');
    await button.click();
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'remember' });
  });

  test('unknown keys and wrong values are ignored with one warning each, naming them', async ({ page, network }) => {
    await page.goto(page_('?data-colour=red&data-theme=purple'));
    await expect(parts(yt(page)).button).toBeVisible();
    await page.evaluate(() => (window as any).ConsentEmbed.configure({ remeberDays: 3, choices: 42, texts: { nope: 'x' }, lang: 'not a tag' }));
    await yt(page).evaluate((el) => (el.setAttribute('preselect', 'always'), el.setAttribute('remember-days', 'soon')));
    await yt(page).evaluate((el) => el.setAttribute('texts', JSON.stringify({ load: 'x'.repeat(501) })));
    await expect(parts(yt(page)).remember).not.toBeChecked();
    const heard: string[] = [];
    await expect.poll(async () => heard.concat(...(await network.takeConsole()).map((w) => (heard.push(w), [])))).toHaveLength(9);
    expect(heard).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^consent-embed \[invalid-config\]: the script tag: "data-colour" is not a setting/),
        expect.stringMatching(/^consent-embed \[invalid-config\]: the script tag: "data-theme" must be one of auto, light, dark; "purple" is ignored/),
        expect.stringMatching(/^consent-embed \[invalid-config\]: configure\(\): "remeberDays" is not a setting/),
        expect.stringMatching(/^consent-embed \[invalid-config\]: configure\(\): "choices" must be one of both, session, remember; number is ignored/),
        expect.stringMatching(/^consent-embed \[invalid-config\]: <consent-embed>: "preselect" must be one of session, remember; "always" is ignored/),
        expect.stringMatching(/^consent-embed \[invalid-config\]: there is no text "nope" to replace/),
        expect.stringMatching(/^consent-embed \[invalid-config\]: configure\(\): "lang" must be a language tag such as "de" or "pt-BR"; "not a tag" is ignored/),
        expect.stringMatching(/^consent-embed \[invalid-config\]: <consent-embed>: "remember-days" must be a number of days from 1 to 395; "soon" is ignored/),
        'consent-embed [invalid-config]: <consent-embed>: "texts" must be text of 500 characters at most for "load"; object is ignored.',
      ])
    );
  });

  test('texts from configure() and from the element, with their slots filled, never as HTML', async ({ page }) => {
    await page.goto(page_());
    await page.evaluate(() =>
      (window as any).ConsentEmbed.configure({ texts: { load: 'Play now', noticeShort: 'Data goes to {company}.', notice: '<b>{name}</b> by {company}.' } })
    );
    await expect(page.locator('#vimeo [part=button]')).toHaveText('Play now');
    await expect(page.locator('#vimeo [part=button]')).toHaveAccessibleName('Play now: A Vimeo film');
    await expect(page.locator('#vimeo [part=notice] .long')).toHaveText('<b>Vimeo</b> by Vimeo.');
    await yt(page).evaluate((el) => el.setAttribute('texts', '{"load":"Watch with YouTube"}'));
    await expect(yt(page).locator('[part=button]')).toHaveText('Watch with YouTube');
    await expect(page.locator('#vimeo [part=notice] b')).toHaveCount(0);
  });

  test('"remember" is never selected under Global Privacy Control, whatever the configuration', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(page_('?data-preselect=remember&data-choices=remember'));
    await expect(parts(yt(page)).remember).toBeVisible();
    await expect(parts(yt(page)).remember).not.toBeChecked();
    await parts(yt(page)).button.click();
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'session' });
  });

  test('a forced theme, light or dark, whatever the visitor prefers', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(page_('?data-theme=light'));
    const background = () => yt(page).locator('[part=base]').evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(background).toBe('rgb(238, 241, 245)');
    await page.evaluate(() => (window as any).ConsentEmbed.configure({ theme: 'auto' }));
    await expect.poll(background).toBe('rgb(29, 33, 39)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe('rgb(238, 241, 245)');
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations).toEqual([]);
  });
});

test.describe('languages', () => {
  test('the page language is used, from a file beside the script, and English never shows first', async ({ page, context }) => {
    // Hold the German file back a moment, and watch every text the placeholder ever shows meanwhile.
    await context.route('**/dist/i18n/de.min.js*', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as any).__english = false;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => {
          if (/Load video|hosted by/.test(root.textContent ?? '')) (window as any).__english = true;
        }).observe(root, { childList: true, subtree: true, characterData: true });
        return root;
      };
    });
    await page.goto(page_('?lang=de-AT'));
    await expect(yt(page).locator('[part=button]')).toHaveText('Video laden');
    await expect(yt(page).locator('[part=button]')).toHaveAccessibleName('Video laden: Our launch video');
    expect(await page.evaluate(() => (window as any).__english)).toBe(false);
    await expect(yt(page).locator('[part=placeholder]')).toHaveAttribute('lang', 'de');
  });

  test("an element's own lang wins; Arabic lays out right to left", async ({ page }) => {
    await page.goto(page_('?lang=de'));
    await yt(page).evaluate((el) => el.setAttribute('lang', 'ar'));
    await expect(yt(page).locator('[part=placeholder]')).toHaveAttribute('dir', 'rtl');
    expect(await yt(page).locator('[part=remember]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The checkbox sits at the right of its label, as Arabic reads.
    const box = (await yt(page).locator('[part=remember] input').boundingBox())!;
    const label = (await yt(page).locator('[part=remember] span').boundingBox())!;
    expect(box.x).toBeGreaterThan(label.x);
    // Vimeo follows the page: German.
    await expect(page.locator('#vimeo [part=button]')).toHaveText('Video laden');
  });

  test('a language file that cannot be loaded falls back to English, with one warning', async ({ page, context, network }) => {
    await context.route('**/dist/i18n/fr.min.js*', (route) => route.abort());
    await page.goto(page_('?lang=fr'));
    await expect(parts(yt(page)).button).toHaveText('Load video');
    // The browser's own line for the failed file, then ours.
    expect((await network.takeConsole()).filter((line) => !line.startsWith('Failed to load resource'))).toEqual([
      expect.stringMatching(/^consent-embed \[language-unavailable\]: the fr texts/),
    ]);
  });
});

test.describe('languages, as frameworks set them', () => {
  test('a lang set as a property, and a lang outside the shadow root of a component the embed sits in', async ({ page }) => {
    await page.goto(page_());
    await yt(page).evaluate((el) => ((el as HTMLElement).lang = 'fr'));
    await expect(yt(page).locator('[part=placeholder]')).toHaveAttribute('lang', 'fr');
    await page.evaluate(() => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'de';
      const host = wrapper.appendChild(document.createElement('div'));
      host.attachShadow({ mode: 'open' }).innerHTML = '<consent-embed id="inner" src="https://vimeo.com/76979871"></consent-embed>';
      document.body.append(wrapper);
    });
    const inner = page.locator('#inner');
    await expect(inner.locator('[part=button]')).toHaveText('Video laden');
  });

  test("a site's texts fill the slots of the text they replace", async ({ page }) => {
    await page.goto('/test/fixtures/settings.html?providers=youtube');
    await page.evaluate(() =>
      (window as any).ConsentEmbed.configure({ texts: { 'settings.allowLabel': 'Let {name} in', loadLabel: '{title}, a {kind}' } })
    );
    await expect(page.locator('consent-embed-settings').getByRole('button', { name: 'Let YouTube in' })).toBeVisible();
  });

  test('a language file that never answers gives way to English after three seconds, with one warning', async ({ page, context, network }) => {
    await context.route('**/dist/i18n/sv.min.js*', () => {}); // never answered
    // The unanswered file holds the page's load event: wait for the document only.
    await page.goto(page_('?lang=sv'), { waitUntil: 'domcontentloaded' });
    await expect(yt(page).locator('[part=base].pending')).toBeVisible();
    await expect(parts(yt(page)).button).toHaveText('Load video', { timeout: 6000 });
    await expect.poll(() => network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[language-unavailable\]: the sv texts .*no answer within 3 s/)]);
  });
});

test.describe("a site's own translation", () => {
  test('a text of the wrong type, or one that throws, shows English for that text alone, and a withdrawal still unloads', async ({
    page,
    network,
  }) => {
    await page.goto('/test/fixtures/youtube.html');
    const embed = page.locator('consent-embed');
    await parts(embed).button.click();
    await expect(parts(embed).frame).toHaveCount(1);

    await page.evaluate(() => {
      (window as any).ConsentEmbed.registerTranslation({
        lang: 'xx',
        dir: 'ltr',
        load: 'Play', // a string where English has a function
        notice: () => {
          throw new Error('a bug in the site\'s text');
        },
        withdraw: ({ name }: { name: string }) => `Stop ${name} here`,
        settings: {},
      });
      document.querySelector('consent-embed')!.setAttribute('lang', 'xx');
    });
    await expect(embed.getByRole('button', { name: 'Stop YouTube here' })).toBeAttached();

    await page.evaluate(() => (window as any).ConsentEmbed.revoke('youtube'));
    await expect(parts(embed).frame).toHaveCount(0);
    await expect(parts(embed).button).toHaveText('Load video');
    await expect(embed.locator('[part=notice] .long')).toContainText('This video is hosted by YouTube.');
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[invalid-config\]: the xx translation has no load, loadLabel, noticeShort, .* of the right type; English is used for those\.$/),
      expect.stringMatching(/^consent-embed \[invalid-config\]: the text "notice" of a registered translation failed \(it threw\); English is shown for it\.$/),
    ]);
  });
});
