import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { literals } from './scripts/literals.js';

// One config, three products, from one source:
//
// - npm: one ES module per source file, types beside them (tsc writes those:
//   scripts/build.js), Lit's @lit/reactive-element and idb-keyval left to the app's bundler;
//   with it the `consent-embed` command for Node (dist/cli.js, src/cli/), which
//   imports the same provider modules and leaves parse5 and Node's own modules to Node.
// - the script-tag core, consent-embed.min.js: one classic script with Lit's ReactiveElement,
//   the element, the store, English and every provider's data.
// - the files beside it, loaded on demand: each provider's code, the settings
//   view, the bridges and their engine, the other languages, the template
//   reader, posters. Every dynamic import() in the source is one of them; in
//   the core it becomes a load from beside the script, and in the files their
//   imports of the core's modules become the core's own (see src/kit.ts).
//
// TypeScript is checked once, by tsc; here esbuild only strips types.

const src = fileURLToPath(new URL('./src/', import.meta.url));
const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
/** In the core, Lit's styles module is one that only adopts sheets: see scripts/lit-css-tag.js. */
const litStyles = {
  name: 'consent-embed-lit-styles',
  resolveId(source, importer) {
    if (source === './css-tag.js' && importer && /[\\/]@lit[\\/]reactive-element[\\/]/.test(importer)) {
      return fileURLToPath(new URL('./scripts/lit-css-tag.js', import.meta.url));
    }
    return null;
  },
};

/** The page-wide object a copy of the core shares with its files: see src/core/parts.ts. */
const COPY = `globalThis[Symbol.for("consent-embed.copy@${version}")]`;

/** `src/providers/vimeo.ts` → `providers/vimeo`. */
const key = (file) => relative(src, file).replace(/\\/g, '/').replace(/\.ts$/, '');
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false, sourceMap: false });

/** What the core build leaves for the parts build: the files it loads, and the modules it holds. */
const core = { parts: new Set(), modules: new Set() };

/**
 * Every dynamic import() of a source file loads that file's part from beside
 * the script at run time, through the copy's `part` (see src/core/parts.ts),
 * at one versioned address: the page holds one instance of each file, never a
 * stale one. `found` hears of each file so loaded.
 */
const loadsParts = (name, loader, found) => ({
  name,
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string' || !importer) return null;
    const file = resolvePath(dirname(importer), specifier).replace(/\.js$/, '.ts');
    if (!file.startsWith(src)) return null;
    found.call(this, file, importer);
    return { id: `${key(file)}.min.js`, external: true };
  },
  renderDynamicImport({ targetModuleId }) {
    if (!targetModuleId?.endsWith('.min.js')) return null;
    return { left: `${loader}(`, right: ')' };
  },
});

/** In the core, through its `__part`: the files it loads are the next build's entries. */
const partsOfCore = {
  ...loadsParts('consent-embed-parts-of-core', '__part', (file) => core.parts.add(file)),
  generateBundle() {
    core.modules = new Set(this.getModuleIds());
  },
};

/** In the files beside the core, through the copy: only files the core loads too, so that each is built as an entry. */
const partsOfParts = loadsParts('consent-embed-parts-of-parts', `${COPY}.part`, function (file, importer) {
  if (!core.parts.has(file)) this.error(`${key(importer)} loads ${key(file)}, which the core does not: only the core's own files load beside it.`);
});

/** The names the core lends its files, by module, read from src/kit.ts. */
function kitModules() {
  const kit = readFileSync(join(src, 'kit.ts'), 'utf8');
  const lent = [...kit.matchAll(/^\s+'?([a-z0-9/-]+)'?: \{ ([\w, ]+) \},$/gm)];
  if (!lent.length) throw new Error('src/kit.ts lends nothing this build can read');
  return new Map(lent.map(([, module, names]) => [module, names.split(', ')]));
}

/**
 * In the files beside the core: an import of a module the core lends (src/kit.ts)
 * is the core's own instance, read from the copy's kit when the file loads.
 * Lit, in every form the sources import it, is the core's Lit.
 */
function fromKit() {
  const lent = kitModules();
  return {
    name: 'consent-embed-from-kit',
    async resolveId(source, importer) {
      if (!importer) return null;
      // One lookup per importing module, inlined into it: a provider's file takes createFrame, not every lent name.
      const lookup = (module) => `\0kit:${module}\0${key(importer)}`;
      if (/^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(source)) return lookup('lit');
      if (!source.startsWith('.')) return null;
      const file = resolvePath(dirname(importer), source).replace(/\.js$/, '.ts');
      const name = key(file);
      if (!lent.has(name)) {
        if (core.modules.has(file) && /^(core\/(store|default-store|config|parts|trusted-types)|i18n\/languages|providers\/registry)$/.test(name)) {
          this.error(`${key(importer)} imports ${name}, which holds the core's state: lend it in src/kit.ts.`);
        }
        return null;
      }
      return lookup(name);
    },
    load(id) {
      if (!id.startsWith('\0kit:')) return null;
      // Named exports only: importing a name the kit does not lend fails the build here, not the page later.
      const module = id.slice(5, id.indexOf('\0', 5));
      // One pure read per name, so that the names an importer does not use are left out of it.
      const from = `${COPY}.kit[${JSON.stringify(module)}]`;
      return lent.get(module).map((name) => `export const ${name} = /* @__PURE__ */ (() => ${from}.${name})();`).join('\n');
    },
  };
}

/**
 * In the files beside the core: small modules of readers that several
 * providers use are copied into each one, trimmed to what it uses, rather than
 * shared as a chunk that a browser would find only after fetching the
 * provider's file. A provider's code is one request, however slow the network.
 */
function inlined(modules) {
  return {
    name: 'consent-embed-inlined',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const file = resolvePath(dirname(importer), source).replace(/\.js$/, '.ts');
      return modules.includes(key(file)) ? `\0inline:${file}\0${key(importer)}` : null;
    },
    async load(id) {
      if (!id.startsWith('\0inline:')) return null;
      const file = id.slice(8, id.indexOf('\0', 8));
      this.addWatchFile(file);
      const source = readFileSync(file, 'utf8');
      // Transformed here, past the other plugins: so it may hold neither imports nor templates for them.
      if (/^\s*(import|export\s[^;]*\sfrom)\s|\b(html|css|svg)`/m.test(source)) this.error(`${key(file)} is copied into the files that use it, so it may not import or hold templates.`);
      return (await transform(source, { loader: 'ts', target: 'es2022' })).code;
    },
  };
}

/**
 * Writes the first-party CSS that reserves each element's box before upgrade, minified:
 * the base rule, then one rule per provider shape, generated from the
 * providers' own data in the modules this build just wrote, so the two never
 * disagree.
 */
const css = {
  name: 'consent-embed-css',
  buildStart() {
    this.addWatchFile('src/consent-embed.base.css');
  },
  async writeBundle({ dir }) {
    const load = (path) => import(`${pathToFileURL(join(dir, path)).href}?${Date.now()}`);
    const [{ builtins }, { boxRules }] = await Promise.all([load('providers/builtins.js'), load('providers/boxes.js')]);
    const base = readFileSync('src/consent-embed.base.css', 'utf8');
    // Minified: every page that shows an embed loads it. The reasons are in the source and the README.
    const { code } = await transform(`${base}\n${boxRules(builtins.map((b) => b.data))}`, { loader: 'css', minify: true });
    const header = `/* consent-embed ${version}: each embed's box, reserved before the script runs */\n`;
    writeFileSync(join(dir, 'consent-embed.css'), header + code);
  },
};

/** Prints the size of the core: the figure every change is measured by. */
const size = {
  name: 'consent-embed-size',
  writeBundle(_, bundle) {
    for (const [name, file] of Object.entries(bundle)) {
      if (file.type !== 'chunk') continue;
      const gzip = gzipSync(file.code, { level: 9 }).length;
      console.log(`${name}: ${Buffer.byteLength(file.code)} B, ${gzip} B gzip, ${brotliCompressSync(file.code).length} B brotli`);
    }
  },
};

/** The command's entry is run as a program: `npm` links it executable, and so does the build, for a checkout. */
const executable = {
  name: 'consent-embed-executable',
  writeBundle({ dir }, bundle) {
    if (bundle['cli.js']) chmodSync(join(dir, 'cli.js'), 0o755);
  },
};

const minify = (module) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    input: [
      'src/index.ts',
      'src/define.ts',
      'src/register.ts',
      'src/providers/builtins.ts',
      'src/providers/boxes.ts',
      'src/bridges/published.ts',
      'src/i18n/published.ts',
      'src/cli.ts',
      'src/cli/posters.ts',
    ],
    external: [/^@lit\//, 'idb-keyval', 'parse5', /^node:/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [typescript(), literals(), css, executable],
  },
  {
    input: 'src/auto.ts',
    // `__part`: the loader every dynamic import of the core is rendered as (see `partsOfCore`).
    output: { file: 'dist/consent-embed.min.js', format: 'iife', intro: `const __part = (path) => ${COPY}.part(path);` },
    makeAbsoluteExternalsRelative: false,
    plugins: [partsOfCore, litStyles, resolve({ browser: true }), typescript(), literals(), minify(false), size],
  },
  {
    // The entries are the files the core build found it loads: see `partsOfCore`.
    input: {},
    makeAbsoluteExternalsRelative: false,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].min.js',
      chunkFileNames: 'chunks/[name]-[hash].min.js',
      // What the bridges share, in one chunk: they load with their engine, and a site uses one or two.
      manualChunks: (id) => (/[\\/]bridge\.ts$/.test(id) ? 'bridge' : undefined),
    },
    plugins: [
      {
        name: 'consent-embed-parts',
        options(options) {
          if (!core.parts.size) throw new Error('the parts build needs the core build first (rollup -c builds them in order)');
          return { ...options, input: Object.fromEntries([...core.parts].map((file) => [key(file), file])) };
        },
      },
      partsOfParts,
      fromKit(),
      inlined(['providers/url-parts', 'providers/names', 'core/preview-key']),
      resolve({ browser: true }),
      typescript(),
      literals(),
      minify(true),
    ],
  },
];
