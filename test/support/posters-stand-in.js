// A local stand-in for the providers' oEmbed endpoints and thumbnail hosts,
// for `consent-embed posters` run with the test hook
// CONSENT_EMBED_FETCH_VIA=http://127.0.0.1:PORT, which sends a request for
// https://HOST/PATH to http://127.0.0.1:PORT/HOST/PATH.
//
// What a YouTube video's thumbnail does is told by the start of its id:
//   jpeg… png… webp…  a valid image of that kind
//   missing…          404              broken…   500
//   away…             302 to https://elsewhere.example/ (not a YouTube host)
//   hop…              302 to another i.ytimg.com address, which is a JPEG
//   loop…             302 to itself, for ever
//   huge…             6 MB streamed, no Content-Length
//   html…             an HTML page sent as image/jpeg
//   slow…             headers at once, the body 5 s later
//   trickle…          half a JPEG at once, the rest 5 s later (for stopping the command mid-download)
// and its oEmbed answer, by the same id: noembed… answers 404 (the direct
// thumbnail is then tried), ctrl… a JPEG whose title and author hold C0, C1
// and bidi controls, every other gives a title and the thumbnail above.
// Vimeo (any id) answers with a JPEG on i.vimeocdn.com.
// `images` (an id → JPEG map) overrides all of that for its ids, on both thumbnail hosts:
// `npm run screenshots` serves the pictures it drew itself (nothing from a provider).
import { createServer } from 'node:http';

export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...Array(64).fill(7), 0xff, 0xd9]);
// A real one, one pixel: the browser shows it where the element's poster template names it.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
export const WEBP = Buffer.concat([Buffer.from('RIFF\x40\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(52, 1)]);

/**
 * Starts the stand-in on a free port of 127.0.0.1. `hits` counts requests by
 * `host/path` (query left out); `total()` counts them all. `delay` holds every
 * answer that many milliseconds, as a network would (the bench uses it).
 * `images` maps a YouTube or Vimeo id to the JPEG its thumbnail address answers with.
 * @param {{ delay?: number, images?: ReadonlyMap<string, Buffer> }} [options]
 * @returns {Promise<{ origin: string, hits: Map<string, number>, total: () => number, close: () => Promise<void> }>}
 */
export async function startStandIn({ delay = 0, images = new Map() } = {}) {
  const hits = new Map();
  const timers = new Set();
  const later = (ms, fn) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const server = createServer((request, response) => (delay ? later(delay, () => answer(request, response)) : answer(request, response)));
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  function answer(request, response) {
    const url = new URL(request.url, 'http://stand-in');
    const [, host = '', ...rest] = url.pathname.split('/');
    const path = `/${rest.join('/')}`;
    hits.set(`${host}${path}`, (hits.get(`${host}${path}`) ?? 0) + 1);
    const send = (status, type, body, headers = {}) => {
      response.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers });
      response.end(body);
    };
    if (host === 'www.youtube.com' && path === '/oembed') {
      const id = new URL(url.searchParams.get('url') ?? '', 'https://www.youtube.com').searchParams.get('v') ?? '';
      if (id.startsWith('noembed')) return send(404, 'text/plain', 'Not Found');
      if (id.startsWith('ctrl')) {
        const title = 'Evil\u001b[2J\u202eeman\u2066 title\u0085\u0007\r\nnext\u009b';
        return send(200, 'application/json', JSON.stringify({ title, author_name: '\u200eStand\u200f-in\u0000author\u2069', thumbnail_url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, type: 'video' }));
      }
      return send(200, 'application/json', JSON.stringify({ title: `Title of ${id}`, author_name: 'Stand-in author', thumbnail_url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, type: 'video' }));
    }
    if (host === 'i.ytimg.com') {
      const id = path.split('/')[2] ?? '';
      if (images.has(id)) return send(200, 'image/jpeg', images.get(id));
      if (/^(jpeg|noembed|ctrl)/.test(id)) return send(200, 'image/jpeg', JPEG);
      if (id.startsWith('png')) return send(200, 'image/png', PNG);
      if (id.startsWith('webp')) return send(200, 'image/webp', WEBP);
      if (id.startsWith('missing')) return send(404, 'text/plain', 'Not Found');
      if (id.startsWith('broken')) return send(500, 'text/plain', 'Internal Server Error');
      if (id.startsWith('away')) return send(302, 'text/plain', '', { location: 'https://elsewhere.example/steal.jpg' });
      if (id.startsWith('hop')) return send(302, 'text/plain', '', { location: '/vi/jpegAfterHop/hqdefault.jpg' });
      if (id.startsWith('loop')) return send(302, 'text/plain', '', { location: path });
      if (id.startsWith('html')) return send(200, 'image/jpeg', '<!doctype html><title>Sign in</title>');
      if (id.startsWith('huge')) {
        response.writeHead(200, { 'content-type': 'image/jpeg' });
        response.write(JPEG);
        const chunk = Buffer.alloc(64 * 1024, 9);
        let sent = 0;
        const pump = () => {
          while (sent < 6 * 1024 * 1024 && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        return pump();
      }
      if (id.startsWith('slow')) {
        response.writeHead(200, { 'content-type': 'image/jpeg' });
        response.flushHeaders();
        return later(5000, () => response.end(JPEG));
      }
      if (id.startsWith('trickle')) {
        response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(JPEG.length) });
        response.write(JPEG.subarray(0, 20));
        return later(5000, () => response.end(JPEG.subarray(20)));
      }
      return send(404, 'text/plain', 'Not Found');
    }
    if (host === 'vimeo.com' && path === '/api/oembed.json') {
      const id = new URL(url.searchParams.get('url') ?? '').pathname.split('/')[1];
      return send(200, 'application/json', JSON.stringify({ title: `Vimeo ${id}`, author_name: 'Vimeo author', thumbnail_url: `https://i.vimeocdn.com/video/${id}_640.jpg`, type: 'video' }));
    }
    if (host === 'i.vimeocdn.com') {
      const id = /^\/video\/(\d+)_640\.jpg$/.exec(path)?.[1] ?? '';
      return send(200, 'image/jpeg', images.get(id) ?? JPEG);
    }
    return send(404, 'text/plain', 'Not Found');
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    total: () => [...hits.values()].reduce((a, b) => a + b, 0),
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
