// Serves the repository on localhost: the demo at /demo/, the builds at /dist/,
// and the test fixtures at /test/fixtures/. No dependencies, no network.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
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
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

/**
 * The strict policy the library promises to work under. `frame-src` names YouTube's embed origin; `blob:`
 * images are posters the library fetched from this site itself; `consent-embed` is the Trusted Types
 * policy of the script-tag build.
 */
export const strictCsp = (trustedTypes = 'consent-embed') =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    'frame-src https://www.youtube-nocookie.com',
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');

/**
 * A policy that allows scripts by nonce alone, as many sites' do: the script tag, the files it loads
 * from beside itself, and the scripts in an author's template all carry the page's nonce.
 */
export const nonceCsp = () =>
  [
    "default-src 'self'",
    "script-src 'nonce-consent-embed-test'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    'frame-src https://widgets.acme.example',
    "require-trusted-types-for 'script'",
    'trusted-types consent-embed',
  ].join('; ');

/** Pages served with a policy, by the start of their file name. */
const policies = [
  // An app built from the npm package under Trusted Types that allow no policy at all; its import map carries the nonce.
  [/^strict-csp-npm/, nonceCsp().replace("script-src 'nonce-consent-embed-test'", "script-src 'self' 'nonce-consent-embed-test'").replace('trusted-types consent-embed', "trusted-types 'none'").replace('https://widgets.acme.example', 'https://www.youtube-nocookie.com')],
  // Allows the core script by its exact path and nothing beside it: the files the core loads on demand are blocked.
  [/^core-only-csp/, strictCsp().replace("script-src 'self'", 'script-src http://127.0.0.1:*/dist/consent-embed.min.js')],
  [/^strict-csp-nonce/, nonceCsp()],
  // A site that uses Lit itself owns the `lit-html` policy already.
  [/^strict-csp-with-lit/, strictCsp('lit-html consent-embed')],
  [/^strict-csp/, strictCsp()],
  // Trusted Types required and no policy allowed: the element cannot work and must fail quietly.
  [/^no-trusted-types/, strictCsp("'none'")],
];

function headersFor(path) {
  const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
  const name = basename(path);
  const policy = extname(name) === '.html' && policies.find(([pattern]) => pattern.test(name));
  if (policy) headers['content-security-policy'] = policy[1];
  return headers;
}

/**
 * `/redirect?to=URL`: the open redirect many sites have (a link tracker, an image proxy, a CDN rewrite),
 * so that the demo and the tests can show that a same-origin poster URL leaving the site is caught.
 */
function redirect(search, response) {
  const to = new URLSearchParams(search).get('to') ?? '';
  if (!/^(\/(?!\/)|https?:\/\/)/.test(to)) return response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad to=');
  response.writeHead(302, { location: to, 'cache-control': 'no-store' }).end();
}

/**
 * What an app built from the npm package resolves Lit's `@lit/reactive-element` and `idb-keyval` to, for the fixtures that load the npm
 * build as an app would: a page asks for it with the comment below, in one place rather than copied into each.
 * It carries the tests' nonce, which a page under a nonce policy needs and any other page ignores.
 */
const IMPORT_MAP_MARK = '<!-- the npm build\'s import map -->';
const IMPORT_MAP = `<script type="importmap" nonce="consent-embed-test">${JSON.stringify({
  imports: {
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    'idb-keyval': '/node_modules/idb-keyval/dist/index.js',
  },
})}</script>`;

const server = createServer(async (request, response) => {
  const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' }).end();
    return;
  }
  if (pathname === '/redirect') return redirect(search, response);
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
  if (extname(path) !== '.html') return createReadStream(path).pipe(response);
  const page = await readFile(path, 'utf8');
  response.end(page.replace(IMPORT_MAP_MARK, IMPORT_MAP));
});

server.listen(port, host, () => {
  console.log(`consent-embed demo: http://localhost:${port}/demo/`);
});
