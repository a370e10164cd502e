// Prints the bytes every change is measured by: the script-tag bundle and
// each bridge and language file beside it, minified and gzipped (level 9). `npm run size`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);

export function sizes() {
  const beside = (folder) => readdirSync(new URL(`${folder}/`, dist)).filter((f) => f.endsWith('.min.js')).map((f) => `${folder}/${f}`);
  const files = ['consent-embed.min.js', ...beside('bridges'), ...beside('i18n')];
  return files.map((file) => {
    const code = readFileSync(new URL(file, dist));
    return { file, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { file, min, gzip } of sizes()) console.log(`${file.padEnd(32)} ${String(min).padStart(7)} B min ${String(gzip).padStart(7)} B gzip`);
}
