import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain JavaScript module without types.
import { PATH as PROVIDERS_PATH, providerTable, withTable } from '../scripts/provider-table.js';
// @ts-expect-error: a plain JavaScript module without types.
import { SIZE_PATH, sizeSentence, withSize } from '../scripts/size.js';
// @ts-expect-error: a plain JavaScript module without types.
import { PATH, warningsPage } from '../scripts/warnings.js';
// @ts-expect-error: a plain JavaScript module without types.
import { PATH as COMPARISON_PATH, comparisonPage } from '../scripts/bench-summary.js';
// @ts-expect-error: a plain JavaScript module without types.
import { LINK, withVersion } from '../scripts/package-links.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string | URL) => readFileSync(path, 'utf8');
const readme = () => read(join(root, 'README.md'));
/** README.md, CONTRIBUTING.md and every page of docs/, as paths from the root. */
const pages = () => ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

test('docs/providers.md lists every built-in provider as the build knows it (npm run docs updates it)', async () => {
  const page = read(PROVIDERS_PATH);
  expect(page).toBe(withTable(page, await providerTable()));
});

test('docs/install.md gives the size the build has (npm run docs updates it)', async () => {
  const page = read(SIZE_PATH);
  expect(page).toBe(withSize(page, await sizeSentence()));
});

test('docs/comparison.md shows the published bench run as docs/bench/results.json has it (npm run bench and npm run docs update it)', () => {
  expect(read(COMPARISON_PATH)).toBe(comparisonPage());
});

test("docs/install.md's script-tag section names every file the core may load from beside itself", () => {
  const page = read(join(root, 'docs/install.md'));
  const install = page.slice(page.indexOf('## Script tag'), page.indexOf('```sh', page.indexOf('## Script tag')));
  const dist = new URL('../dist/', import.meta.url);
  const files = (readdirSync(dist, { recursive: true }) as string[])
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.min.js') && file !== 'consent-embed.min.js');
  // A file is named as itself, or by the pattern of its kind: one provider's code, one language, one bridge, a shared chunk.
  const named = (file: string) =>
    [
      `\`${file}\``,
      /^providers\/[a-z0-9-]+\.min\.js$/.test(file) && '`providers/<id>.min.js`',
      /^i18n\/[a-z]{2}\.min\.js$/.test(file) && '`i18n/<lang>.min.js`',
      /^bridges\/[a-z0-9-]+\.min\.js$/.test(file) && '`bridges/<name>.min.js`',
      file.startsWith('chunks/') && '`chunks/`',
    ].some((form) => form && install.includes(form));
  expect(files.length).toBeGreaterThan(40);
  expect(files.filter((file) => !named(file))).toEqual([]);
});

test('docs/warnings.md words every warning as the build does, by code (npm run docs updates it)', async () => {
  expect(read(PATH)).toBe(await warningsPage());
});

test('docs/troubleshooting.md gives the cause of every warning code docs/warnings.md lists', () => {
  const codes = [...read(PATH).matchAll(/^## `([a-z-]+)`$/gm)].map(([, code]) => code);
  const causes = new Set([...read(join(root, 'docs/troubleshooting.md')).matchAll(/^\| `([a-z-]+)` +\|/gm)].map(([, code]) => code));
  expect(codes.length).toBeGreaterThan(15);
  expect(codes.filter((code) => !causes.has(code))).toEqual([]);
});

test('every number of providers the docs state is the length of the built-in list', async () => {
  const { builtins } = await import(new URL('../dist/providers/builtins.js', import.meta.url).href);
  const stated = pages().flatMap((page) => [...read(join(root, page)).matchAll(/\b(\d+) providers\b/g)].map(([text, n]) => ({ page, text, n: Number(n) })));
  expect(stated.filter(({ page }) => page === 'README.md').length).toBeGreaterThan(0);
  expect(stated.filter(({ n }) => n !== builtins.length)).toEqual([]);
});

test("the README's table of settings is the one in docs/configuration.md", () => {
  const table = (text: string) => text.slice(text.indexOf('| setting |'), text.indexOf('\n\n', text.indexOf('| setting |')));
  expect(table(readme())).toContain('| theme | `data-theme` |');
  expect(table(readme())).toBe(table(read(join(root, 'docs/configuration.md'))));
});

test("the README's links into the published package name this version and files it ships (npm run docs updates the version)", () => {
  const pkg = JSON.parse(read(join(root, 'package.json')));
  const text = readme();
  const links = [...text.matchAll(LINK)].map(([, version, path]) => ({ version, path }));
  expect(links.length).toBeGreaterThanOrEqual(2);
  expect(text).toBe(withVersion(text, pkg.version));
  for (const { path } of links) {
    expect(existsSync(join(root, path)), path).toBe(true);
    expect(pkg.files.some((entry: string) => path === entry || path.startsWith(`${entry}/`)), `${path} is in package.json files`).toBe(true);
  }
});

/** A heading's anchor, as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** A page's text without its code: fenced blocks and inline spans hold no links or headings. */
const prose = (text: string) => text.replace(/^```[^]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');

/** Every anchor of a Markdown page, numbered as GitHub numbers repeated headings. */
function anchors(text: string) {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, heading] of text.replace(/^```[^]*?^```$/gm, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n ? `${base}-${n}` : base);
  }
  return found;
}

// docs/previews.md (posters and previews) is being written at the same time as these pages:
// links to it are skipped until it exists; once it does, it is checked like every other page.
const PENDING = ['docs/previews.md'];

test('every relative link in README.md, CONTRIBUTING.md and docs/*.md leads to a file, and to a heading where it names one', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages()) {
    for (const [, target] of prose(read(join(root, page))).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:: not a file of the repository
      const [file, anchor] = target.split('#');
      const path = file ? relative(root, join(dirname(join(root, page)), decodeURIComponent(file))) : page;
      if (PENDING.includes(path) && !existsSync(join(root, path))) continue;
      checked++;
      if (!existsSync(join(root, path))) broken.push(`${page}: ${target} (no ${path})`);
      else if (anchor !== undefined && !anchors(read(join(root, path))).has(anchor)) broken.push(`${page}: ${target} (no heading #${anchor} in ${path})`);
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});

test("the README gives the two commands that set everything up and test it, and they are the package's scripts", () => {
  const text = readme();
  expect(text).toContain('npm install && npm start');
  expect(text).toMatch(/^npm test\b/m);
  const { scripts } = JSON.parse(read(join(root, 'package.json'))) as { scripts: Record<string, string> };
  expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['start', 'test']));
});
