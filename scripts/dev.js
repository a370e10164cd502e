// `npm run dev`: builds once, then serves the demo while rollup rebuilds on every change to src/.
// Reload the page to see a change. (Declarations are left to `npm run build`.)
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const start = (command, args) => spawn(command, args, { cwd: root, stdio: 'inherit' });
const build = start(process.execPath, [join(root, 'scripts/build.js')]);
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const children = [start(join(root, 'node_modules/.bin/rollup'), ['-c', '--watch', '--silent']), start(process.execPath, [join(root, 'demo/server.js')])];
  const stop = () => children.forEach((child) => child.kill());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
