import { expect, test } from '../support/network.js';

const { KINDS } = (await import('../../dist/providers/boxes.js')) as { KINDS: readonly string[] };

// The registry from a site's point of view: what it can list, and a provider of its own.

test.beforeEach(async ({ page }) => {
  await page.goto('/test/fixtures/blank.html');
  await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
});

test('listProviders describes every provider as plain data', async ({ page }) => {
  const list = await page.evaluate(() => JSON.parse(JSON.stringify((window as any).ConsentEmbed.listProviders())));
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
    hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
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
  const results = await page.evaluate(() => {
    const { registerProvider, getProvider } = (window as any).ConsentEmbed;
    const base = {
      id: 'ok-id',
      name: 'OK',
      company: 'OK Inc.',
      kind: 'video',
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
    ];
    return [
      ...bad.map((change) => {
        try {
          return registerProvider({ ...base, ...change, id: change.id ?? 'bad-one' }) === false && !getProvider('bad-one') && !getProvider('Not OK');
        } catch (error) {
          return (error as Error).message;
        }
      }),
      registerProvider(null) === false,
      registerProvider(Object.defineProperty({ ...base }, 'id', { get: () => { throw new Error('boom'); } })) === false,
      registerProvider({ ...base, id: 'odd-id', name: { toString: () => { throw new Error('boom'); } } }) === false && !getProvider('odd-id'),
      // Passes the check, then throws when read again to be kept.
      (() => {
        let reads = 0;
        const shifty = Object.defineProperty({ ...base, id: 'shifty-id' }, 'parse', { get: () => (reads++ ? (() => { throw new Error('boom'); })() : () => null) });
        return registerProvider(shifty) === false && !getProvider('shifty-id');
      })(),
      registerProvider(base) === true && getProvider('ok-id')?.name === 'OK',
    ];
  });
  expect(results).toEqual(Array(17).fill(true));
  const lines = await network.takeConsole();
  expect(lines).toHaveLength(16);
  for (const line of lines) expect(line).toMatch(/^consent-embed \[invalid-provider\]: the provider "[^"]*" was not registered: /);
  // The file of messages lists the kinds in its own words: every kind there is, in order.
  expect(lines[1]).toContain(`its kind "hologram" is not one of ${KINDS.join(', ')}.`);
  expect(lines[2]).toContain('its privacy policy "javascript:alert(1)" is not an https URL');
  expect(lines[11]).toContain('it needs hosts and origins');
  expect(lines[12]).toContain('its definition is not an object of the documented shape');
  expect(lines[13]).toMatch(/the provider "" was not registered: its definition is not an object of the documented shape/);
  expect(lines[14]).toContain('the provider "odd-id" was not registered: it needs a name, as text');
  expect(lines[15]).toContain('the provider "shifty-id" was not registered: its definition is not an object of the documented shape');
});
