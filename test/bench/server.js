// The benchmark's own static server: the repository root on 127.0.0.1, plus the generated candidate pages.
//
//   /bench/<candidate>.html?n=N   test/bench/pages/<candidate>.html with its repeated block written out N times,
//                                 so the browser parses N placeholders in static HTML (nothing generated in the page)
//   /embetty-server/…             the first-party "embetty server" a site runs beside embetty: posters answered
//                                 here with a small local image (no video data, no third party)
//   everything else               files of the repository (/dist/, /node_modules/, /test/bench/pages/…), no-store
//
// No dependencies. `node test/bench/server.js` serves on PORT (8090) to look at the pages by hand.
import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = fileURLToPath(new URL('./pages/', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** The N-th placeholder's video id: 11 characters of YouTube's alphabet, the same for every candidate. */
export const videoId = (i) => `bench${String(i).padStart(6, '0')}`;

/** A 1×1 GIF: what the local embetty server answers for a poster, and the stub for third-party images. */
export const TINY_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const EACH = /<!-- each -->([\s\S]*?)<!-- \/each -->/;

/** Writes a candidate page out for N placeholders: the block between `<!-- each -->` and `<!-- /each -->`, N times. */
export function renderPage(template, n) {
  return template.replace(EACH, (_, block) => {
    let out = '';
    for (let i = 1; i <= n; i++) out += block.replaceAll('{{i}}', String(i)).replaceAll('{{id}}', videoId(i));
    return out;
  });
}

export function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname, searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const noStore = { 'cache-control': 'no-store' };
      const page = /^\/bench\/([a-z0-9-]+)\.html$/.exec(pathname);
      if (page) {
        const n = Math.max(1, Math.min(2000, Number.parseInt(searchParams.get('n') ?? '1', 10) || 1));
        const template = await readFile(join(pages, `${page[1]}.html`), 'utf8');
        response.writeHead(200, { 'content-type': types['.html'], ...noStore }).end(renderPage(template, n));
        return;
      }
      if (pathname.startsWith('/embetty-server/')) {
        if (/-poster-image$/.test(pathname)) response.writeHead(200, { 'content-type': 'image/gif', ...noStore }).end(TINY_GIF);
        else response.writeHead(200, { 'content-type': 'application/json', ...noStore }).end('{}');
        return;
      }
      if (pathname === '/favicon.ico') return void response.writeHead(204, noStore).end();
      const path = normalize(join(root, decodeURIComponent(pathname)));
      const inside = path.startsWith(root) && !path.slice(root.length).split(sep).some((part) => part.startsWith('.'));
      if (!inside || !(await stat(path)).isFile()) throw new Error('not a file');
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', ...noStore }).end(body);
    } catch {
      if (!response.headersSent) response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolve({ origin: `http://${host}:${bound}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * Starts this server in a child process, so that serving never waits on the driver's own event loop (which is
 * busy with the browser's protocol traffic). Resolves to its origin and a stop function.
 */
export function startServerProcess() {
  return new Promise((resolve, reject) => {
    // The IPC channel ends the child when the driver exits in any way (it exits on 'disconnect').
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^listening (\S+)$/m.exec(out);
      if (!match) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        origin: match[1],
        pid: child.pid,
        close: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--child') {
    const { origin } = await startServer({ port: 0 });
    console.log(`listening ${origin}`);
    process.on('SIGTERM', () => process.exit(0));
    process.on('disconnect', () => process.exit(0));
  } else {
    const { origin } = await startServer({ port: Number(process.env.PORT ?? 8090) });
    const { candidates } = await import('./candidates.js');
    console.log(`bench pages on ${origin}:`);
    for (const { name } of candidates) console.log(`  ${origin}/bench/${name}.html?n=10`);
  }
}
