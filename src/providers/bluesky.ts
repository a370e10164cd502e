import { createFrame, FAILED_EVENT, type EmbedContext, type ProviderData } from './provider.js';

export interface BlueskyTarget {
  /** The author's DID: `did:plc:…` or `did:web:host`. */
  readonly did?: string;
  /** Or, from a link copied in the app, the author's handle, whose DID is asked for after consent. */
  readonly handle?: string;
  /** The post's record key, a TID. */
  readonly rkey: string;
  readonly colorMode?: 'light' | 'dark' | 'system';
}

// The embed server's route is /embed/:did/app.bsky.feed.post/:rkey and it answers 400
// "Invalid DID" to anything else (social-app bskyweb/cmd/embedr/handlers.go, WebPostEmbed).
const DID = /^did:(?:plc:[a-z2-7]{24}|web:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/;
// A handle is a domain name (atproto's handle syntax), read in lower case.
const HANDLE = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// app.bsky.feed.post records are keyed by TIDs: 13 base32-sortable characters.
const TID = /^[2-7a-z]{13}$/;
const PATHS = [/^\/profile\/([^/]+)\/post\/([^/]+)\/?$/, /^\/embed\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)\/?$/];
const COLOR_MODES = ['light', 'dark', 'system'] as const;
const EMBED = 'https://embed.bsky.app';
/** Bluesky's public API, which turns a handle into the DID the embed server wants. */
const API = 'https://public.api.bsky.app';

/**
 * One question per handle and page: a hundred posts of one author ask once.
 * Without credentials or a referrer; the browser still names the site in the
 * request's Origin, as it does for any readable cross-origin answer. Asked only
 * after consent to Bluesky, whose API this is.
 */
const dids = new Map<string, Promise<string>>();

function didOf(handle: string): Promise<string> {
  let asked = dids.get(handle);
  if (!asked) {
    const url = new URL('/xrpc/com.atproto.identity.resolveHandle', API);
    url.searchParams.set('handle', handle);
    asked = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' })
      .then((response) =>
        response.ok
          ? response.json()
          : Promise.reject(new Error(response.status === 400 ? `Bluesky knows no account "${handle}" (400)` : `Bluesky could not be asked for "${handle}" (${response.status})`))
      )
      .then(({ did }: { did?: unknown }) => (typeof did === 'string' && DID.test(did) ? did : Promise.reject(new Error(`Bluesky gave no valid DID for "${handle}"`))));
    // A failed question is asked again by the next embed that needs it.
    asked.catch(() => dids.delete(handle));
    dids.set(handle, asked);
  }
  return asked;
}

/**
 * Bluesky posts, in embed.bsky.app's frame. A link copied in the app names the author by handle, which the embed
 * server does not take: after consent, Bluesky's public API is asked for the author's DID, and only then is the
 * frame loaded. A handle that no longer resolves (the account moved to another) gets a message.
 *
 * @accepts `bsky.app/profile/HANDLE/post/RKEY` (as copied in the app), `bsky.app/profile/did:plc:…/post/RKEY`,
 * `embed.bsky.app/embed/did:…/app.bsky.feed.post/RKEY`; `colorMode=dark`
 * @csp frame-src https://embed.bsky.app; connect-src https://public.api.bsky.app (for links with a handle)
 */
export const data: ProviderData = {
  id: 'bluesky',
  name: 'Bluesky',
  company: 'Bluesky Social',
  kind: 'post',
  brand: '#1185fe',
  privacyPolicy: 'https://bsky.social/about/support/privacy-policy',
  // Bluesky's oEmbed gives no height; the frame reports its own once drawn.
  box: { height: 600 },
  hosts: ['bsky.app', 'embed.bsky.app'],
  origins: [EMBED, API],
};

export function parse(url: URL): BlueskyTarget | null {
  for (const [i, path] of PATHS.entries()) {
    const [, author = '', rkey = ''] = path.exec(url.pathname) ?? [];
    const handle = author.toLowerCase();
    // Handles in app links only: the embed server's own links always name a DID.
    const who = DID.test(author) ? { did: author } : i === 0 && HANDLE.test(handle) ? { handle } : null;
    if (!who || !TID.test(rkey)) continue;
    const colorMode = COLOR_MODES.find((m) => m === url.searchParams.get('colorMode'));
    return { ...who, rkey, ...(colorMode && { colorMode }) };
  }
  return null;
}

function postURL(did: string, target: BlueskyTarget): URL {
  // The DID keeps its colons: it is checked to letters, digits, dots, dashes and
  // colons, and the embed server reads it as written.
  const src = new URL(`/embed/${did}/app.bsky.feed.post/${encodeURIComponent(target.rkey)}`, EMBED);
  // The frame sends {height, id} with the id it was given (bskyembed container.tsx).
  // The element already checks the message's window and origin, so the id need
  // only be stable: the record key. No ref_url: that would tell Bluesky the page.
  src.searchParams.set('id', target.rkey);
  if (target.colorMode) src.searchParams.set('colorMode', target.colorMode);
  return src;
}

export function embed(target: BlueskyTarget, { title }: EmbedContext): HTMLElement {
  const frame = createFrame(data, {
    src: target.did ? postURL(target.did, target) : new URL(EMBED),
    title,
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: Bluesky's embed.js does not use one, and nothing shows the frame working in one.
    resize: {
      height: (data) => {
        const message = data as { id?: unknown; height?: unknown } | null;
        return message?.id === target.rkey && typeof message.height === 'number' ? message.height : undefined;
      },
    },
  });
  const { handle } = target;
  if (handle) {
    // No address until the DID is known: a frame out of the page loads nothing, and this one is not in it yet.
    frame.removeAttribute('src');
    // Asked once the frame is in the page, in the task that built it: a frame built and never shown asks nothing.
    setTimeout(() => {
      if (!frame.isConnected) return;
      didOf(handle).then(
        (did) => void (frame.isConnected && (frame.src = postURL(did, target).href)),
        (error: unknown) => frame.isConnected && frame.dispatchEvent(new CustomEvent(FAILED_EVENT, { detail: error instanceof Error ? error.message : String(error) }))
      );
    });
  }
  return frame;
}
