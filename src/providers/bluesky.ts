import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface BlueskyTarget {
  /** The author's DID: `did:plc:…` or `did:web:host`. */
  readonly did: string;
  /** The post's record key, a TID. */
  readonly rkey: string;
  readonly colorMode?: 'light' | 'dark' | 'system';
}

// The embed server's route is /embed/:did/app.bsky.feed.post/:rkey and it answers 400
// "Invalid DID" to anything else (social-app bskyweb/cmd/embedr/handlers.go, WebPostEmbed);
// Bluesky's own embed page turns a handle into a DID with a network look-up first. A
// handle can also pass to another account, so only links that name a DID are accepted.
const DID = /^did:(?:plc:[a-z2-7]{24}|web:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/;
// app.bsky.feed.post records are keyed by TIDs: 13 base32-sortable characters.
const TID = /^[2-7a-z]{13}$/;
const PATHS = [/^\/profile\/([^/]+)\/post\/([^/]+)\/?$/, /^\/embed\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)\/?$/];
const COLOR_MODES = ['light', 'dark', 'system'] as const;
const EMBED = 'https://embed.bsky.app';

/**
 * Bluesky posts, in embed.bsky.app's frame. Only links that name the author's DID: a handle would need a look-up.
 *
 * @accepts `bsky.app/profile/did:plc:…/post/RKEY`, `embed.bsky.app/embed/did:…/app.bsky.feed.post/RKEY`; `colorMode=dark`
 */
export const data: ProviderData = {
  id: 'bluesky',
  name: 'Bluesky',
  company: 'Bluesky Social',
  kind: 'post',
  privacyPolicy: 'https://bsky.social/about/support/privacy-policy',
  // Bluesky's oEmbed gives no height; the frame reports its own once drawn.
  box: { height: 600 },
  hosts: ['bsky.app', 'embed.bsky.app'],
  origins: [EMBED],
};

export function parse(url: URL): BlueskyTarget | null {
  for (const path of PATHS) {
    const [, did, rkey] = path.exec(url.pathname) ?? [];
    if (!did || !rkey || !DID.test(did) || !TID.test(rkey)) continue;
    const colorMode = COLOR_MODES.find((m) => m === url.searchParams.get('colorMode'));
    return colorMode ? { did, rkey, colorMode } : { did, rkey };
  }
  return null;
}

export function embed(target: BlueskyTarget, { title }: EmbedContext): HTMLElement {
  // The DID keeps its colons: it is checked to letters, digits, dots, dashes and
  // colons, and the embed server reads it as written.
  const src = new URL(`/embed/${target.did}/app.bsky.feed.post/${encodeURIComponent(target.rkey)}`, EMBED);
  // The frame sends {height, id} with the id it was given (bskyembed container.tsx).
  // The element already checks the message's window and origin, so the id need
  // only be stable: the record key. No ref_url: that would tell Bluesky the page.
  src.searchParams.set('id', target.rkey);
  if (target.colorMode) src.searchParams.set('colorMode', target.colorMode);
  return createFrame(data, {
    src,
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
}
