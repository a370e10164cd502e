// Prints the bytes every change is measured by (`npm run size`): the script-tag
// core, and each file beside it that a page loads on demand (each provider's
// code, the settings view, the bridge engine and each bridge, each language,
// the template reader, posters), and the page's stylesheet, raw, gzip (level 9) and brotli. A file's
// figures include the shared chunks it imports, which a page loads with it;
// "with the core" is what a page that uses it loads of the library in all.
// test/size.spec.ts holds the budgets.
//
// `--modules`: where the core's bytes are, source module by source module.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
export const CORE = 'consent-embed.min.js';

const measure = (buffers) => {
  const code = Buffer.concat(buffers);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

/** A file and every chunk it imports, as a browser fetches them. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, path] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.[^"']+)["']/g)) {
    closure(relative(dist, join(dirname(join(dist, file)), path)), seen);
  }
  return seen;
}

/** What a page may load: the files beside the core, by kind. */
function parts() {
  const list = (folder, keep = () => true) =>
    existsSync(join(dist, folder)) ? readdirSync(join(dist, folder)).filter((f) => f.endsWith('.min.js') && keep(f)).map((f) => `${folder}/${f}`) : [];
  const language = (f) => /^[a-z]{2}\.min\.js$/.test(f);
  return {
    provider: list('providers', (f) => f !== 'template.min.js'),
    language: list('i18n', language),
    bridge: list('bridges', (f) => f !== 'connect.min.js'),
    engine: list('bridges', (f) => f === 'connect.min.js'),
    settings: list('components/consent-embed-settings'),
    // The template reader, posters, a site's own texts and translations.
    other: [...list('providers', (f) => f === 'template.min.js'), ...list('core'), ...list('i18n', (f) => !language(f))],
  };
}

/** Every figure: the core, and each part alone and with the core. */
export function sizes() {
  const core = { kind: 'core', file: CORE, ...measure([readFileSync(join(dist, CORE))]) };
  // The stylesheet the docs ask every page to load, so that nothing moves when the elements upgrade.
  const stylesheet = { kind: 'stylesheet', file: 'consent-embed.css', ...measure([readFileSync(join(dist, 'consent-embed.css'))]) };
  const rows = [core, stylesheet];
  for (const [kind, files] of Object.entries(parts())) {
    for (const file of files) {
      const loaded = [...closure(file)];
      const own = measure(loaded.map((f) => readFileSync(join(dist, f))));
      const page = measure([CORE, ...loaded].map((f) => readFileSync(join(dist, f))));
      rows.push({ kind, file, ...own, files: loaded.length, withCore: page });
    }
  }
  return rows;
}

/**
 * Each source module of the core, minified and compressed alone: a ranking of
 * where its bytes are. Alone, a module compresses worse than inside the core,
 * so the figures add up to more than the core's own.
 */
async function modules() {
  const [{ rollup }, { minify }, { default: configs }] = await Promise.all([
    import('rollup'),
    import('terser'),
    import(new URL('../rollup.config.js', import.meta.url).href),
  ]);
  const core = configs[1];
  const bundle = await rollup({
    input: core.input,
    plugins: core.plugins.filter((p) => p.name !== 'terser' && p.name !== 'consent-embed-size'),
    makeAbsoluteExternalsRelative: false,
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'iife', intro: core.output.intro });
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const rows = [];
  for (const [id, module] of Object.entries(output[0].modules)) {
    if (!module.code) continue;
    const { code = '' } = await minify(module.code, { ecma: 2022, module: true, compress: { unused: false } });
    rows.push({ name: id.replace(src, '').replace(/.*node_modules\//, ''), raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  const pad = (value, n = 7) => String(value).padStart(n);
  console.log(`${'module of the core (alone)'.padEnd(56)} ${pad('raw')} ${pad('gzip')}`);
  for (const row of rows) console.log(`${row.name.padEnd(56)} ${pad(row.raw)} ${pad(row.gzip)}`);
  console.log(`\n${rows.length} modules; alone they compress to ${rows.reduce((sum, r) => sum + r.gzip, 0)} B gzip, together to ${sizes()[0].gzip} B`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--modules')) {
  await modules();
} else if (import.meta.url === `file://${process.argv[1]}` && !process.argv.includes('--write')) {
  const rows = sizes();
  const pad = (value, n = 7) => String(value).padStart(n);
  console.log(`${'file'.padEnd(48)} ${pad('raw')} ${pad('gzip')} ${pad('brotli')}   with the core (gzip)`);
  for (const row of rows) {
    const withCore = row.withCore ? `   ${pad(row.withCore.gzip)}  (${row.files} file${row.files > 1 ? 's' : ''})` : '';
    console.log(`${row.file.padEnd(48)} ${pad(row.raw)} ${pad(row.gzip)} ${pad(row.brotli)}${withCore}`);
  }
  const providers = rows.filter((r) => r.kind === 'provider');
  const worst = providers.reduce((a, b) => (b.withCore.gzip > a.withCore.gzip ? b : a));
  console.log(`\ncore: ${rows[0].gzip} B gzip; a page with one provider loads at most ${worst.withCore.gzip} B gzip of library (${worst.file})`);
}

/** The page that holds the size sentence, in its script-tag section. */
export const SIZE_PATH = fileURLToPath(new URL('../docs/install.md', import.meta.url));
const START = '<!-- size:start (generated by npm run docs) -->';
const END = '<!-- size:end -->';
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The size sentence of docs/install.md, from the build. */
export async function sizeSentence() {
  const { builtins } = await import(new URL('providers/builtins.js', `file://${dist}`).href);
  const rows = sizes();
  const providers = rows.filter((r) => r.kind === 'provider');
  const youtube = providers.find((r) => r.file === 'providers/youtube.min.js');
  const worst = providers.reduce((a, b) => (b.withCore.gzip > a.withCore.gzip ? b : a));
  const name = (file) => builtins.find((b) => `providers/${b.data.id}.min.js` === file).data.name;
  return (
    `the core is ${kb(rows[0].gzip)} gzip with Lit, the element, the store, English and all ${providers.length} providers' data; ` +
    `a page that shows YouTube loads ${kb(youtube.withCore.gzip)} of library in all, and the page that loads the most for one provider ${kb(worst.withCore.gzip)} (${name(worst.file)}), ` +
    `with ${kb(rows.find((r) => r.kind === 'stylesheet').gzip)} of stylesheet beside`
  );
}

/** `page` with its size sentence replaced by `sentence`. */
export function withSize(page, sentence) {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/install.md has no ${START} … ${END} section`);
  return page.slice(0, start + START.length) + sentence + page.slice(end);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--write')) {
  writeFileSync(SIZE_PATH, withSize(readFileSync(SIZE_PATH, 'utf8'), await sizeSentence()));
  console.log('docs/install.md: size written');
}
