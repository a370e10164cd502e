// Serves the repository on localhost: the demo at /demo/, the builds at /dist/,
// and the test fixtures at /test/fixtures/. No dependencies, no network.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** The strict policy the library promises to work under; `frame-src` names YouTube's embed origin. */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-src https://www.youtube-nocookie.com',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

function headersFor(path) {
  const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
  // Any page named strict-csp*.html is served with the strict policy.
  if (/(^|[/\\])strict-csp[^/\\]*\.html$/.test(path)) headers['content-security-policy'] = strictCsp;
  return headers;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  let path = normalize(join(root, decodeURIComponent(pathname)));
  const inside = path.startsWith(root) && !path.slice(root.length).split(sep).some((part) => part.startsWith('.'));
  try {
    if (!inside) throw new Error('outside');
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    await stat(path);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, headersFor(path));
  createReadStream(path).pipe(response);
});

server.listen(port, host, () => {
  console.log(`consent-embed demo: http://localhost:${port}/demo/`);
});
