import { readFileSync } from 'node:fs';
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
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      terser({ ecma: 2022, module: false, format: { comments: false } }),
      size,
    ],
  },
];
