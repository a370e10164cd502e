import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parts, readRecord } from '../support/embed.js';
import { expect, test, type Network } from '../support/network.js';

// The bridges against stand-ins of the consent managers (demo/bridges/stand-ins/), on real pages: the visitor
// answers in the stand-in's banner and on the embeds, and the tests read the frames, the stored records, the
// change events, and the stand-in's own stored state (localStorage `stand-in:<name>`).

type Embed = 'youtube' | 'vimeo';

// Tall enough that both embeds are near the viewport: a consented embed loads its frame only then.
test.use({ viewport: { width: 1280, height: 1600 } });

interface Case {
  /** As in `data-bridge`. */
  readonly name: string;
  /** What "Accept all" in its banner loads (TCF: Google's vendor id is mapped, Vimeo has none). */
  readonly loads: readonly Embed[];
  /** The manager's defaults, which `?default=granted` turns on in its stand-in: no choice. */
  readonly defaults: string;
  /** Its stand-in's stored state after "Accept all": what a returning visitor has. */
  readonly accepted: unknown;
  /** For a manager told of choices made on the page: YouTube's consent in its stand-in's stored state. */
  readonly youtube?: (state: any) => unknown;
  /** The global that is missing when the manager is. */
  readonly global: string;
}

const CASES: readonly Case[] = [
  {
    name: 'cookiebot',
    loads: ['youtube', 'vimeo'],
    defaults: 'implied consent (method "implied")',
    accepted: { necessary: true, preferences: true, statistics: true, marketing: true, method: 'explicit' },
    global: 'Cookiebot',
  },
  {
    name: 'onetrust',
    loads: ['youtube', 'vimeo'],
    defaults: 'every group active while the banner is open',
    accepted: { groups: ['C0001', 'C0002', 'C0003', 'C0004'] },
    global: 'OneTrust',
  },
  {
    name: 'tcf',
    loads: ['youtube'],
    defaults: 'purposes ticked in TC data that says "cmpuishown"',
    accepted: { purposes: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, true])), vendors: { 755: true } },
    global: '__tcfapi',
  },
  {
    name: 'consent-mode',
    loads: ['youtube', 'vimeo'],
    defaults: "gtag('consent', 'default') granting everything",
    accepted: { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' },
    global: 'dataLayer',
  },
  {
    name: 'klaro',
    loads: ['youtube', 'vimeo'],
    defaults: 'services consented by default but not confirmed',
    accepted: { youtube: true, vimeo: true },
    youtube: (state) => state?.youtube,
    global: 'klaro',
  },
  {
    name: 'usercentrics',
    loads: ['youtube', 'vimeo'],
    defaults: 'implicit consent',
    accepted: { 'YouTube Video': true, Vimeo: true },
    youtube: (state) => state?.['YouTube Video'],
    global: 'UC_UI',
  },
];

/** Long enough for a bridge's looks (every 250 ms), a stand-in that starts 300 ms after load, and the store's writes. */
const SETTLE = 1000;

const warning = (text: string) => `consent-embed [bridge]: ${text}`;

/** For `expect.poll`: the console warnings so far, kept as they are taken. */
function warnings(network: Network): () => Promise<string[]> {
  const seen: string[] = [];
  return async () => (seen.push(...(await network.takeConsole())), seen);
}

/** How many bridges follow the providers in use: a bridge does once connected, its file loaded beside the script. */
const bridgesConnected = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as any)[Symbol.for('consent-embed.in-use')]?.listeners.size ?? 0);
const connected = async (page: Page) => (await bridgesConnected(page)) > 0;

/**
 * Opens a bridge's demo page (or `path`), recording every consent change; with `stored`, the visitor returns
 * with that state in the stand-in. Waits until the bridge is connected, unless told that none will be: what
 * happens before its file has come is weighed apart (see the tests that hold it back).
 */
async function open(
  page: Page,
  name: string,
  { path = `/demo/bridges/${name}.html`, stored, connects = true }: { path?: string; stored?: unknown; connects?: boolean } = {}
) {
  await page.addInitScript(() => {
    const changes: unknown[] = ((window as any).bridgeTestChanges = []);
    document.addEventListener('consent-embed-change', (e: any) => changes.push({ provider: e.provider, scope: e.scope, source: e.source }));
  });
  if (stored !== undefined) {
    await page.goto('/test/fixtures/blank.html');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`stand-in:${name}`, JSON.stringify(stored)] as const);
  }
  await page.goto(path);
  if (connects) await expect.poll(() => connected(page), { message: `the ${name} bridge connects` }).toBe(true);
  return {
    embed: (id: Embed) => page.locator(`consent-embed[src*="${id}"]`),
    banner: page.locator('#stand-in'),
    /** The changes for the page's two embeds; a bridge also grants the other providers under the same category. */
    changes: (): Promise<unknown[]> => page.evaluate(() => (window as any).bridgeTestChanges.filter((c: any) => ['youtube', 'vimeo'].includes(c.provider))),
    /** Every change, for any provider. */
    allChanges: (): Promise<unknown[]> => page.evaluate(() => (window as any).bridgeTestChanges),
    state: (): Promise<unknown> => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `stand-in:${name}`),
  };
}

/** The change events that grants or withdrawals of these providers fire. */
const made = (providers: readonly string[], scope: string, source: string) =>
  providers.map((provider) => ({ provider, scope, source }));

for (const c of CASES) {
  const others = (['youtube', 'vimeo'] as const).filter((id) => !c.loads.includes(id));

  test.describe(`the ${c.name} bridge`, () => {
    test(`loads nothing before a choice, even with the manager's defaults: ${c.defaults}`, async ({ page, network }) => {
      const { banner, allChanges } = await open(page, c.name, { path: `/demo/bridges/${c.name}.html?default=granted` });
      await expect(banner.getByRole('button', { name: 'Accept all', exact: true })).toBeVisible();
      await page.waitForTimeout(SETTLE);

      await expect(page.locator('consent-embed iframe')).toHaveCount(0);
      expect(await readRecord(page, 'youtube')).toBeUndefined();
      expect(await readRecord(page, 'vimeo')).toBeUndefined();
      expect(await page.evaluate(() => (window as any).ConsentEmbed.list())).toEqual([]);
      expect(await allChanges()).toEqual([]);
      await network.expectNoForeignRequests(page);
    });

    test(`loads ${c.loads.join(' and ')} when the visitor accepts in the banner, and unloads when they reject there`, async ({ page }) => {
      const { embed, banner, changes } = await open(page, c.name);
      await banner.getByRole('button', { name: 'Accept all', exact: true }).click();
      for (const id of c.loads) {
        await expect(parts(embed(id)).frame).toHaveCount(1);
        await expect.poll(() => readRecord(page, id)).toMatchObject({ provider: id, scope: 'session' });
      }
      for (const id of others) {
        await expect(parts(embed(id)).button).toBeVisible();
        expect(await readRecord(page, id)).toBeUndefined();
      }
      expect(await changes()).toEqual(expect.arrayContaining(made(c.loads, 'session', `bridge:${c.name}`)));
      expect(await changes()).toHaveLength(c.loads.length);

      await banner.getByRole('button', { name: 'Privacy settings' }).click();
      await banner.getByRole('button', { name: 'Reject all' }).click();
      for (const id of c.loads) {
        await expect(parts(embed(id)).button).toBeVisible();
        await expect(parts(embed(id)).frame).toHaveCount(0);
        await expect.poll(() => readRecord(page, id)).toMatchObject({ provider: id, scope: 'withdrawn' });
      }
      expect((await changes()).slice(c.loads.length)).toEqual(expect.arrayContaining(made(c.loads, 'withdrawn', `bridge:${c.name}`)));
      expect(await changes()).toHaveLength(2 * c.loads.length);
    });

    test(`loads for a returning visitor when the manager comes late, and ${c.youtube ? 'tells it of' : 'keeps'} a withdrawal made on the embed`, async ({
      page,
    }) => {
      const { embed, changes, state } = await open(page, c.name, { path: `/demo/bridges/${c.name}.html?late=1`, stored: c.accepted });
      for (const id of c.loads) await expect(parts(embed(id)).frame).toHaveCount(1);
      expect(await changes()).toEqual(expect.arrayContaining(made(c.loads, 'session', `bridge:${c.name}`)));

      await embed('youtube').getByRole('button', { name: 'Stop loading YouTube' }).click();
      await expect(parts(embed('youtube')).button).toBeVisible();
      await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
      expect(await changes()).toContainEqual({ provider: 'youtube', scope: 'withdrawn', source: 'embed' });
      if (c.youtube) await expect.poll(async () => c.youtube!(await state())).toBe(false);
      else expect(await state()).toEqual(c.accepted);

      // The manager's stored answer, read back on load, does not bring back what the visitor stopped.
      await page.reload();
      await page.waitForTimeout(SETTLE);
      await expect(parts(embed('youtube')).button).toBeVisible();
      await expect(parts(embed('youtube')).frame).toHaveCount(0);
      if (c.loads.includes('vimeo')) await expect(parts(embed('vimeo')).frame).toHaveCount(1);
      expect(await changes()).toEqual([]);
    });

    test(`${c.youtube ? 'tells' : 'does not tell'} the manager of a click on a placeholder`, async ({ page }) => {
      const { embed, banner, changes, state } = await open(page, c.name);
      await banner.getByRole('button', { name: 'Reject all' }).click();
      await expect(banner.getByRole('button', { name: 'Privacy settings' })).toBeVisible();
      const before = await state();

      await parts(embed('youtube')).button.click();
      await expect(parts(embed('youtube')).frame).toHaveCount(1);
      expect(await changes()).toEqual([{ provider: 'youtube', scope: 'session', source: 'placeholder' }]);
      if (c.youtube) await expect.poll(async () => c.youtube!(await state())).toBe(true);
      await page.waitForTimeout(SETTLE);
      if (!c.youtube) expect(await state()).toEqual(before);
      // Whatever the manager says back, the video the visitor chose stays.
      await expect(parts(embed('youtube')).frame).toHaveCount(1);
      expect(await changes()).toHaveLength(1);
    });

    test(`says once that ${c.name} is missing, five seconds after load, and the embeds keep working`, async ({ page, network }) => {
      await page.clock.install();
      const { embed } = await open(page, c.name, { path: `/test/fixtures/bridges/page.html?bridge=${c.name}` });
      // Storage answers first: run ahead, the store's own time-out (on the faked clock) would give up on it.
      await expect(parts(embed('youtube')).button).toBeVisible();
      await page.evaluate(() => (window as any).ConsentEmbed.list());
      expect(await bridgesConnected(page)).toBe(1);
      await page.clock.runFor(6000);
      await expect.poll(warnings(network)).toEqual([
        warning(`the ${c.name} bridge: window.${c.global} is not on this page. Embeds keep asking visitors themselves.`),
      ]);
      await parts(embed('youtube')).button.click();
      await expect(parts(embed('youtube')).frame).toHaveCount(1);
    });
  });
}

test.describe("the visitor's first answer in the banner is a choice made now", () => {
  // Consent Mode cannot tell a stored answer sent again on load from one made now: see consent-mode.ts.
  for (const c of CASES.filter((c) => c.name !== 'consent-mode')) {
    test(`${c.name}: "Reject all" unloads a video loaded from its placeholder before`, async ({ page }) => {
      const { embed, banner, changes } = await open(page, c.name);
      await parts(embed('youtube')).button.click();
      await expect(parts(embed('youtube')).frame).toHaveCount(1);

      await banner.getByRole('button', { name: 'Reject all' }).click();
      await expect(parts(embed('youtube')).button).toBeVisible();
      await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
      expect(await changes()).toEqual([
        { provider: 'youtube', scope: 'session', source: 'placeholder' },
        { provider: 'youtube', scope: 'withdrawn', source: `bridge:${c.name}` },
      ]);
    });
  }

  for (const c of CASES) {
    test(`${c.name}: "Reject all" given before the bridge's file came unloads a video loaded then, once it comes`, async ({ page }) => {
      // The bridge's files are held until the visitor has clicked and answered: a slow network, in the first moments.
      let arrive!: () => void;
      const held = new Promise<void>((resolve) => (arrive = resolve));
      await page.route(/\/dist\/(bridges|chunks)\//, async (route) => {
        await held;
        await route.continue();
      });
      const { embed, banner, changes } = await open(page, c.name, { connects: false });
      await parts(embed('youtube')).button.click();
      await expect(parts(embed('youtube')).frame).toHaveCount(1);
      await banner.getByRole('button', { name: 'Reject all' }).click();
      await page.waitForTimeout(SETTLE);
      expect(await connected(page)).toBe(false);
      await expect(parts(embed('youtube')).frame).toHaveCount(1);

      arrive();
      await expect(parts(embed('youtube')).button).toBeVisible();
      await expect(parts(embed('youtube')).frame).toHaveCount(0);
      await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
      expect(await changes()).toEqual([
        { provider: 'youtube', scope: 'session', source: 'placeholder' },
        { provider: 'youtube', scope: 'withdrawn', source: `bridge:${c.name}` },
      ]);
    });
  }

  test('cookiebot: a refusal read back leaves a video loaded after it, on this page and the next', async ({ page }) => {
    const refused = { necessary: true, preferences: false, statistics: false, marketing: false, method: 'explicit' };
    const { embed, changes } = await open(page, 'cookiebot', { stored: refused });
    await page.waitForTimeout(SETTLE);
    await parts(embed('youtube')).button.click();
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    await page.waitForTimeout(SETTLE);
    await expect(parts(embed('youtube')).frame).toHaveCount(1);

    // On the next page the grant is an earlier page's, which a bridge heard: the same refusal, read back again, leaves it.
    await page.reload();
    await expect.poll(() => connected(page)).toBe(true);
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    await page.waitForTimeout(SETTLE);
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    expect(await readRecord(page, 'youtube')).toMatchObject({ scope: 'session' });
    expect(await changes()).toEqual([]);
  });

  test('cookiebot: "Accept all" loads a video the visitor stopped on its embed before', async ({ page }) => {
    const { embed, banner, changes } = await open(page, 'cookiebot');
    await parts(embed('youtube')).button.click();
    await embed('youtube').getByRole('button', { name: 'Stop loading YouTube' }).click();
    await expect(parts(embed('youtube')).button).toBeVisible();

    await banner.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    expect(await changes()).toContainEqual({ provider: 'youtube', scope: 'session', source: 'bridge:cookiebot' });
  });
});

test('a bridge whose file to grant with cannot be loaded grants nothing and warns once, and the embeds keep asking', async ({ page, network }) => {
  await page.route('**/dist/core/choices.min.js*', (route) => route.fulfill({ status: 404, body: '' }));
  const { embed, banner, changes } = await open(page, 'cookiebot');
  const lines: string[] = [];
  await banner.getByRole('button', { name: 'Accept all', exact: true }).click();
  const ours = () => lines.filter((line) => line.startsWith('consent-embed'));
  await expect.poll(async () => (lines.push(...(await network.takeConsole())), ours().length)).toBe(2);
  // The page's settings element needs the file too, and says so; the bridge says so once, however often the manager speaks.
  expect(ours()).toEqual([
    expect.stringMatching(/^consent-embed \[part-unavailable\]: <consent-embed-settings> could not load its file/),
    expect.stringMatching(/^consent-embed \[bridge\]: the cookiebot bridge: could not load the file it grants with \(.*\)\. Embeds keep asking visitors themselves\.$/),
  ]);
  await expect(parts(embed('youtube')).button).toBeVisible();
  expect(await changes()).toEqual([]);

  // The placeholder's own choice needs no such file.
  await parts(embed('youtube')).button.click();
  await expect(parts(embed('youtube')).frame).toHaveCount(1);
  expect(await changes()).toEqual([{ provider: 'youtube', scope: 'session', source: 'placeholder' }]);
});

test.describe('what each manager means', () => {
  test('tcf: where GDPR does not apply, TCF says nothing about consent, and accepting loads nothing', async ({ page, network }) => {
    const { banner, allChanges } = await open(page, 'tcf', { path: '/demo/bridges/tcf.html?gdpr=0' });
    await banner.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.waitForTimeout(SETTLE);
    await expect(page.locator('consent-embed iframe')).toHaveCount(0);
    expect(await readRecord(page, 'youtube')).toBeUndefined();
    expect(await allChanges()).toEqual([]);
    await network.expectNoForeignRequests(page);
  });

  test('tcf: a later choice without purpose 1 unloads YouTube', async ({ page }) => {
    const { embed, banner, changes } = await open(page, 'tcf');
    await banner.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect(parts(embed('youtube')).frame).toHaveCount(1);

    await banner.getByRole('button', { name: 'Privacy settings' }).click();
    await banner.getByRole('button', { name: 'Accept all but purpose 1' }).click();
    await expect(parts(embed('youtube')).button).toBeVisible();
    await expect.poll(() => readRecord(page, 'youtube')).toMatchObject({ scope: 'withdrawn' });
    expect((await changes()).at(-1)).toEqual({ provider: 'youtube', scope: 'withdrawn', source: 'bridge:tcf' });
  });

  test('cookiebot: data-bridge-map puts YouTube under preferences, so accepting only those loads YouTube, not Vimeo', async ({ page }) => {
    const { embed, banner } = await open(page, 'cookiebot');
    await expect(page.locator('script[data-bridge-map]')).toHaveAttribute('data-bridge-map', '{"youtube":"preferences"}');
    await banner.getByRole('button', { name: 'Accept preferences only' }).click();
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    await page.waitForTimeout(SETTLE);
    await expect(parts(embed('vimeo')).button).toBeVisible();
    expect(await readRecord(page, 'vimeo')).toBeUndefined();
  });

  test('usercentrics: "Accept YouTube only" loads YouTube, not Vimeo', async ({ page }) => {
    const { embed, banner } = await open(page, 'usercentrics');
    await banner.getByRole('button', { name: 'Accept YouTube only' }).click();
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    await page.waitForTimeout(SETTLE);
    await expect(parts(embed('vimeo')).button).toBeVisible();
    expect(await readRecord(page, 'vimeo')).toBeUndefined();
  });

  test('klaro: a switch flipped in the modal counts only once saved', async ({ page }) => {
    const { embed, banner } = await open(page, 'klaro', { stored: { youtube: false, vimeo: false } });
    await banner.getByRole('button', { name: 'Privacy settings' }).click();
    await banner.getByRole('checkbox', { name: 'YouTube' }).check();
    await page.waitForTimeout(SETTLE);
    await expect(parts(embed('youtube')).frame).toHaveCount(0);

    await banner.getByRole('button', { name: 'Save choices' }).click();
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    await expect(parts(embed('vimeo')).button).toBeVisible();
  });
});

test.describe('a manager that fails', () => {
  const faults = [
    {
      title: 'TCF whose __tcfapi throws',
      bridge: 'tcf',
      manager: () => {
        (window as any).__tcfapi = () => {
          throw new Error('CMP exploded');
        };
      },
      warning: 'the tcf bridge: window.__tcfapi failed (Error: CMP exploded).',
    },
    {
      title: 'OneTrust that comes late and throws when asked whether its banner is closed',
      bridge: 'onetrust',
      manager: () => {
        addEventListener('load', () =>
          setTimeout(() => {
            (window as any).OneTrust = {
              IsAlertBoxClosed() {
                throw new Error('CMP exploded');
              },
            };
            (window as any).OnetrustActiveGroups = ',C0001,';
            dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: ['C0001'] }));
          }, 300)
        );
      },
      warning: 'the onetrust bridge: window.OneTrust failed (Error: CMP exploded).',
    },
    {
      title: 'OneTrust whose active groups are a number',
      bridge: 'onetrust',
      manager: () => {
        (window as any).OneTrust = { IsAlertBoxClosed: () => true };
        (window as any).OnetrustActiveGroups = 42;
      },
      warning: 'the onetrust bridge: its active groups are neither a list nor text.',
    },
    {
      title: 'Cookiebot whose consent is text',
      bridge: 'cookiebot',
      manager: () => {
        (window as any).Cookiebot = { hasResponse: true, consent: 'marketing' };
      },
      warning: 'the cookiebot bridge: Cookiebot.consent is not an object.',
    },
  ];
  for (const fault of faults) {
    test(`${fault.title}: one warning, and the embeds keep asking the visitor`, async ({ page, network }) => {
      await page.addInitScript(fault.manager);
      const { embed } = await open(page, fault.bridge, { path: `/test/fixtures/bridges/page.html?bridge=${fault.bridge}` });
      await expect.poll(warnings(network)).toEqual([warning(`${fault.warning} Embeds keep asking visitors themselves.`)]);
      await expect(page.locator('consent-embed iframe')).toHaveCount(0);
      await parts(embed('youtube')).button.click();
      await expect(parts(embed('youtube')).frame).toHaveCount(1);
      await page.waitForTimeout(SETTLE);
    });
  }

  test('data-bridge="nope": one warning, no bridge loaded, and the embeds keep asking the visitor', async ({ page, network }) => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    const { embed } = await open(page, 'nope', { path: '/test/fixtures/bridges/page.html?bridge=nope', connects: false });
    await parts(embed('youtube')).button.click();
    await expect(parts(embed('youtube')).frame).toHaveCount(1);
    expect(await network.takeConsole()).toEqual([
      warning('data-bridge names "nope"; known bridges are tcf, consent-mode, klaro, cookiebot, usercentrics, onetrust.'),
    ]);
    expect(scripts.filter((path) => path.includes('/bridges/'))).toEqual([]);
  });

  test('data-bridge-map that is not JSON: one warning, and the bridge keeps its defaults', async ({ page, network }) => {
    const { embed, banner } = await open(page, 'cookiebot', {
      path: `/test/fixtures/bridges/page.html?bridge=cookiebot&stand-in=cookiebot&map=${encodeURIComponent('{youtube: preferences}')}`,
    });
    await banner.getByRole('button', { name: 'Accept all', exact: true }).click();
    for (const id of ['youtube', 'vimeo'] as const) await expect(parts(embed(id)).frame).toHaveCount(1);
    expect(await network.takeConsole()).toEqual([
      expect.stringMatching(/^consent-embed \[bridge\]: data-bridge-map is not a JSON object of provider ids to categories \(SyntaxError: .*\); the bridge's defaults apply\.$/),
    ]);
  });
});

test('the bridge demo pages pass an accessibility check, banner open', async ({ page }) => {
  test.slow(); // seven pages, on a machine that may be busy
  const axe = (banner = false) => {
    const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    return (banner ? builder.include('#stand-in') : builder).analyze();
  };
  await page.goto('/demo/bridges/');
  await expect(page.getByRole('listitem')).toHaveText(['Cookiebot', 'OneTrust', 'IAB TCF', 'Google Consent Mode', 'Klaro', 'Usercentrics']);
  expect((await axe()).violations).toEqual([]);
  for (const c of CASES) {
    await page.goto(`/demo/bridges/${c.name}.html`);
    await expect(page.locator('#stand-in').getByRole('button', { name: 'Accept all', exact: true })).toBeVisible();
    await expect(page.locator('consent-embed').first().getByRole('button').first()).toBeVisible();
    // The whole page once; the embeds and the settings element have their own checks, so the other banners alone.
    expect((await axe(c.name !== 'cookiebot')).violations, c.name).toEqual([]);
  }
});
