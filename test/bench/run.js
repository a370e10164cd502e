// `npm run bench`: consent-embed beside the libraries people use instead, in a real Chromium, on this machine.
// It prints numbers and asserts nothing. Writes docs/bench/results.json, results.md and chart.svg.
//
//   node test/bench/run.js [--runs 7] [--n 1,10,100] [--throttle-n 10] [--throttle-runs R] [--throttle-rate 4]
//                          [--no-throttle] [--only consent-embed,floor] [--reference] [--timeout 8000] [--settle 250]
//                          [--budget 540] [--out docs/bench]
//   quick: node test/bench/run.js --runs 2        one candidate set: --only consent-embed,iframemanager,floor
//
// Each page load is one fresh browser context; runs are interleaved (run 1: every candidate at every N, unthrottled
// then throttled; then run 2 …; the order rotated each run). Nothing reaches the internet: every request to another
// host is recorded and answered with a local stub, and the browser cannot resolve any name but 127.0.0.1.
// How each number is taken: test/bench/method.md (copied into results.md).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../support/browser.js';
import { candidates } from './candidates.js';
import { readmeSummary, summarize, withBench, writeOutputs } from './report.js';
import { root, startServerProcess, TINY_GIF } from './server.js';

// ---------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const options = {
    runs: 7,
    n: [1, 10, 100],
    throttleN: [10],
    throttleRuns: undefined,
    throttleRate: 4,
    throttle: true,
    only: undefined,
    timeout: 8000,
    settle: 250,
    clickSettle: 600,
    cooldown: 300,
    budget: 540,
    out: 'docs/bench',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const key = arg.replace(/=.*$/, '');
    const list = (v) => v.split(',').map((x) => Number.parseInt(x, 10)).filter((x) => x > 0);
    if (key === '--runs') options.runs = Math.max(1, Number.parseInt(value(), 10));
    else if (key === '--n') options.n = list(value());
    else if (key === '--throttle-n') options.throttleN = list(value());
    else if (key === '--throttle-runs') options.throttleRuns = Math.max(0, Number.parseInt(value(), 10));
    else if (key === '--throttle-rate') options.throttleRate = Number(value());
    else if (key === '--no-throttle') options.throttle = false;
    else if (key === '--only') options.only = value().split(',');
    else if (key === '--reference') options.reference = true;
    else if (key === '--timeout') options.timeout = Number(value());
    else if (key === '--settle') options.settle = Number(value());
    else if (key === '--out') options.out = value();
    else if (key === '--budget') options.budget = Number(value());
    else if (key === '--help' || key === '-h') {
      console.log(readFileSync(new URL(import.meta.url)).toString().split('\n').slice(0, 12).join('\n'));
      process.exit(0);
    } else throw new Error(`Unknown option ${arg} (try --help)`);
  }
  options.throttleRuns ??= options.runs;
  if (!options.throttle) options.throttleRuns = 0;
  return options;
}

// ---------------------------------------------------------------------------------------------- browser

// The tests' own browser finder and flags (test/support/browser.js).

// ---------------------------------------------------------------------------------------------- bytes

const sizeCache = new Map();
/** Raw, gzip -9 and brotli (quality 11) bytes of one served file, read from disk. */
function sizes(pathname) {
  const file = join(root, decodeURIComponent(pathname));
  const body = readFileSync(file);
  const key = createHash('sha1').update(body).digest('hex');
  if (!sizeCache.has(key)) {
    sizeCache.set(key, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      br: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(key);
}

function bytesOf(paths, prefixes) {
  const files = [...new Set(paths)].filter((p) => prefixes.some((prefix) => p.startsWith(prefix)) && /\.(m?js|css)$/.test(p)).sort();
  const total = { raw: 0, gzip: 0, br: 0, files: [] };
  for (const path of files) {
    try {
      const s = sizes(path);
      total.raw += s.raw;
      total.gzip += s.gzip;
      total.br += s.br;
      total.files.push({ path, ...s });
    } catch {
      total.files.push({ path, missing: true });
    }
  }
  return total;
}

// ---------------------------------------------------------------------------------------------- one page load

/** The bench server's origin: the site's own. Every other origin is a third party. */
let ORIGIN = '';

const STUB_HTML = '<!doctype html><title>third-party stub</title><p>third-party stub</p>';
const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const HINT_RELS = /^(preconnect|dns-prefetch|prefetch|preload|modulepreload|prerender)$/i;

/** Standard CLS: the largest session window (gap < 1 s, span ≤ 5 s) of shifts, optionally without recent input. */
export function cls(shifts, { includeRecentInput = false } = {}) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.hadRecentInput && !includeRecentInput) continue;
    if (s.t - last > 1000 || s.t - first > 5000) {
      sum = 0;
      first = s.t;
    }
    sum += s.value;
    last = s.t;
    best = Math.max(best, sum);
  }
  return best;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function cpuTimes() {
  let idle = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/**
 * Between page loads: wait until the machine is quiet (the closed context's processes gone), at least 50 ms and
 * at most `max` ms. Returns the idle share of the CPUs over the last 50 ms window, which is kept with the sample.
 */
async function quiet(max) {
  const until = Date.now() + max;
  let idle = 0;
  do {
    const a = cpuTimes();
    await sleep(50);
    const b = cpuTimes();
    idle = b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : 1;
  } while (idle < 0.8 && Date.now() < until);
  return Math.round(idle * 100) / 100;
}

const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))),
  ]);
};

async function newPage(browser, candidate, { throttle }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const net = { foreign: [], local: [], clicked: false };
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === ORIGIN) return route.continue();
    const type = request.resourceType();
    net.foreign.push({ url: url.href, type, afterClick: net.clicked });
    if (type === 'document') return route.fulfill({ status: 200, contentType: 'text/html', body: STUB_HTML });
    if (type === 'image') return route.fulfill({ status: 200, contentType: 'image/gif', body: TINY_GIF });
    const contentType = { script: 'text/javascript', stylesheet: 'text/css' }[type] ?? 'text/plain';
    return route.fulfill({ status: 200, contentType, body: '' });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === ORIGIN) net.local.push(url.pathname);
  });
  await context.addInitScript({ content: `window.__benchCandidate = ${JSON.stringify(candidate.name)};\n${PROBE}` });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message).slice(0, 300)));
  page.on('websocket', (socket) => net.foreign.push({ url: socket.url(), type: 'websocket', afterClick: net.clicked }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp, net, errors };
}

/** "type host" → count: what went where, without every URL. */
function byHost(requests) {
  const out = {};
  for (const { type, url } of requests) {
    let host = url;
    try {
      host = new URL(url).host;
    } catch {}
    out[`${type} ${host}`] = (out[`${type} ${host}`] ?? 0) + 1;
  }
  return out;
}

const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? null;

/** One page load of one candidate: load, ready, settle, GC, click, settle; every number of one sample. */
async function measure(browser, candidate, n, options, { throttle }) {
  const timeout = throttle ? options.timeout * throttle : options.timeout;
  const sample = { candidate: candidate.name, n, ok: false };
  const { context, page, cdp, net, errors } = await newPage(browser, candidate, { throttle });
  try {
    await page.goto(`${ORIGIN}/bench/${candidate.page ?? candidate.name}.html?n=${n}${candidate.query ?? ''}`, { waitUntil: 'commit', timeout });
    sample.readyMs = await withTimeout(page.evaluate(() => window.__bench.ready), timeout, 'ready');
    await page.waitForTimeout(options.settle);
    const afterReady = await cdp.send('Performance.getMetrics');
    sample.scriptMs = metric(afterReady, 'ScriptDuration') * 1000;
    sample.taskMs = metric(afterReady, 'TaskDuration') * 1000;
    sample.layoutMs = metric(afterReady, 'LayoutDuration') * 1000;
    await cdp.send('HeapProfiler.collectGarbage');
    sample.heapBytes = metric(await cdp.send('Performance.getMetrics'), 'JSHeapUsedSize');
    sample.nodes = metric(afterReady, 'Nodes');

    const beforeClick = await page.evaluate(() => performance.now());
    const before = net.foreign.filter((r) => !r.afterClick);
    sample.foreignBeforeClick = before.length;
    sample.foreignBeforeClickByHost = byHost(before);
    const target = await page.evaluate(() => window.__bench.target());
    if (!target) throw new Error('no load control on the first placeholder');
    sample.clickTarget = target;
    net.clicked = true;
    await page.mouse.click(target.x, target.y);
    await page.waitForTimeout(options.clickSettle);
    const report = await page.evaluate(() => window.__bench.report());

    const after = net.foreign.filter((r) => r.afterClick);
    sample.foreignAfterClick = after.length;
    sample.foreignAfterClickByHost = byHost(after);
    sample.firstFrameUrl = after.find((r) => r.type === 'document')?.url ?? null;
    const hints = report.hints.filter((h) => HINT_RELS.test(h.rel));
    sample.hintsBeforeClick = hints.filter((h) => h.t < beforeClick).map((h) => `${h.rel} ${h.href}`);
    sample.hintsAtClick = hints.filter((h) => h.t >= beforeClick).map((h) => `${h.rel} ${h.href}`);
    const clickAt = report.clicks[0];
    sample.clickRegistered = clickAt !== undefined;
    if (clickAt !== undefined) {
      const navs = report.frameEntries.map((e) => e.startTime).filter((t) => t >= clickAt - 0.5);
      sample.clickToFrameMs = navs.length ? Math.min(...navs) - clickAt : null;
      const observed = report.frames.map((f) => f.t).filter((t) => t >= clickAt - 0.5);
      sample.clickToFrameObservedMs = observed.length ? Math.min(...observed) - clickAt : null;
      const interactions = report.interactions.filter((e) => e.t >= clickAt - 50).map((e) => e.duration);
      sample.clickInteractionMs = interactions.length ? Math.max(...interactions) : null;
    }
    sample.iframesInPage = report.iframesInPage;
    sample.iframesForeign = report.iframesForeign;
    sample.cls = cls(report.shifts);
    sample.clsWithInput = cls(report.shifts, { includeRecentInput: true });
    sample.shifts = report.shifts.length;
    sample.domContentLoadedMs = report.domContentLoaded;
    sample.navigation = report.navigation;
    sample.subresources = report.scripts;
    if (report.rendered !== null) sample.renderedPlaceholders = report.rendered;
    sample.readyChecks = report.checks;
    sample.ok = true;
  } catch (error) {
    sample.error = String(error.message ?? error).split('\n')[0].slice(0, 300);
  } finally {
    sample.library = bytesOf(net.local, candidate.library);
    sample.site = bytesOf(net.local, candidate.site);
    sample.localFiles = [...new Set(net.local)];
    if (errors.length) sample.pageErrors = errors.slice(0, 5);
    await context.close().catch(() => {});
  }
  return sample;
}

/** consent-embed only: a remembered choice made on a first load, then a reload: navigation to the first frame. */
async function measureRemembered(browser, candidate, n, options, { throttle }) {
  const timeout = throttle ? options.timeout * throttle : options.timeout;
  const sample = { candidate: candidate.name, n, kind: 'remembered', ok: false };
  const { context, page, errors } = await newPage(browser, candidate, { throttle });
  try {
    const url = `${ORIGIN}/bench/${candidate.name}.html?n=${n}`;
    await page.goto(url, { waitUntil: 'commit', timeout });
    await withTimeout(page.evaluate(() => window.__bench.ready), timeout, 'ready (first load)');
    await withTimeout(
      page.evaluate(async () => {
        if (!window.ConsentEmbed?.grant) throw new Error('window.ConsentEmbed.grant is missing');
        await window.ConsentEmbed.grant('youtube', { remember: true });
      }),
      timeout,
      'grant'
    );
    await page.goto(url, { waitUntil: 'commit', timeout });
    sample.navToFrameMs = await withTimeout(page.evaluate(() => window.__bench.firstFrame), timeout, 'first frame after reload');
    const report = await page.evaluate(() => window.__bench.report());
    sample.navToFrameObservedMs = report.frames.length ? Math.min(...report.frames.map((f) => f.t)) : null;
    sample.ok = true;
  } catch (error) {
    sample.error = String(error.message ?? error).split('\n')[0].slice(0, 300);
  } finally {
    if (errors.length) sample.pageErrors = errors.slice(0, 5);
    await context.close().catch(() => {});
  }
  return sample;
}

// ---------------------------------------------------------------------------------------------- environment

function versions() {
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  let build = 'missing';
  try {
    build = createHash('sha256').update(readFileSync(join(root, 'dist/consent-embed.min.js'))).digest('hex').slice(0, 12);
  } catch {}
  const out = {};
  for (const c of candidates) {
    if (c.name === 'consent-embed') out[c.name] = `${own.version} (commit ${commit}, dist/consent-embed.min.js sha256 ${build}…)`;
    else if (c.package) out[c.name] = `${c.package}@${pkg(c.package)}`;
    else if (c.reference) out[c.name] = `this repository (test/bench/pages/reference${c.name === 'lit-element' ? `-lit.js), @lit/reactive-element@${pkg('@lit/reactive-element')}` : '.js)'}`;
    else out[c.name] = 'this repository (test/bench/pages/floor.*)';
  }
  out['@playwright/test'] = pkg('@playwright/test');
  return out;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    ramGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const chosen = options.only ? candidates.filter((c) => options.only.includes(c.name)) : candidates.filter((c) => !c.reference || options.reference);
  if (!chosen.length) throw new Error(`--only matched none of: ${candidates.map((c) => c.name).join(', ')}`);
  if (!existsSync(join(root, 'dist/consent-embed.min.js'))) console.error('warning: dist/consent-embed.min.js is missing (run npm run build)');

  const started = Date.now();
  const server = await startServerProcess();
  let browser;
  try {
    browser = await chromium.launch(launchOptions());
  } catch (error) {
    await server.close();
    throw error;
  }
  ORIGIN = server.origin;
  const env = { date: new Date().toISOString(), machine: machine(), chromium: browser.version(), versions: versions() };
  console.log(`machine: ${env.machine.cpu}, ${env.machine.cores} cores, ${env.machine.ramGB} GB RAM, ${env.machine.os}`);
  console.log(`Chromium ${env.chromium}, Node ${env.machine.node}, Playwright ${env.versions['@playwright/test']}`);
  for (const c of chosen) console.log(`  ${c.label.padEnd(28)} ${env.versions[c.name]}`);

  const samples = [];
  const failures = new Map();
  const phases = [
    { phase: 'main', throttle: 0, ns: options.n, runs: options.runs },
    { phase: 'throttled', throttle: options.throttleRate, ns: options.throttleN, runs: options.throttleRuns },
  ].filter((p) => p.runs > 0 && p.ns.length > 0);
  for (const p of phases)
    console.log(`${p.phase === 'main' ? 'unthrottled' : `${p.throttle}× CPU throttling`}: ${p.runs} runs × N ∈ {${p.ns.join(', ')}} × ${chosen.length} candidates`);

  // Run r measures every candidate at every N of every phase; then run r + 1. A time budget stops between runs.
  const runs = Math.max(...phases.map((p) => p.runs));
  const runTimes = [];
  let stoppedEarly = null;
  for (let run = 1; run <= runs; run++) {
    const elapsed = (Date.now() - started) / 1000;
    const expected = runTimes.length ? Math.max(...runTimes) : 0;
    if (run > 1 && elapsed + expected > options.budget) {
      stoppedEarly = `stopped after ${run - 1} runs: another run (about ${expected.toFixed(0)} s) would pass the ${options.budget} s budget (--budget)`;
      console.log(`  ${stoppedEarly}`);
      break;
    }
    const t0 = Date.now();
    for (const { phase, throttle, ns, runs: phaseRuns } of phases) {
      if (run > phaseRuns) continue;
      for (const n of ns) {
        const order = chosen.map((_, i) => chosen[(i + run - 1) % chosen.length]);
        for (const candidate of order) {
          const key = `${phase}/${n}/${candidate.name}`;
          const base = { phase, throttle, run, n, candidate: candidate.name };
          let sample;
          if ((failures.get(key) ?? 0) >= 2) {
            sample = { ...base, ok: false, skipped: true, error: 'skipped: failed twice before in this phase and N' };
          } else {
            const cpuIdleBefore = await quiet(options.cooldown);
            const began = Date.now();
            sample = { ...base, cpuIdleBefore, ...(await measure(browser, candidate, n, options, { throttle })), wallMs: Date.now() - began };
            if (!sample.ok) {
              failures.set(key, (failures.get(key) ?? 0) + 1);
              console.log(`  run ${run} ${phase} N=${n} ${candidate.name}: FAILED (${sample.error})`);
            }
          }
          samples.push(sample);
          // A remembered choice: consent-embed only, unthrottled, and only when its own load worked in this run.
          if (candidate.name === 'consent-embed' && phase === 'main') {
            if (!sample.ok) {
              samples.push({ ...base, kind: 'remembered', ok: false, skipped: true, error: 'skipped: the page load failed in this run' });
              continue;
            }
            const cpuIdleBefore = await quiet(options.cooldown);
            const began = Date.now();
            const remembered = { ...base, cpuIdleBefore, ...(await measureRemembered(browser, candidate, n, options, { throttle })), wallMs: Date.now() - began };
            samples.push(remembered);
            if (!remembered.ok) console.log(`  run ${run} N=${n} consent-embed remembered: FAILED (${remembered.error})`);
          }
        }
      }
    }
    runTimes.push((Date.now() - t0) / 1000);
    console.log(`  run ${run}/${runs} done in ${runTimes.at(-1).toFixed(1)} s`);
  }

  await browser.close();
  await server.close();
  const summary = summarize(samples, chosen, phases);
  const seconds = (Date.now() - started) / 1000;
  const outDir = resolve(root, options.out);
  const { tables } = writeOutputs({ outDir, env, options, phases, candidates: chosen, samples, summary, seconds, stoppedEarly });
  console.log(`\n${tables}\n\n(How each number is taken: the Method section of results.md.)`);
  console.log(`\nWrote ${outDir}/results.json, results.md, chart.svg (${seconds.toFixed(0)} s).`);
  // docs/comparison.md shows the published run: only a full run into docs/bench/ replaces its summary.
  if (options.out === 'docs/bench' && !stoppedEarly && !chosen.some((c) => c.reference)) {
    const page = join(root, 'docs/comparison.md');
    writeFileSync(page, withBench(readFileSync(page, 'utf8'), readmeSummary(JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')))));
    console.log('Wrote the summary in docs/comparison.md.');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
