// The one way the `posters` command reaches a provider: https only, to the
// provider's own hosts, a few redirects at most and each one checked, a byte
// limit read as the answer streams in, and one deadline for the whole request.

import { allowedHost } from '../providers/thumbnails.js';

/** A request that gave nothing usable; `message` is one line, for the report. */
export class FetchFailure extends Error {}

export interface Limits {
  /** Milliseconds for the whole request, redirects and body included. */
  readonly timeout: number;
  /** Bytes of body past which the answer is dropped. */
  readonly maxBytes: number;
}

/** How many redirects are followed: providers' endpoints and CDNs need one or two. */
const MAX_REDIRECTS = 3;

/** The hosts the test hook may name: this machine's loopback, by address or by name. */
const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * What is wrong with the test hook's value, or nothing (also when it is not
 * set). It may name only a plain http server on this machine's loopback: set
 * by mistake or by someone else in a build's environment, any other address
 * would receive every request, and the bytes written as posters, in clear.
 */
export function fetchViaProblem(value = process.env.CONSENT_EMBED_FETCH_VIA): string | undefined {
  if (!value) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const plain = url && url.protocol === 'http:' && LOOPBACK.has(url.hostname) && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  return plain ? undefined : `CONSENT_EMBED_FETCH_VIA, a test hook, takes only http://127.0.0.1:PORT, http://[::1]:PORT or http://localhost:PORT, not ${JSON.stringify(value)}`;
}

/**
 * The test hook: `CONSENT_EMBED_FETCH_VIA=http://127.0.0.1:PORT` sends every
 * request to `http://127.0.0.1:PORT/<host><path>` instead, so that a local
 * stand-in plays the providers. The checks above still see the https address.
 * `posters` refuses a value `fetchViaProblem` finds wrong as a usage error; so
 * does each request, for a caller of `fetchBytes` alone.
 */
function wire(url: URL): URL {
  const via = process.env.CONSENT_EMBED_FETCH_VIA;
  if (!via) return url;
  const problem = fetchViaProblem(via);
  if (problem) throw new FetchFailure(problem);
  return new URL(`/${url.hostname}${url.pathname}${url.search}`, via);
}

/** The bytes at `start`, after at most three redirects to `hosts`, within `limits`. */
export async function fetchBytes(start: URL, hosts: readonly string[], limits: Limits): Promise<{ url: URL; bytes: Buffer }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeout);
  try {
    let url = start;
    for (let hops = 0; ; hops++) {
      if (url.protocol !== 'https:') throw new FetchFailure(`${url.href} is not https`);
      if (!allowedHost(hosts, url.hostname)) throw new FetchFailure(`${url.hostname} is not one of the expected hosts (${hosts.join(', ')})`);
      const response = await fetch(wire(url), {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': 'consent-embed-posters', accept: 'application/json, image/*;q=0.9' },
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FetchFailure(`${url.hostname} answered ${response.status} without a Location`);
        if (hops === MAX_REDIRECTS) throw new FetchFailure(`more than ${MAX_REDIRECTS} redirects from ${start.href}`);
        const next = new URL(location, url);
        if (next.protocol !== 'https:' || !allowedHost(hosts, next.hostname)) {
          throw new FetchFailure(`${url.hostname} redirected to ${next.protocol === 'https:' ? next.hostname : next.href}, which is not one of the expected hosts`);
        }
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchFailure(`${url.hostname} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      return { url, bytes: await readLimited(response, limits.maxBytes, controller) };
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (controller.signal.aborted) throw new FetchFailure(`no complete answer from ${start.hostname} within ${limits.timeout} ms`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchFailure(`${start.hostname} could not be reached: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The body, read chunk by chunk and dropped as soon as it passes `max` bytes: a declared length is not trusted either. */
async function readLimited(response: Response, max: number, controller: AbortController): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) {
    controller.abort();
    throw new FetchFailure(`the answer is ${declared} bytes, more than --max-bytes ${max}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      controller.abort();
      throw new FetchFailure(`the answer passed --max-bytes ${max} and was dropped`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The image format of `bytes` by its first bytes, or none: a server's
 * content-type says what it meant to send, not what it sent.
 */
export function imageType(bytes: Uint8Array): 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | undefined {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  // ISO-BMFF: a `ftyp` box whose major or compatible brands name AVIF.
  if (ascii(4, 8) === 'ftyp') {
    const box = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!);
    for (let at = 8; at + 4 <= box; at += 4) if (/^avi[fs]$/.test(ascii(at, at + 4))) return 'avif';
  }
  return undefined;
}
