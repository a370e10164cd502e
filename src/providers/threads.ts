import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface ThreadsTarget {
  /** The author's user name, without the `@`. */
  readonly user: string;
  /** The post's shortcode. */
  readonly code: string;
}

/** `/@user/post/CODE`, and the embed page `/@user/post/CODE/embed`. */
const PATH = /^\/@([A-Za-z0-9._]{1,30})\/post\/([A-Za-z0-9_-]{5,64})(?:\/embed)?\/?$/;
// Threads moved from threads.net to threads.com in 2025, where its embed.js now lives;
// the frame is built there so that no redirect changes the origin its messages come from.
const ORIGIN = 'https://www.threads.com';

/** A bare number (what the frame was seen to send), or Meta's MEASURE message, as Instagram's frames send it. */
function reportedHeight(data: unknown): number | undefined {
  if (typeof data === 'number') return data;
  const message = messageData(data);
  const { type, details } = (message ?? {}) as { type?: unknown; details?: { height?: unknown } };
  return type === 'MEASURE' && typeof details?.height === 'number' ? details.height : undefined;
}

/**
 * Threads posts, in Threads' embed page on threads.com.
 *
 * @accepts `threads.com/@user/post/CODE` (also `threads.net`), `/@user/post/CODE/embed`; the old `/t/CODE` links,
 * which name no author, are explained, not followed
 */
export const data: ProviderData = {
  id: 'threads',
  name: 'Threads',
  company: 'Meta',
  kind: 'post',
  brand: '#000000',
  privacyPolicy: 'https://help.instagram.com/515230437301944',
  // Threads publishes no default height; the frame reports its own once drawn.
  box: { height: 600 },
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  // The first links, `/t/CODE`, lack the author that the embed page's address holds: only Threads' redirect knows it.
  short: ['www.threads.net/t/', 'threads.net/t/', 'www.threads.com/t/', 'threads.com/t/'],
  origins: [ORIGIN],
};

export function parse(url: URL): ThreadsTarget | null {
  const [, user, code] = PATH.exec(url.pathname) ?? [];
  return user && code ? { user, code } : null;
}

export function embed(target: ThreadsTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/@${encodeURIComponent(target.user)}/post/${encodeURIComponent(target.code)}/embed`, ORIGIN);
  return createFrame(data, {
    src,
    title,
    allow: '',
    referrerPolicy: 'no-referrer',
    // Campsite frames Threads' embed page with allow-scripts allow-same-origin allow-popups
    // and follows its height; allow-same-origin keeps the origin the messages are checked against.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    // Campsite reads the frame's message as the height itself.
    resize: { height: reportedHeight },
  });
}
