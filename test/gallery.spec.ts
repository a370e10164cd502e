import { readFileSync } from 'node:fs';
import { expectFrameFocused, parts } from './support/embed.js';
import { expect, test } from './support/network.js';

// The gallery has one embed of every built-in provider. Each click must build
// exactly that provider's frame, and reach only the origins it declares.

const GALLERY = '/demo/gallery.html';
const html = readFileSync(new URL('../demo/gallery.html', import.meta.url), 'utf8');
/** The gallery's embeds, by the heading they stand under. */
const groups = html
  .split('<h2>')
  .slice(1)
  .map((part) => ({
    name: part.slice(0, part.indexOf('</h2>')),
    embeds: [...part.matchAll(/<consent-embed src="([^"]+)" title="([^"]+)"/g)].map(([, src, title]) => ({
      src: src!.replaceAll('&amp;', '&'),
      title: title!.replaceAll('&amp;', '&'),
    })),
  }));
const embeds = groups.flatMap((group) => group.embeds);

test('the gallery has an embed of every built-in provider', async ({ page }) => {
  await page.goto(GALLERY);
  const missing = await page.evaluate(async (sources) => {
    const { listProviders, resolve } = (window as any).ConsentEmbed;
    const shown = new Set((await Promise.all(sources.map((src) => resolve(src)))).map((found) => found.provider?.id));
    return (await listProviders())
      .map((p: { id: string }) => p.id)
      .filter((id: string) => !shown.has(id));
  }, embeds.map((e) => e.src));
  expect(missing).toEqual([]);
  expect(embeds.length).toBeGreaterThanOrEqual(31);
});

for (const group of groups) {
  test(`${group.name}: each click builds its provider's frame and reaches only its declared origins`, async ({
    page,
    network,
  }) => {
    await page.goto(GALLERY);
    for (const { src, title } of group.embeds) {
      const embed = page.locator(`consent-embed[title="${title}"]`);
      const party = await page.evaluate(async (url) => (await (window as any).ConsentEmbed.resolve(url)).party, src);
      network.allow(...party.origins);
      await embed.scrollIntoViewIfNeeded();
      const seen = network.foreign.length;
      // An embed of a provider chosen for an earlier one here has loaded already, and is checked as such.
      if (await parts(embed).button.count()) {
        await parts(embed).button.click();
        await expectFrameFocused(embed, title);
      }
      await expect(embed.locator('iframe'), title).toHaveCount(1);
      await expect(embed.locator('iframe'), title).toHaveAttribute('title', title);
      await page.waitForTimeout(250);
      const reached = network.foreign.slice(seen).map((r) => new URL(r.url).origin);
      for (const origin of reached) expect(party.origins, `${title} reached ${origin}`).toContain(origin);
      // One document per frame of this provider built by the click (or, for a script, its one script).
      const loaded = await page.evaluate(async (key) => {
        const framed = [...document.querySelectorAll('consent-embed')].filter((e) => e.shadowRoot!.querySelector('iframe'));
        const parties = await Promise.all(framed.map(async (e) => (await (window as any).ConsentEmbed.resolve(e.getAttribute('src'))).party?.key));
        return parties.filter((found) => found === key).length;
      }, party.key);
      const documents = network.foreign.filter((r) => r.type === 'document' || r.type === 'script');
      const mine = documents.filter((r) => party.origins.includes(new URL(r.url).origin));
      expect(mine.map((r) => new URL(r.url).origin), title).toEqual(Array(loaded).fill(party.origins[0]));
    }
    await network.takeConsole(); // the guard aborts what stub frames and scripts would load next
  });
}

for (const path of [GALLERY, '/test/fixtures/boxes.html']) {
  test(`${path}: every box has its final shape before the script runs, and keeps it as a placeholder`, async ({
    page,
    network,
  }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/dist/consent-embed.min.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/consent-embed.css')));
    await page.locator('consent-embed').last().waitFor({ state: 'attached' });
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('consent-embed')].map((e) => {
          const r = e.getBoundingClientRect();
          return `${e.getAttribute('title')}: ${Math.round(r.width)}×${Math.round(r.height)} at ${Math.round(r.top + scrollY)}`;
        })
      );
    const before = await boxes();
    release();
    await expect(parts(page.locator('consent-embed').first()).button).toBeVisible();
    expect(await boxes()).toEqual(before);
    if (path !== GALLERY) {
      // The fixture's upper-case path is not a YouTube link: YouTube's code says so once the embed comes near.
      await page.locator('consent-embed[title="An upper-case path"]').scrollIntoViewIfNeeded();
      await expect.poll(() => network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[invalid-id\]: "https:\/\/WWW\.YOUTUBE\.COM\/SHORTS\//)]);
    }
  });
}
