import type { Page } from '@playwright/test';
import { expect, test as base } from './network.js';

/**
 * One page per worker serves every provider's table: each table only resolves
 * and builds elements without inserting them, so nothing is requested and
 * nothing carries over from one table to the next.
 */
const test = base.extend<object, { tablePage: Page }>({
  tablePage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const page = await context.newPage();
      await page.goto('/test/fixtures/blank.html');
      await page.addScriptTag({ url: '/dist/consent-embed.min.js' });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** What a provider built for one URL, read in a real page from the script-tag build. */
export interface Built {
  /** Who the visitor is asked about. */
  party: { key: string; name: string; company: string; kind: string; software?: string; privacyPolicy?: string; origins: string[] };
  box: { ratio?: string; height?: number };
  tag: string;
  src: string;
  allow: string;
  referrerPolicy: string;
  sandbox: string | null;
  title: string;
  loading: string;
}

/** Frame attributes a row may pin down; any left out are checked against the provider's defaults. */
export type Expected = Partial<Omit<Built, 'party' | 'box'>> & { party?: Partial<Built['party']>; box?: Built['box'] };

/** A URL as a visitor copies it, optionally forced to a provider id, and what it must build. */
export type Valid = [url: string, expected: Expected] | [url: string, forced: string, expected: Expected];
/** A URL that must be refused, optionally forced to a provider id, and the warning code it gets. */
export type Invalid = [url: string, forced: string | null, code: string];

/** Resolves and builds every row in one page, without inserting anything: nothing is requested. */
export function build(page: Page, rows: [url: string, forced: string | null][]): Promise<(Built | { code: string; detail: string })[]> {
  return page.evaluate((list) => {
    const { resolve } = (window as any).ConsentEmbed;
    return Promise.all(list.map(async ([url, forced]) => {
      const r = await resolve(url, forced);
      if (!r.ok) return { code: r.code, detail: r.detail };
      const el = r.provider.embed(r.target, { title: 'T', autoplay: false, host: 'www.example.org' });
      return {
        party: { ...r.party, origins: [...r.party.origins] },
        box: { ...r.box },
        tag: el.localName,
        src: el.src,
        allow: el.getAttribute('allow') ?? '',
        referrerPolicy: el.referrerPolicy,
        sandbox: el.getAttribute('sandbox'),
        title: el.title,
        loading: el.getAttribute('loading') ?? '',
      };
    }));
  }, rows);
}

/**
 * The table of one provider: every URL form in, the exact frame out; every bad
 * form refused with its code. Each row is checked on its own (soft
 * assertions), so one run names every row that is wrong.
 */
export function describeProvider(
  id: string,
  table: { defaults: Expected; valid: Valid[]; invalid: Invalid[] }
): void {
  test(`${id}: every URL form it accepts builds the exact frame, and every bad form is refused with its code`, async ({
    tablePage: page,
  }) => {
    const rows = table.valid.map((row) => (row.length === 3 ? [row[0], row[1]] : [row[0], null]) as [string, string | null]);
    const built = await build(page, rows);
    table.valid.forEach((row, i) => {
      const expected = row.length === 3 ? row[2] : row[1];
      const { party, box, ...frame } = { ...table.defaults, ...expected };
      const got = built[i]!;
      expect.soft(got, row[0]).not.toHaveProperty('code');
      if ('code' in got) return;
      expect.soft(got, row[0]).toMatchObject({ ...frame, ...(party ? { party } : {}), ...(box ? { box } : {}) });
      expect.soft(got.party.key, row[0]).toMatch(new RegExp(`^${id}(:|$)`));
    });

    const refused = await build(page, table.invalid.map(([url, forced]) => [url, forced]));
    table.invalid.forEach(([url, forced, code], i) => {
      expect.soft(refused[i], `${url}${forced ? ` as ${forced}` : ''}`).toMatchObject({ code });
    });
  });
}
