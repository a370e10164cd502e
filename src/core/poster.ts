import { baseOf } from './page.js';
import { quote } from './quote.js';
import { warn } from './warn.js';

/** One fetch per poster address, however many placeholders show it. */
const posters = new Map<string, Promise<string | undefined>>();
const blocked = new Set<string>();

/**
 * Resolves a poster address against the page, accepting only the page's own
 * origin: fetching anything else would tell that host about the visitor.
 */
export function posterHref(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, baseOf());
    if (url.origin === location.origin) return url.href;
  } catch {
    // Falls through to the warning.
  }
  warn('foreign-poster', `the poster ${quote(value)} is not on this site, so it is not shown.`);
  return undefined;
}

/**
 * Fetches a same-origin poster and returns an object URL of its bytes.
 *
 * An address on this site can still redirect elsewhere (an open redirect, an
 * image proxy, a CDN rewrite), and an `<img>` would follow it. A `same-origin`
 * fetch fails at a redirect to another origin before that request is made,
 * and showing the bytes it got, rather than the address, means nothing is
 * requested a second time. Under a CSP that takes `connect-src 'self'` (for
 * the fetch) and `img-src blob:` (for the bytes).
 */
export function loadPoster(href: string): Promise<string | undefined> {
  let loading = posters.get(href);
  if (!loading) posters.set(href, (loading = fetchPoster(href)));
  return loading;
}

async function fetchPoster(href: string): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(href, { mode: 'same-origin', credentials: 'same-origin' });
  } catch {
    warn(
      'foreign-poster',
      `the poster ${quote(href)} leads to another site, or cannot be fetched (a Content-Security-Policy needs \`connect-src 'self'\`), so it is not shown.`
    );
    return undefined;
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.startsWith('image/')) {
    const why = response.ok ? `is not an image (${quote(type)})` : `answered ${response.status}`;
    warn('invalid-poster', `the poster ${quote(href)} ${why}, so it is not shown.`);
    return undefined;
  }
  try {
    return URL.createObjectURL(await response.blob());
  } catch {
    warn('invalid-poster', `the poster ${quote(href)} could not be read, so it is not shown.`);
    return undefined;
  }
}

/** Reports, once per poster, an image the browser would not show (a CSP without `img-src blob:`, a broken file). */
export function posterFailed(href: string): void {
  if (blocked.has(href)) return;
  blocked.add(href);
  warn(
    'invalid-poster',
    `the poster ${quote(href)} could not be shown: it is not a valid image, or the page's Content-Security-Policy lacks \`img-src blob:\`.`
  );
}
