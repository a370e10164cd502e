// `npm run build`: type-checks and writes the declarations (tsc, once) while
// rollup writes the three products (rollup.config.js), in parallel.
// `--if-changed` builds only when a source is newer than the last build
// (what `npm start` does); `--watch` rebuilds on every change, for work on the demo.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist/.built');
const run = (command, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
const bin = (name) => join(root, 'node_modules/.bin', name);

/** The newest modification time among the files the build reads. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const args = process.argv.slice(2);
if (args.includes('--watch')) {
  await run(bin('rollup'), ['-c', '--watch']);
} else {
  const inputs = ['src', 'rollup.config.js', 'scripts/literals.js', 'package.json', 'tsconfig.json'].map((p) => join(root, p));
  if (args.includes('--if-changed') && existsSync(stamp) && Math.max(...inputs.map(newest)) < statSync(stamp).mtimeMs) {
    console.log('dist/ is up to date');
  } else {
    const started = performance.now();
    // Nothing left from an older build: a file beside the core that no longer exists must not be served.
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    await Promise.all([run(bin('tsc'), ['-p', 'tsconfig.json', '--emitDeclarationOnly']), run(bin('rollup'), ['-c', '--silent'])]);
    writeFileSync(stamp, '');
    console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
