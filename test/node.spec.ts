import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A server render (Next.js, Nuxt, SvelteKit, Astro) imports the package in
// Node: no entry may touch `document` or `window` when it is imported.

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, unknown> };

/** Every module the package exports for npm, wildcards expanded: `consent-embed/providers/vimeo.js` and the rest. */
function entries(): string[] {
  const found: string[] = [];
  for (const [name, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : (target as { default?: string }).default;
    if (!file?.endsWith('.js') || file.endsWith('.min.js') || name.includes('.min.')) continue;
    if (!file.includes('*')) {
      found.push(file);
      continue;
    }
    const [dir, suffix] = file.split('*') as [string, string];
    for (const entry of readdirSync(new URL(dir, root))) if (entry.endsWith(suffix) && !entry.endsWith('.min.js')) found.push(dir + entry);
  }
  return found;
}

test('every npm entry imports in plain Node, touching no document or window', () => {
  const files = entries();
  expect(files.length).toBeGreaterThan(45);
  // Every read of a global document or window by the library's own modules during the imports is recorded.
  // (Lit's Node build looks whether a document exists, to use its own shim: that read is Lit's.)
  const script = `
    const touched = new Set();
    for (const name of ['document', 'window']) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          const caller = new Error().stack.split('\\n')[2] ?? '';
          if (caller.includes('/dist/')) touched.add(name + ' from ' + caller.trim());
        },
      });
    }
    for (const file of ${JSON.stringify(files)}) await import(new URL(file, ${JSON.stringify(root.href)}));
    console.log(touched.size ? 'touched ' + [...touched].join(', ') : 'imported');`;
  expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()).toBe('imported');
});

/** An app's bundle of `entry`, as a bundler makes it from the npm build: `lit` and `idb-keyval` are the app's. */
async function bundle(entry: string): Promise<string> {
  const { rollup } = await import('rollup');
  const dist = new URL('dist/', root);
  const build = await rollup({
    input: 'app',
    external: [/^lit(\/|$)/, /^@lit\//, 'idb-keyval'],
    onwarn: () => {},
    plugins: [
      {
        name: 'app',
        resolveId: (id: string) => (id === 'app' ? id : id === 'consent-embed' ? new URL('index.js', dist).pathname : id.startsWith('consent-embed/') ? new URL(id.slice(14), dist).pathname : null),
        load: (id: string) => (id === 'app' ? entry : null),
      },
    ],
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  return output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

/** Each built-in provider's data, as the bundle writes it: only its module holds it. */
const MARKERS: Record<string, string> = Object.fromEntries(['youtube', 'vimeo', 'spotify', 'soundcloud', 'google-maps'].map((id) => [id, `id: "${id}"`]));

test("an app's bundle holds only what it imports: no provider for { grant }, two providers for two", async () => {
  // Every marker is in the bundle of an app that registers every provider.
  const all = await bundle(`import 'consent-embed/define.js';`);
  for (const marker of Object.values(MARKERS)) expect(all, marker).toContain(marker);

  const api = await bundle(`import { grant } from 'consent-embed'; grant('youtube');`);
  for (const marker of Object.values(MARKERS)) expect(api, marker).not.toContain(marker);
  expect(api).not.toContain('customElements.define');

  const two = await bundle(`
    import { define, registerProvider } from 'consent-embed';
    import * as youtube from 'consent-embed/providers/youtube.js';
    import * as vimeo from 'consent-embed/providers/vimeo.js';
    registerProvider(youtube);
    registerProvider(vimeo);
    define();`);
  expect(two).toContain(MARKERS.youtube);
  expect(two).toContain(MARKERS.vimeo);
  for (const id of ['spotify', 'soundcloud', 'google-maps']) expect(two, id).not.toContain(MARKERS[id]);
  expect(two).toContain('customElements.define');
});

test("each built-in provider's code is the module its id names, for npm and beside the script tag", async () => {
  const { builtins } = (await import('../dist/providers/builtins.js')) as {
    builtins: readonly { data: { id: string }; load: () => Promise<{ parse?: unknown; embed?: unknown }> }[];
  };
  expect(builtins).toHaveLength(62);
  for (const { data, load } of builtins) {
    // The core asks for `providers/<id>.min.js`: a provider whose file has another name would never load there.
    expect(readdirSync(new URL('dist/providers/', root)), data.id).toContain(`${data.id}.min.js`);
    const code = await load();
    expect([typeof code.parse, typeof code.embed], data.id).toEqual(['function', 'function']);
  }
});

test("the build's template minifier takes html``, css`` and svg`` for tags, never a file name ending in .html", async () => {
  // @ts-expect-error: a plain JavaScript module without types.
  const { minifyLiterals } = (await import('../scripts/literals.js')) as { minifyLiterals: (code: string) => string };
  // A provider's URL (`/players/${id}.html`) and a comment naming a page (`video.html`) are left as written.
  const url = 'const src = `/players/${media}-${player}.html`;\n// the `widget/video.html` page\n';
  expect(minifyLiterals(url)).toBe(url);
  expect(minifyLiterals('const t = html`<p>\n    ${x}\n  </p>`;')).toBe('const t = html`<p>${x}</p>`;');
  expect(minifyLiterals('const s = css`a {\n  color: red;\n}`;')).toBe('const s = css`a{color:red}`;');
  expect(minifyLiterals('f(`${html`<b>\n  y</b>`}.html`)')).toBe('f(`${html`<b>y</b>`}.html`)');
});
