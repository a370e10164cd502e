// Prints the bytes every change is measured by (`npm run size`): the script-tag
// core, and each file beside it that a page loads on demand (each provider's
// code, the settings view, the bridge engine and each bridge, each language,
// the template reader, posters), raw, gzip (level 9) and brotli. A file's
// figures include the shared chunks it imports, which a page loads with it;
// "with the core" is what a page that uses it loads of the library in all.
// test/size.spec.ts holds the budgets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  const rows = [core];
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

if (import.meta.url === `file://${process.argv[1]}`) {
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
