import { expect, test } from '../support/network.js';

const { KINDS } = (await import('../../dist/providers/boxes.js')) as { KINDS: readonly string[] };

// The registry from a site's point of view: what it can list, and a provider of its own.

test.beforeEach(async ({ page }) => {
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
});

test('listProviders describes every provider as plain data', async ({ page }) => {
  const list = await page.evaluate(async () => JSON.parse(JSON.stringify(await (window as any).ConsentEmbed.listProviders())));
  expect(list.length).toBeGreaterThanOrEqual(2);
  for (const info of list) {
    expect(Object.keys(info).sort()).toEqual(['company', 'hosts', 'id', 'instances', 'kind', 'name', 'origins', 'privacyPolicy']);
    expect(info.id).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
    for (const origin of info.origins) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+$/);
  }
  expect(list.find((p: { id: string }) => p.id === 'youtube')).toEqual({
    id: 'youtube',
    name: 'YouTube',
    company: 'Google',
    kind: 'video',
    hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
    origins: ['https://www.youtube-nocookie.com'],
    privacyPolicy: 'https://policies.google.com/privacy',
    instances: false,
  });
});

test('a site registers a provider of its own and embeds it like a built-in one', async ({ page, network }) => {
  network.allow('https://player.example.org');
  await page.evaluate(() => {
    const { registerProvider, createFrame } = (window as any).ConsentEmbed;
    registerProvider({
      id: 'example-tv',
      name: 'Example TV',
      company: 'Example Media',
      kind: 'video',
      privacyPolicy: 'https://example.org/privacy',
      hosts: ['tv.example.org'],
      origins: ['https://player.example.org'],
      box: { ratio: '4 / 3' },
      parse: (url: URL) => (/^\/v\/(\d{1,10})$/.exec(url.pathname) ?? [])[1] ?? null,
      embed(id: string, { title }: { title: string }) {
        return createFrame(this, {
          src: new URL(`/embed/${id}`, 'https://player.example.org'),
          title,
          allow: 'fullscreen',
          referrerPolicy: 'no-referrer',
        });
      },
    });
    const embed = document.createElement('consent-embed');
    embed.setAttribute('src', 'https://tv.example.org/v/42');
    embed.setAttribute('title', 'Episode 42');
    document.querySelector('main')!.append(embed);
  });
  const embed = page.locator('consent-embed');
  await expect(embed.locator('[part=notice]')).toContainText('hosted by Example TV. Loading it sends your IP address and more to Example Media.');
  const box = (await embed.boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(4 / 3, 2);
  await network.expectNoForeignRequests(page);
  await embed.getByRole('button', { name: 'Load video: Episode 42' }).click();
  await expect(embed.locator('iframe')).toHaveAttribute('src', 'https://player.example.org/embed/42');
});

test('a registered provider whose code throws gets a message, never a throw at the page', async ({ page, network }) => {
  await page.evaluate(() => {
    const { registerProvider, createFrame } = (window as any).ConsentEmbed;
    const base = {
      company: 'Example Media',
      kind: 'video',
      privacyPolicy: 'https://example.org/privacy',
      origins: ['https://player.example.org'],
      box: { ratio: '16 / 9' },
    };
    registerProvider({
      ...base,
      id: 'throws-reading',
      name: 'Throws Reading',
      hosts: ['read.example.org'],
      parse: (url: URL) => decodeURIComponent(url.pathname),
      embed: () => document.createElement('div'),
    });
    registerProvider({
      ...base,
      id: 'builds-elsewhere',
      name: 'Builds Elsewhere',
      hosts: ['build.example.org'],
      parse: () => 'x',
      embed(_: unknown, { title }: { title: string }) {
        return createFrame(this, { src: new URL('https://elsewhere.example/'), title, allow: '', referrerPolicy: 'no-referrer' });
      },
    });
    for (const src of ['https://read.example.org/%E0%A4%A', 'https://build.example.org/v/1']) {
      const embed = document.createElement('consent-embed');
      embed.setAttribute('src', src);
      document.querySelector('main')!.append(embed);
    }
  });
  const [reading, building] = [page.locator('consent-embed').first(), page.locator('consent-embed').last()];
  await expect(reading.locator('[part=message]')).toContainText('its provider could not build it');
  await building.getByRole('button', { name: /^Load video/ }).click();
  await expect(building.locator('[part=message]')).toContainText('its provider could not build it');
  await expect(building.locator('iframe')).toHaveCount(0);
  expect(await network.takeConsole()).toEqual([
    expect.stringMatching(/^consent-embed \[provider-error\]: the provider "throws-reading" failed to read .*URI malformed/),
    expect.stringMatching(/^consent-embed \[provider-error\]: the provider "builds-elsewhere" failed: .*elsewhere\.example/),
  ]);
});

test('a definition that could not be shown safely is not added: one warning each, never a throw at the page', async ({ page, network }) => {
  const results = await page.evaluate(async () => {
    const { registerProvider, getProvider } = (window as any).ConsentEmbed;
    const base = {
      id: 'ok-id',
      name: 'OK',
      company: 'OK Inc.',
      kind: 'video',
      brand: '#0A66c2',
      privacyPolicy: 'https://ok.example/privacy',
      hosts: ['ok.example'],
      origins: ['https://player.ok.example'],
      box: { ratio: '16 / 9' },
      parse: () => null,
      embed: () => document.createElement('div'),
    };
    const bad = [
      { id: 'Not OK' },
      { kind: 'hologram' },
      { privacyPolicy: 'javascript:alert(1)' },
      { origins: ['http://player.ok.example'] },
      { origins: ['https://player.ok.example/path'] },
      { hosts: ['ok.example/evil'] },
      { box: { ratio: '1 / 0; background: red' } },
      { box: { height: 1e9 } },
      { name: Symbol('name') },
      { company: '' },
      { embed: 'not a function' },
      { origins: 'https://player.ok.example' },
      { short: ['elsewhere.example/s/'] },
      { short: ['ok.example'] },
      { short: ['ok.example/s'] },
      { brand: 'red; background: url(https://tracker.example/)' },
    ];
    return [
      // One at a time, in order: the warnings below are read in this order.
      ...(await (async () => {
        const each = [];
        for (const change of bad) {
          try {
            each.push((await registerProvider({ ...base, ...change, id: change.id ?? 'bad-one' })) === false && !getProvider('bad-one') && !getProvider('Not OK'));
          } catch (error) {
            each.push((error as Error).message);
          }
        }
        return each;
      })()),
      (await registerProvider(null)) === false,
      (await registerProvider(Object.defineProperty({ ...base }, 'id', { get: () => { throw new Error('boom'); } }))) === false,
      (await registerProvider({ ...base, id: 'odd-id', name: { toString: () => { throw new Error('boom'); } } })) === false && !getProvider('odd-id'),
      // Passes the check, then throws when read again to be kept.
      await (async () => {
        let reads = 0;
        const shifty = Object.defineProperty({ ...base, id: 'shifty-id' }, 'parse', { get: () => (reads++ ? (() => { throw new Error('boom'); })() : () => null) });
        return (await registerProvider(shifty)) === false && !getProvider('shifty-id');
      })(),
      (await registerProvider(base)) === true && getProvider('ok-id')?.name === 'OK',
    ];
  });
  expect(results).toEqual(Array(21).fill(true));
  const lines = await network.takeConsole();
  expect(lines).toHaveLength(20);
  for (const line of lines) expect(line).toMatch(/^consent-embed \[invalid-provider\]: the provider "[^"]*" was not registered: /);
  // The file of messages lists the kinds in its own words: every kind there is, in order.
  expect(lines[1]).toContain(`its kind "hologram" is not one of ${KINDS.join(', ')}.`);
  expect(lines[2]).toContain('its privacy policy "javascript:alert(1)" is not an https URL');
  expect(lines[11]).toContain('it needs hosts and origins');
  expect(lines[12]).toContain('its short link "elsewhere.example/s/" is not one of its hosts and a path ending in /');
  expect(lines[13]).toContain('its short link "ok.example" is not one of its hosts and a path ending in /');
  expect(lines[14]).toContain('its short link "ok.example/s" is not one of its hosts and a path ending in /');
  expect(lines[15]).toContain('its brand colour "red; background: url(https://tracker.example/)" is not of the form #rrggbb');
  expect(lines[16]).toContain('its definition is not an object of the documented shape');
  expect(lines[17]).toMatch(/the provider "" was not registered: its definition is not an object of the documented shape/);
  expect(lines[18]).toContain('the provider "odd-id" was not registered: it needs a name, as text');
  expect(lines[19]).toContain('the provider "shifty-id" was not registered: its definition is not an object of the documented shape');
});

test("a site's provider names its short links: they are explained, never parsed or followed", async ({ page, network }) => {
  const found = await page.evaluate(async () => {
    const { registerProvider, resolve } = (window as any).ConsentEmbed;
    const parsed: string[] = [];
    await registerProvider({
      id: 'short-tv',
      name: 'Short TV',
      company: 'Short Media',
      kind: 'video',
      privacyPolicy: 'https://short.example/privacy',
      hosts: ['short.example', 'sh.rt'],
      origins: ['https://player.short.example'],
      box: { ratio: '16 / 9' },
      short: ['sh.rt/', 'short.example/s/'],
      parse: (url: URL) => (parsed.push(url.href), /^\/v\/(\d+)$/.exec(url.pathname)?.[1] ?? null),
      embed: () => document.createElement('div'),
    });
    const codes = [];
    for (const src of ['https://sh.rt/abc', 'https://short.example/s/abc', 'https://short.example/v/1', 'https://short.example/sx/1']) {
      const r = await resolve(src);
      codes.push(r.ok ? 'ok' : `${r.code}: ${r.detail}`);
    }
    return { codes, parsed };
  });
  expect(found.codes).toEqual([
    expect.stringMatching(/^short-link: "https:\/\/sh\.rt\/abc" is a Short TV short link; following it would tell Short TV of the visitor\. Use the full address it opens\.$/),
    expect.stringMatching(/^short-link: /),
    'ok',
    expect.stringMatching(/^invalid-id: /),
  ]);
  expect(found.parsed).toEqual(['https://short.example/v/1', 'https://short.example/sx/1']);
  await network.expectNoForeignRequests(page);
});

// The script tag's registerProvider loads its check from a file beside the core: the elements a page adds meanwhile
// wait for the answer, rather than saying no provider serves them.
const EXAMPLE_TV = {
  id: 'example-tv',
  name: 'Example TV',
  company: 'Example Media',
  kind: 'video',
  privacyPolicy: 'https://example.org/privacy',
  hosts: ['tv.example'],
  origins: ['https://player.example.org'],
  box: { ratio: '16 / 9' },
};

async function registerAndAdd(page: import('@playwright/test').Page) {
  return page.evaluate((definition) => {
    const { registerProvider } = (window as any).ConsentEmbed;
    const added = registerProvider({ ...definition, parse: (url: URL) => url.pathname.slice(3) || null, embed: () => document.createElement('div') });
    for (const [src, provider] of [
      ['https://tv.example/v/1', ''],
      ['https://tv.example/v/2', 'example-tv'],
      ['https://elsewhere.example.org/v/3', ''],
    ]) {
      const embed = document.createElement('consent-embed');
      embed.setAttribute('src', src!);
      if (provider) embed.setAttribute('provider', provider);
      document.body.append(embed);
    }
    // The author's own embed code, naming the provider for its names and consent.
    const own = document.createElement('consent-embed');
    own.setAttribute('provider', 'example-tv');
    own.setAttribute('origins', 'player.example.org');
    const template = document.createElement('template');
    template.content.append(Object.assign(document.createElement('iframe'), { src: 'https://player.example.org/embed/4', title: 'Four' }));
    own.append(template);
    document.body.append(own);
    return added;
  }, EXAMPLE_TV);
}

test('elements added while the global registers a provider wait for it, and name it once it is known', async ({ page, network }) => {
  // A slow file: the elements render long before the check arrives.
  await page.route('**/dist/core/registration.min.js*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  expect(await registerAndAdd(page)).toBe(true);
  const [linked, named, unknown, own] = [0, 1, 2, 3].map((i) => page.locator('consent-embed').nth(i));
  for (const embed of [linked, named, own]) await expect(embed.locator('[part=notice]')).toContainText('hosted by Example TV');
  await expect(unknown.locator('[part=message]')).toBeVisible();
  expect(await network.takeConsole()).toEqual([expect.stringMatching(/^consent-embed \[unknown-provider\]: .*elsewhere\.example\.org/)]);
  await network.expectNoForeignRequests(page);
});

test('when the file that checks a registration cannot be loaded: false, one warning, and no element waits for ever', async ({ page, network }) => {
  await page.route('**/dist/core/registration.min.js*', (route) => route.fulfill({ status: 404, body: '' }));
  expect(await registerAndAdd(page)).toBe(false);
  for (const i of [0, 1, 2]) await expect(page.locator('consent-embed').nth(i).locator('[part=message]')).toBeVisible();
  // The template names a provider no one knows: its names are the author's.
  await expect(page.locator('consent-embed').nth(3).locator('[part=notice]')).toContainText('hosted by example-tv');
  const lines = (await network.takeConsole()).filter((line) => line.startsWith('consent-embed'));
  expect(lines.filter((line) => line.includes('[part-unavailable]'))).toEqual([
    expect.stringMatching(/^consent-embed \[part-unavailable\]: a file of the API beside its script could not be loaded \(.*registration\.min\.js/),
  ]);
  expect(lines.filter((line) => line.includes('[unknown-provider]'))).toHaveLength(2);
  expect(lines.filter((line) => line.includes('[invalid-provider]'))).toHaveLength(1);
  await expect(page.evaluate(() => (window as any).ConsentEmbed.listProviders())).rejects.toThrow(/registration\.min\.js/);
  await network.expectNoForeignRequests(page);
});
