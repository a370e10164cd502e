// The `consent-embed` command: one binary, one subcommand per task a site's
// build runs. Exit codes: 0 done (or nothing to do), 1 some embeds failed,
// 2 the command was called wrongly.

import { parseArgs } from 'node:util';
import { DEFAULTS, posters, UsageError, type EmbedReport, type PostersReport } from './posters.js';

const USAGE = `Usage: consent-embed <command> [options]

Commands:
  posters <html files…>   fetch each embed's thumbnail and title into the site, once

consent-embed posters "public/**/*.html" --root public [options]
  --root DIR           the folder the site serves at / (required)
  --template PATH      where a poster is on the site (default ${DEFAULTS.template});
                       its extension (.jpg .jpeg .png .webp .gif .avif) is the format written
  --force              fetch again posters that are already there
  --concurrency N      posters fetched at once (default ${DEFAULTS.concurrency})
  --timeout MS         for each request, redirects and body included (default ${DEFAULTS.timeout})
  --max-bytes N        largest answer accepted (default ${DEFAULTS.maxBytes}, 5 MB)
  --dry-run            say what would be fetched; fetch and write nothing
  --json               print the report as JSON

Exit codes: 0 every embed done or skipped, 1 some embeds failed, 2 usage error.
`;

/** Where the command writes: the process's streams, or a test's. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: Output = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

/** Runs the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? output.out : output.err)(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    const { VERSION } = await import('../core/version.js');
    output.out(`${VERSION}\n`);
    return 0;
  }
  try {
    if (command === 'posters') return await runPosters(rest, output);
    throw new UsageError(`no command ${JSON.stringify(command)}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`consent-embed: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

/** A whole number from an option, or a usage error naming it. */
function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} takes a whole number above 0, not ${JSON.stringify(value)}`);
  return Number(value);
}

async function runPosters(args: readonly string[], output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: 'string' },
        template: { type: 'string' },
        force: { type: 'boolean' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(USAGE);
    return 0;
  }
  if (!values.root) throw new UsageError('--root is required: the folder the site serves at /');
  const started = performance.now();
  const report = await posters({
    patterns: positionals,
    root: values.root,
    ...(values.template !== undefined && { template: values.template }),
    force: !!values.force,
    dryRun: !!values['dry-run'],
    ...(count('concurrency', values.concurrency) !== undefined && { concurrency: count('concurrency', values.concurrency)! }),
    ...(count('timeout', values.timeout) !== undefined && { timeout: count('timeout', values.timeout)! }),
    ...(count('max-bytes', values['max-bytes']) !== undefined && { maxBytes: count('max-bytes', values['max-bytes'])! }),
  });
  if (values.json) output.out(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, performance.now() - started, output);
  return report.exitCode;
}

const LABELS: Record<EmbedReport['status'], string> = {
  written: 'wrote',
  skipped: 'skip',
  planned: 'plan',
  failed: 'FAIL',
  invalid: 'FAIL',
  unsupported: 'none',
  ignored: 'keep',
};

/** One line per embed, one per unreadable file, and a summary. */
function printReport(report: PostersReport, ms: number, output: Output): void {
  for (const problem of report.problems) output.err(`FAIL  ${problem.message}\n`);
  for (const embed of report.embeds) {
    const what = embed.provider && embed.id ? `${embed.provider}/${embed.id}` : (embed.src ?? '(no src)');
    (embed.status === 'failed' || embed.status === 'invalid' ? output.err : output.out)(`${LABELS[embed.status]}  ${embed.file}:${embed.line} ${what}: ${embed.message}\n`);
  }
  const tally = new Map<string, number>();
  for (const embed of report.embeds) tally.set(embed.status, (tally.get(embed.status) ?? 0) + 1);
  const parts = [...tally].map(([status, n]) => `${n} ${status}`);
  output.out(`posters: ${report.embeds.length} embeds${parts.length ? ` (${parts.join(', ')})` : ''}, ${report.postersAttempted} poster${report.postersAttempted === 1 ? '' : 's'} attempted, in ${(ms / 1000).toFixed(1)} s${report.manifest ? `; titles in ${report.manifest}` : ''}\n`);
}
