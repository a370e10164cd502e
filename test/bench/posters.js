// `node test/bench/posters.js [--n 100] [--concurrency 4] [--delay 0]`: how long
// `consent-embed posters` takes for N embeds, each a poster of its own, spread
// over ten pages, against the local stand-in for the providers
// (test/support/posters-stand-in.js) through the CONSENT_EMBED_FETCH_VIA hook.
// It times a first run (N oEmbed answers and N images) and a second (nothing
// to fetch), and prints the numbers; it asserts nothing. Needs `npm run build`.
// `--delay MS` holds each of the stand-in's answers that long, as a network would.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStandIn } from '../support/posters-stand-in.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '100' }, concurrency: { type: 'string', default: '4' }, delay: { type: 'string', default: '0' } } });
const n = Number(values.n);
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const site = mkdtempSync(join(tmpdir(), 'consent-embed-posters-bench-'));
mkdirSync(join(site, 'public'));
// Eleven-character YouTube ids the stand-in answers with a JPEG: `jpeg` and seven digits.
const ids = Array.from({ length: n }, (_, i) => `jpeg${String(i).padStart(7, '0')}`);
for (let page = 0; page < 10; page++) {
  const embeds = ids.filter((_, i) => i % 10 === page).map((id) => `<consent-embed src="https://www.youtube.com/watch?v=${id}"></consent-embed>`);
  writeFileSync(join(site, 'public', `page-${page}.html`), `<!doctype html><title>Page ${page}</title>\n${embeds.join('\n')}\n`);
}

const standIn = await startStandIn({ delay: Number(values.delay) });
const run = () =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const args = [cli, 'posters', 'public/**/*.html', '--root', 'public', '--concurrency', values.concurrency, '--json'];
    const child = spawn(process.execPath, args, { cwd: site, env: { ...process.env, CONSENT_EMBED_FETCH_VIA: standIn.origin }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, report: JSON.parse(out) }));
  });

try {
  const first = await run();
  const requests = standIn.total();
  const second = await run();
  const written = first.report.embeds.filter((e) => e.status === 'written').length;
  console.log(`consent-embed posters, ${n} embeds on 10 pages, concurrency ${values.concurrency}, stand-in delay ${values.delay} ms (node ${process.version})`);
  console.log(`  first run:  ${(first.ms / 1000).toFixed(2)} s, exit ${first.code}, ${written} written, ${requests} requests`);
  console.log(`  second run: ${(second.ms / 1000).toFixed(2)} s, exit ${second.code}, ${second.report.postersAttempted} attempted, ${standIn.total() - requests} requests`);
} finally {
  await standIn.close();
  rmSync(site, { recursive: true, force: true });
}
