// Summaries, tables and the chart of `npm run bench`. No dependencies.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------------------------------------- statistics

export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function stats(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!s.length) return null;
  return { median: median(s), min: Math.min(...s), max: Math.max(...s), count: s.length };
}

/** What each sample is summarized by: a name and how to read it from one sample. */
const METRICS = {
  readyMs: (s) => s.readyMs,
  scriptMs: (s) => s.scriptMs,
  taskMs: (s) => s.taskMs,
  heapBytes: (s) => s.heapBytes,
  clickToFrameMs: (s) => s.clickToFrameMs,
  clickToFrameObservedMs: (s) => s.clickToFrameObservedMs,
  clickInteractionMs: (s) => s.clickInteractionMs,
  renderedPlaceholders: (s) => s.renderedPlaceholders,
  iframesForeign: (s) => s.iframesForeign,
  iframesInPage: (s) => s.iframesInPage,
  cls: (s) => s.cls,
  clsWithInput: (s) => s.clsWithInput,
  foreignBeforeClick: (s) => s.foreignBeforeClick,
  hintsBeforeClick: (s) => s.hintsBeforeClick?.length,
  hintsAtClick: (s) => s.hintsAtClick?.length,
  foreignAfterClick: (s) => s.foreignAfterClick,
  libraryRaw: (s) => s.library?.raw,
  libraryGzip: (s) => s.library?.gzip,
  libraryBr: (s) => s.library?.br,
  siteGzip: (s) => s.site?.gzip,
};
/** Ratios taken within one run (same phase, N and run), then the median of those ratios. */
const RATIOS = ['readyMs', 'scriptMs', 'heapBytes', 'clickToFrameMs', 'libraryGzip'];

export function summarize(samples, candidates, phases) {
  const out = [];
  for (const { phase, throttle, ns } of phases) {
    for (const n of ns) {
      const here = samples.filter((s) => s.phase === phase && s.n === n && !s.kind);
      const byRun = new Map();
      for (const s of here) {
        if (!byRun.has(s.run)) byRun.set(s.run, {});
        byRun.get(s.run)[s.candidate] = s;
      }
      for (const c of candidates) {
        const mine = here.filter((s) => s.candidate === c.name);
        const ok = mine.filter((s) => s.ok);
        const row = { phase, throttle, n, candidate: c.name, label: c.label, runs: mine.length, ok: ok.length, metrics: {}, ratios: {} };
        for (const [name, read] of Object.entries(METRICS)) row.metrics[name] = stats(ok.map(read));
        for (const name of RATIOS) {
          const per = [];
          for (const run of byRun.values()) {
            const a = run[c.name];
            const f = run.floor;
            if (a?.ok && f?.ok && METRICS[name](f) > 0) per.push(METRICS[name](a) / METRICS[name](f));
          }
          row.ratios[`${name}OverFloor`] = stats(per);
        }
        if (c.name === 'consent-embed') {
          const per = [];
          for (const run of byRun.values()) {
            const a = run['consent-embed'];
            const b = run.iframemanager;
            if (a?.ok && b?.ok && b.scriptMs > 0) per.push(a.scriptMs / b.scriptMs);
          }
          row.ratios.scriptMsOverIframemanager = stats(per);
          const remembered = samples.filter((s) => s.phase === phase && s.n === n && s.kind === 'remembered');
          row.remembered = {
            runs: remembered.length,
            ok: remembered.filter((s) => s.ok).length,
            navToFrameMs: stats(remembered.filter((s) => s.ok).map((s) => s.navToFrameMs)),
            navToFrameObservedMs: stats(remembered.filter((s) => s.ok).map((s) => s.navToFrameObservedMs)),
            errors: [...new Set(remembered.filter((s) => !s.ok).map((s) => s.error))],
          };
        }
        row.errors = [...new Set(mine.filter((s) => !s.ok).map((s) => s.error))];
        const last = ok.at(-1) ?? mine.at(-1);
        row.library = last?.library;
        row.site = last?.site;
        row.foreignBeforeClickByHost = ok.at(-1)?.foreignBeforeClickByHost ?? null;
        row.hintsBeforeClick = [...new Set(ok.flatMap((s) => s.hintsBeforeClick ?? []))];
        row.hintsAtClick = [...new Set(ok.flatMap((s) => s.hintsAtClick ?? []))];
        row.clickMissed = ok.filter((s) => s.clickTarget && (!s.clickTarget.hits || !s.clickTarget.inViewport)).length;
        out.push(row);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- formatting

const num = (x, digits) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const ms = (x) => (x === null || x === undefined ? '–' : Math.abs(x) < 10 ? x.toFixed(1) : x.toFixed(0));
const kB = (b) => (b === null || b === undefined ? '–' : (b / 1000).toFixed(1));
const MB = (b) => (b === null || b === undefined ? '–' : (b / 2 ** 20).toFixed(2));
const count = (x) => (x === null || x === undefined ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(1));

/** "median (min–max)", or just the value when every run agreed. */
function spread(st, f) {
  if (!st) return '–';
  if (f(st.min) === f(st.max)) return f(st.median);
  return `${f(st.median)} (${f(st.min)}–${f(st.max)})`;
}
const ratio = (st) => (st ? `×${st.median.toFixed(2)}` : '–');

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function mainTable(rows) {
  return table(
    [
      'candidate',
      'library kB gzip',
      '3rd-party requests before click',
      'hints before click (+ on hover)',
      'ready ms',
      'ready ×floor',
      'script ms',
      'script ×floor',
      'JS heap MB',
      'click → frame ms',
      'frames after 1 click (3rd-party / all)',
      'CLS (incl. input)',
      'ok runs',
    ],
    rows.map((r) => {
      const m = r.metrics;
      return [
        r.label,
        kB(m.libraryGzip?.median ?? r.library?.gzip),
        spread(m.foreignBeforeClick, count),
        `${spread(m.hintsBeforeClick, count)}${m.hintsAtClick?.max ? ` (+${spread(m.hintsAtClick, count)})` : ''}`,
        spread(m.readyMs, ms),
        ratio(r.ratios.readyMsOverFloor),
        spread(m.scriptMs, ms),
        ratio(r.ratios.scriptMsOverFloor),
        spread(m.heapBytes, MB),
        spread(m.clickToFrameMs, ms),
        `${spread(m.iframesForeign, count)} / ${spread(m.iframesInPage, count)}`,
        `${num(m.cls?.median, 3)} (${num(m.clsWithInput?.median, 3)})`,
        `${r.ok}/${r.runs}${r.clickMissed ? ` (${r.clickMissed} click off target)` : ''}`,
      ];
    })
  );
}

function bytesTable(rows) {
  return table(
    ['candidate', 'library files loaded (JS, CSS)', 'raw B', 'gzip -9 B', 'brotli B', "site's own setup file, gzip B"],
    rows.map((r) => [
      r.label,
      (r.library?.files ?? []).map((f) => `\`${f.path}\``).join(', ') || '–',
      String(r.library?.raw ?? '–'),
      String(r.library?.gzip ?? '–'),
      String(r.library?.br ?? '–'),
      r.site?.files?.length ? `${r.site.gzip} (\`${r.site.files.map((f) => f.path.split('/').pop()).join(', ')}\`)` : '–',
    ])
  );
}


// ---------------------------------------------------------------------------------------------- chart

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function chart({ rows, env, n }) {
  const width = 820;
  const labelW = 210;
  const barMax = 470;
  const rowH = 26;
  const panels = [
    {
      title: `Navigation → every placeholder ready, N = ${n} (ms; median, line = min–max)`,
      value: (r) => r.metrics.readyMs,
      format: (v) => `${ms(v)} ms`,
    },
    {
      title: `Requests to other hosts before any click, N = ${n}`,
      value: (r) => r.metrics.foreignBeforeClick,
      format: (v) => (v === 0 ? '0' : count(v)),
    },
    {
      title: `Library JS + CSS loaded, gzip -9 (kB), N = ${n}`,
      value: (r) => r.metrics.libraryGzip ?? (r.library ? { median: r.library.gzip, min: r.library.gzip, max: r.library.gzip } : null),
      format: (v) => `${kB(v)} kB`,
    },
  ];
  let y = 56;
  const parts = [];
  parts.push(`<text x="16" y="26" font-size="17" font-weight="600">consent-embed and the alternatives</text>`);
  parts.push(
    `<text x="16" y="44" font-size="12" fill="#555">${esc(env.date.slice(0, 10))} · ${esc(env.machine.cpu)}, ${env.machine.cores} cores · Chromium ${esc(env.chromium)} · unthrottled</text>`
  );
  for (const panel of panels) {
    y += 24;
    parts.push(`<text x="16" y="${y}" font-size="14" font-weight="600">${esc(panel.title)}</text>`);
    y += 10;
    const values = rows.map((r) => panel.value(r));
    const top = Math.max(1e-9, ...values.map((v) => (v ? v.max : 0)));
    for (const [i, r] of rows.entries()) {
      const v = values[i];
      const cy = y + i * rowH;
      const own = r.candidate === 'consent-embed';
      parts.push(`<text x="${labelW - 8}" y="${cy + 16}" font-size="13" text-anchor="end"${own ? ' font-weight="600"' : ''}>${esc(r.label)}</text>`);
      if (!v) {
        parts.push(`<text x="${labelW + 4}" y="${cy + 16}" font-size="12" fill="#a00">failed</text>`);
        continue;
      }
      const w = v.median > 0 ? Math.max(1, (v.median / top) * barMax) : 0;
      parts.push(`<rect x="${labelW}" y="${cy + 4}" width="${w.toFixed(1)}" height="16" fill="${own ? '#1a7f37' : r.candidate === 'floor' ? '#8c959f' : '#3b6fb6'}"/>`);
      if (v.max > v.min) {
        const x1 = labelW + (v.min / top) * barMax;
        const x2 = labelW + (v.max / top) * barMax;
        parts.push(`<line x1="${x1.toFixed(1)}" x2="${x2.toFixed(1)}" y1="${cy + 12}" y2="${cy + 12}" stroke="#111" stroke-width="1.5"/>`);
      }
      const tx = labelW + Math.max(w, (v.max / top) * barMax) + 6;
      const note = panel === panels[0] && r.metrics.renderedPlaceholders ? ` (${count(r.metrics.renderedPlaceholders.median)} of ${n} rendered; the rest wait for a scroll)` : '';
      parts.push(`<text x="${tx.toFixed(1)}" y="${cy + 16}" font-size="12">${esc(panel.format(v.median) + note)}</text>`);
    }
    y += rows.length * rowH + 8;
  }
  const height = y + 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" role="img" aria-label="Benchmark chart: ready time and library size per candidate">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

// ---------------------------------------------------------------------------------------------- outputs

export function writeOutputs({ outDir, env, options, phases, candidates, samples, summary, seconds, stoppedEarly }) {
  mkdirSync(outDir, { recursive: true });
  const md = [];
  md.push('# Benchmark: consent-embed and the libraries people use instead', '');
  md.push(`Generated by \`npm run bench\` (\`test/bench/run.js\`) on ${env.date.replace('T', ' ').slice(0, 16)} UTC, in ${seconds.toFixed(0)} s. It asserts nothing; numbers are from one machine and move from run to run.`, '');
  md.push(`- Machine: ${env.machine.cpu}, ${env.machine.cores} cores, ${env.machine.ramGB} GB RAM, ${env.machine.os}`);
  md.push(`- Chromium ${env.chromium} (headless, through Playwright ${env.versions['@playwright/test']}), Node ${env.machine.node}`);
  if (stoppedEarly) md.push(`- **Cut short:** ${stoppedEarly}`);
  md.push(`- Options: ${options.runs} runs at N ∈ {${options.n.join(', ')}}; ${options.throttleRuns ? `${options.throttleRuns} runs at ${options.throttleRate}× CPU throttling, N ∈ {${options.throttleN.join(', ')}}` : 'no throttled runs'}; settle ${options.settle} ms after ready, ${options.clickSettle} ms after the click`, '');
  md.push(table(['candidate', 'version'], candidates.map((c) => [c.label, env.versions[c.name]])), '');

  for (const { phase, throttle, ns } of phases) {
    md.push(phase === 'main' ? '## Results' : `## Results under ${throttle}× CPU throttling`, '');
    for (const n of ns) {
      const rows = summary.filter((r) => r.phase === phase && r.n === n);
      md.push(`### N = ${n}${throttle ? `, ${throttle}× CPU` : ''}`, '', mainTable(rows), '');
      const ce = rows.find((r) => r.candidate === 'consent-embed');
      const extra = [];
      if (ce?.ratios.scriptMsOverIframemanager)
        extra.push(`consent-embed script time over iframemanager's (median of per-run ratios): ${ratio(ce.ratios.scriptMsOverIframemanager)} (${ce.ratios.scriptMsOverIframemanager.min.toFixed(2)}–${ce.ratios.scriptMsOverIframemanager.max.toFixed(2)})`);
      if (ce?.remembered?.runs)
        extra.push(
          `consent-embed with a remembered choice (granted with \`ConsentEmbed.grant('youtube', { remember: true })\` on a first load, then a reload): navigation start → first frame's navigation start ${spread(ce.remembered.navToFrameMs, ms)} ms (${ce.remembered.ok}/${ce.remembered.runs} runs ok${ce.remembered.errors.length ? `; failed: ${ce.remembered.errors.join('; ')}` : ''})`
        );
      const slow = rows.filter((r) => r.metrics.clickInteractionMs);
      if (slow.length)
        extra.push(
          `click interaction (Event Timing duration of the click, input to next paint; only entries of 16 ms or more exist): ${slow
            .map((r) => `${r.label} ${spread(r.metrics.clickInteractionMs, ms)} ms in ${r.metrics.clickInteractionMs.count}/${r.ok} runs`)
            .join(', ')}`
        );
      const embetty = rows.find((r) => r.candidate === 'embetty' && r.metrics.renderedPlaceholders);
      if (embetty)
        extra.push(`embetty rendered ${spread(embetty.metrics.renderedPlaceholders, count)} of ${n} placeholders without scrolling (the rest stay empty, 0 px high, until scrolled to)`);
      for (const r of rows) if (r.errors.length) extra.push(`${r.label}: ${r.runs - r.ok} of ${r.runs} runs failed: ${r.errors.join('; ')}`);
      if (extra.length) md.push(...extra.map((e) => `- ${e}`), '');
    }
  }

  const largest = Math.max(...(phases.find((p) => p.phase === 'main')?.ns ?? [0]));
  const bytesRows = summary.filter((r) => r.phase === 'main' && r.n === largest);
  if (bytesRows.length) {
    md.push(`## Bytes (N = ${largest})`, '', bytesTable(bytesRows), '');
    md.push(`## What each candidate contacted or hinted before the click (N = ${largest}, last run)`, '');
    for (const r of bytesRows) {
      const hosts = Object.entries(r.foreignBeforeClickByHost ?? {}).map(([what, n]) => `${n} × ${what}`);
      const parts = [hosts.length ? `requests: ${hosts.join(', ')}` : 'no request to another host'];
      if (r.hintsBeforeClick.length) parts.push(`hints before the click: ${r.hintsBeforeClick.join(', ')}`);
      if (r.hintsAtClick.length) parts.push(`hints when the pointer reached the placeholder: ${r.hintsAtClick.join(', ')}`);
      if (!r.hintsBeforeClick.length && !r.hintsAtClick.length) parts.push('no hint');
      md.push(`- ${r.label}: ${parts.join('; ')}`);
    }
    md.push('');
  }
  const method = readFileSync(new URL('./method.md', import.meta.url), 'utf8')
    .replaceAll('{{settle}}', String(options.settle))
    .replaceAll('{{clickSettle}}', String(options.clickSettle))
    .replaceAll('{{cooldown}}', String(options.cooldown))
    .replaceAll('{{rate}}', String(options.throttleRate));
  md.push(method.trim(), '');
  const markdown = md.join('\n');

  writeFileSync(join(outDir, 'results.md'), markdown);
  // Summaries indented; the raw samples one per line, so that the file stays small and diffs read well.
  const round = (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v);
  const head = JSON.stringify({ ...env, options, phases, stoppedEarly, summary }, (k, v) => round(k, v), 1);
  const body = samples.map((s) => JSON.stringify(s, round)).join(',\n');
  writeFileSync(join(outDir, 'results.json'), `${head.slice(0, -2)},\n "samples": [\n${body}\n ]\n}\n`);
  const chartN = phases.find((p) => p.phase === 'main')?.ns.includes(100) ? 100 : largest;
  const chartRows = summary.filter((r) => r.phase === 'main' && r.n === chartN);
  if (chartRows.length) writeFileSync(join(outDir, 'chart.svg'), chart({ rows: chartRows, env, n: chartN }));
  return { markdown, tables: markdown.slice(0, markdown.indexOf('## Method')).trim() };
}

// ---------------------------------------------------------------------------------------------- README

const README_START = '<!-- bench:start (generated by npm run bench from docs/bench/results.json) -->';
const README_END = '<!-- bench:end -->';

/** The README's summary of a run: N = 100 unthrottled, the figures a reader compares, with date and machine. */
export function readmeSummary(results) {
  const n = results.phases.find((p) => p.phase === 'main')?.ns.includes(100) ? 100 : Math.max(...results.phases[0].ns);
  const rows = results.summary.filter((r) => r.phase === 'main' && r.n === n);
  const ce = rows.find((r) => r.candidate === 'consent-embed');
  const lines = [
    `${results.date.slice(0, 10)}, ${results.machine.cpu} (${results.machine.cores} cores), Chromium ${results.chromium}, ${results.options.runs} runs, N = ${n} placeholders; median (min–max):`,
    '',
    table(
      ['candidate', 'library kB gzip', 'requests to others before a click', 'ready ms', 'ready ×floor', 'script ms', 'JS heap MB', 'click → frame ms', 'frames after one click'],
      rows.map((r) => {
        const m = r.metrics;
        return [
          r.label,
          kB(m.libraryGzip?.median ?? r.library?.gzip),
          spread(m.foreignBeforeClick, count),
          spread(m.readyMs, ms),
          ratio(r.ratios.readyMsOverFloor),
          spread(m.scriptMs, ms),
          spread(m.heapBytes, MB),
          spread(m.clickToFrameMs, ms),
          spread(m.iframesInPage, count),
        ];
      })
    ),
  ];
  if (ce?.ratios.scriptMsOverIframemanager) lines.push('', `consent-embed's script time is ${ratio(ce.ratios.scriptMsOverIframemanager)} iframemanager's.`);
  return lines.join('\n');
}

/** `readme` with its bench summary replaced by `summary`. */
export function withBench(readme, summary) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`docs/comparison.md has no ${README_START} … ${README_END} section`);
  return `${readme.slice(0, start + README_START.length)}\n${summary}\n${readme.slice(end)}`;
}
