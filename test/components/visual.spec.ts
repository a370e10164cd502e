import { fileURLToPath } from 'node:url';
import { launchOptions } from '../support/browser.js';
import { expect, test } from '../support/network.js';

/**
 * The visual regression check (issue 15): sixteen boxes, from 200 × 120 to a hero as
 * wide as the page (test/fixtures/visual.html), in light, dark and forced colours, left
 * to right in English and right to left in Arabic: six screenshots compared with the
 * ones committed beside this file. `npm run test:visual:update` rewrites them after a
 * change of design (CONTRIBUTING.md).
 *
 * The screenshots must not change with the machine: the text is drawn in fonts of the
 * repository's (test/fixtures/fonts/, loaded before the shot), by a browser that sees no other
 * fonts and renders them as test/fixtures/fonts/fonts.conf says, not as the machine's
 * /etc/fonts does; the viewport and scale are fixed, transitions finished, the caret hidden.
 * What another Chromium build may still change (antialiasing at the edges of glyphs and
 * curves) is absorbed by the tolerance below; a changed colour, size or spacing is not.
 */
const SCREENSHOT = {
  animations: 'disabled',
  caret: 'hide',
  scale: 'css',
  // Per pixel: a YIQ distance under 0.2 is the same colour (antialiasing), above it another one.
  threshold: 0.2,
  // Per page: at most 0.5% of the pixels (13,440 of 1280 × 2100) may differ. Measured on this page: the same
  // build again, or another hinting flag, differs by 0; glyphs placed without subpixel positioning by 15,200
  // to 16,700; the accent colour from blue to green by 76,000 to 94,000, the load button 0.1em larger
  // all round by 1,200 to 19,500 (it fails in the dark looks). A change of a shade too small to see, and
  // a change of a few pixels in one look, pass.
  maxDiffPixelRatio: 0.005,
} as const;

const looks = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced-colours', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;

const directions = [
  { name: 'ltr', query: '', text: /^Load/ },
  { name: 'rtl', query: '?lang=ar', text: /[\u0600-\u06ff]/ },
] as const;

// The browser sees the repository's fonts only, drawn with one configuration (hinting, antialiasing),
// not the machine's: a fontconfig with full hinting and subpixel text changed 48,000 pixels (1.8%) of the page.
const FONTCONFIG_FILE = fileURLToPath(new URL('../fixtures/fonts/fonts.conf', import.meta.url));
test.use({ launchOptions: { ...launchOptions(), env: { ...process.env, FONTCONFIG_FILE } } });

// The whole page in the viewport: a placeholder renders its content only once it is near the viewport.
const VIEWPORT = { width: 1280, height: 2100 };
test.use({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });

for (const look of looks) {
  for (const direction of directions) {
    test(`in ${look.name}, ${direction.name}, the sixteen boxes look as the committed screenshot does`, async ({ page, network }) => {
      await page.emulateMedia(look.media);
      await page.goto(`/test/fixtures/visual.html${direction.query}`);

      // Everything drawn: each box's button (or the message of the link that cannot be shown),
      // in the page's language, and the site's posters.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(VIEWPORT.height);
      const embeds = page.locator('consent-embed');
      await expect(embeds).toHaveCount(16);
      for (const embed of await embeds.all()) await expect(embed.locator('[part=button], [part=message]').first()).toBeVisible();
      await expect(page.locator('#video-560x315 [part=button]')).toHaveText(direction.text);
      await expect(page.locator('#error-320x180 [part=message]')).toBeVisible();
      const posters = page.locator('consent-embed[poster] [part=poster]');
      await expect(posters).toHaveCount(3);
      for (const poster of await posters.all()) {
        await expect(poster).toBeVisible();
        await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      }
      // Both faces of the repository's font, loaded: no text in a font of the system's.
      const fonts = await page.evaluate(async () => {
        await Promise.all([...document.fonts].map((face) => face.load()));
        await document.fonts.ready;
        return [...document.fonts].map((face) => `${face.family} ${face.weight} ${face.status}`);
      });
      expect(fonts).toEqual(['Visual Check Sans 400 loaded', 'Visual Check Sans 700 loaded']);

      await expect(page).toHaveScreenshot(`${look.name}-${direction.name}.png`, SCREENSHOT);

      expect(await network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[invalid-id\]/)]);
      await network.expectNoForeignRequests(page);
    });
  }
}
