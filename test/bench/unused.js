// How much of the script-tag core a default page never runs: `node test/bench/unused.js [--list N]`.
//
// Opens the bench's page of 10 YouTube placeholders (no configuration, no poster, no template, no API call),
// records Chromium's function coverage of dist/consent-embed.min.js, and prints the core's gzip size
// with every function that never ran cut out: once after load, once after one click on the first
// placeholder. That is the most any move of code out of the core could save on such a page (a move
// also costs the code that loads what moved), so it bounds what the core can weigh without making the
// code a page does run any smaller. `--list N` names the N largest functions that never ran.
//
// A script that prints numbers, like the bench: nothing here is asserted.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchOptions } from '../support/browser.js';
import { startServer } from './server.js';

const args = process.argv.slice(2);
const list = args.includes('--list') ? Number(args[args.indexOf('--list') + 1] ?? 20) : 0;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** The core with the given source ranges replaced by empty bodies. */
function without(source, ranges) {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${source.slice(at, start)}{}`;
    at = end;
  }
  return out + source.slice(at);
}

/** The outermost functions not in `ran`: a function inside one of them is cut with it. */
function neverRan(functions, ran) {
  const unused = functions
    .map((f) => ({ name: f.functionName, start: f.ranges[0].startOffset, end: f.ranges[0].endOffset }))
    .filter((f) => !ran.has(f.start))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const outer = [];
  for (const f of unused) if (!outer.length || f.start >= outer.at(-1).end) outer.push(f);
  return outer;
}

const server = await startServer();
const browser = await chromium.launch(launchOptions());
try {
  const context = await browser.newContext();
  // Every other host answers from here, recorded by nobody: this measures code, not requests.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204 }));
  await context.addInitScript({ content: `window.__benchCandidate = "consent-embed";\n${PROBE}` });
  const page = await context.newPage();
  const phases = [];
  for (const phase of ['load', 'click']) {
    await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
    if (phase === 'load') {
      await page.goto(`${server.origin}/bench/consent-embed.html?n=10`);
      await page.evaluate(() => window.__bench.ready);
    } else {
      const { x, y } = await page.evaluate(() => window.__bench.target());
      await page.mouse.click(x, y);
      await page.waitForFunction(() => window.__bench.frames.length > 0);
    }
    // Idle work (the providers' code fetched ahead) belongs to the phase.
    await page.waitForTimeout(1000);
    phases.push([phase, (await page.coverage.stopJSCoverage()).find((entry) => entry.url.includes('/dist/consent-embed.min.js'))]);
  }
  const source = phases[0][1].source;
  // A function counts as run if it ran in either phase up to that point.
  const ran = new Set();
  console.log(`core: ${source.length} B, ${gzip(source)} B gzip`);
  for (const [phase, coverage] of phases) {
    for (const f of coverage.functions) if (f.ranges[0].count > 0) ran.add(f.ranges[0].startOffset);
    // The first phase lists every function of the script; a later one may leave out those it did not run.
    const cut = neverRan(phases[0][1].functions, ran);
    const bytes = cut.reduce((sum, f) => sum + f.end - f.start, 0);
    const label = phase === 'load' ? 'never run before a click' : 'never run by load and one click';
    console.log(`${label}: ${bytes} B of functions; the core without them: ${gzip(without(source, cut.map((f) => [f.start, f.end])))} B gzip`);
    if (list && phase === 'click') {
      for (const f of cut.sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, list)) {
        console.log(`  ${String(f.end - f.start).padStart(6)} ${f.name || '(anonymous)'}  ${source.slice(f.start, f.start + 60).replace(/\s+/g, ' ')}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
