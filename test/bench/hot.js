// Which of the core's functions every element runs: `node test/bench/hot.js [--n 100] [--list 40]`.
//
// Opens the bench's page of N YouTube placeholders, records Chromium's precise coverage with call counts of
// dist/consent-embed.min.js up to ready plus a settle, and prints the functions called at least 8 times, largest
// first (an async function counts each resumption). V8 compiles baseline code for a function run that often, at
// several times its bytecode's size. At N = 100 that code is a large share of the JS heap the page holds beyond
// the Lit reference's: compare the heap in a browser started with `--js-flags=--no-sparkplug`. Fewer and
// smaller functions on each element's path lower the heap, the script time and the core's bytes together.
//
// A script that prints numbers, like the bench: nothing here is asserted.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { launchOptions } from '../support/browser.js';
import { startServer } from './server.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const n = option('--n', 100);
const list = option('--list', 40);
/** V8 gives a function feedback, and then baseline code, after about this many calls. */
const HOT = 8;
const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

const server = await startServer();
const browser = await chromium.launch(launchOptions());
try {
  const context = await browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204 }));
  await context.addInitScript({ content: `window.__benchCandidate = "consent-embed";\n${PROBE}` });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await page.goto(`${server.origin}/bench/consent-embed.html?n=${n}`);
  await page.evaluate(() => window.__bench.ready);
  // The idle work (each element's provider code read) belongs to the load.
  await page.waitForTimeout(1500);
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const core = result.find((script) => script.url.includes('/dist/consent-embed.min.js'));
  if (!core) throw new Error('the page did not load dist/consent-embed.min.js: run npm run build first');
  const source = readFileSync(new URL('../../dist/consent-embed.min.js', import.meta.url), 'utf8');
  const ran = core.functions
    .map((f) => ({ name: f.functionName || '(anonymous)', count: f.ranges[0].count, start: f.ranges[0].startOffset, end: f.ranges[0].endOffset }))
    .filter((f) => f.count > 0 && f.end - f.start < source.length);
  const hot = ran.filter((f) => f.count >= HOT).sort((a, b) => b.end - b.start - (a.end - a.start));
  // Nested functions are counted inside their outer one as well: the sum is an upper bound.
  const bytes = hot.reduce((sum, f) => sum + f.end - f.start, 0);
  console.log(`N = ${n}: ${ran.length} functions of the core ran, ${hot.length} of them ${HOT} times or more (${bytes} B of minified source, nested ones counted twice)`);
  console.log('  calls   bytes  function');
  for (const f of hot.slice(0, list)) {
    console.log(`${String(f.count).padStart(7)} ${String(f.end - f.start).padStart(7)}  ${f.name}  ${source.slice(f.start, f.start + 60).replace(/\s+/g, ' ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
