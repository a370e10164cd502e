import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Writes the first-party CSS that reserves each element's box before upgrade:
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
    writeFileSync(join(dir, 'consent-embed.css'), `${base}\n${boxRules(builtins)}\n`);
  },
};

/**
 * Gives the inlined Lit the library's own Trusted Types policy. Lit creates one
 * named `lit-html` when its module loads, which throws on a page that has that
 * policy already (a site that uses Lit, a second copy of this script). The
 * call is replaced with `litPolicy()` from src/core/trusted-types.ts; if Lit
 * changes the line, the build stops rather than ship the collision again.
 */
const ownTrustedTypesPolicy = {
  name: 'consent-embed-trusted-types',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const call = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
    if (!call.test(code)) this.error('lit-html no longer creates its Trusted Types policy as this plugin expects.');
    const helper = JSON.stringify(fileURLToPath(new URL('./src/core/trusted-types.ts', import.meta.url)));
    return { code: `import { litPolicy as __consentEmbedPolicy } from ${helper};\n${code.replace(call, '__consentEmbedPolicy()')}`, map: null };
  },
};

/** Prints the gzip size of each chunk: the figure every change is measured by. */
const size = {
  name: 'consent-embed-size',
  writeBundle(_, bundle) {
    for (const [name, file] of Object.entries(bundle)) {
      if (file.type !== 'chunk') continue;
      const bytes = Buffer.byteLength(file.code);
      console.log(`${name}: ${bytes} B, ${gzipSync(file.code, { level: 9 }).length} B gzip`);
    }
  },
};

/** The bridges, one file each: `consent-embed/bridges/<name>.js`, and for the script tag `bridges/<name>.min.js`. */
const bridges = ['tcf', 'consent-mode', 'klaro', 'cookiebot', 'usercentrics', 'onetrust'];

/** The languages besides English, one file each: `consent-embed/i18n/<lang>.js`, and for the script tag `i18n/<lang>.min.js`. */
const languages = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ar'];

/**
 * The entry of a file the script tag loads from beside itself: a bridge's
 * adapter, handed to the main script's `ConsentEmbed.useBridge` (which holds
 * the engine and the site's map), or a language, handed to
 * `registerTranslation`. Made here rather than kept as fifteen copies of the
 * same three lines.
 */
const besideEntry = (folder, name, call) => ({
  name: 'consent-embed-beside-entry',
  resolveId: (id) => (id === `beside:${folder}/${name}` ? id : null),
  load(id) {
    if (id !== `beside:${folder}/${name}`) return null;
    const file = JSON.stringify(fileURLToPath(new URL(`./src/${folder}/${name}.ts`, import.meta.url)));
    return `import * as module from ${file};
const api = window.ConsentEmbed;
if (typeof api?.${call} === 'function') api.${call}(${folder === 'bridges' ? 'module.default' : 'Object.values(module)[0]'});
else console.warn('consent-embed [${folder === 'bridges' ? 'bridge' : 'language-unavailable'}]: ${folder}/${name}.min.js needs consent-embed.min.js on the page first.');`;
  },
});

/** A classic script the script tag loads from beside itself. */
const beside = (folder, name, call) => ({
  input: `beside:${folder}/${name}`,
  output: { file: `dist/${folder}/${name}.min.js`, format: 'iife' },
  plugins: [
    besideEntry(folder, name, call),
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
    terser({ ecma: 2022, module: false, format: { comments: false } }),
    size,
  ],
});

export default [
  // The npm build: one module per source file, types beside them, lit and
  // idb-keyval left to the application's bundler.
  {
    // builtins and boxes are entries too: the stylesheet is generated from them after the build.
    input: [
      'src/index.ts',
      'src/define.ts',
      'src/providers/builtins.ts',
      'src/providers/boxes.ts',
      ...bridges.map((b) => `src/bridges/${b}.ts`),
      ...languages.map((l) => `src/i18n/${l}.ts`),
    ],
    external: [/^lit(\/|$)/, /^@lit\//, 'idb-keyval'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist' }), css],
  },
  // The script-tag build: everything inlined, one classic script.
  {
    input: 'src/auto.ts',
    output: { file: 'dist/consent-embed.min.js', format: 'iife' },
    plugins: [
      resolve({ browser: true }),
      ownTrustedTypesPolicy,
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      terser({ ecma: 2022, module: false, format: { comments: false } }),
      size,
    ],
  },
  ...bridges.map((name) => beside('bridges', name, 'useBridge')),
  ...languages.map((name) => beside('i18n', name, 'registerTranslation')),
];
