import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Copies the first-party CSS that reserves each element's box before upgrade. */
const css = {
  name: 'consent-embed-css',
  buildStart() {
    this.addWatchFile('src/consent-embed.css');
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'consent-embed.css', source: readFileSync('src/consent-embed.css') });
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

export default [
  // The npm build: one module per source file, types beside them, lit and
  // idb-keyval left to the application's bundler.
  {
    input: ['src/index.ts', 'src/define.ts'],
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
];
