import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export interface OdyseeTarget {
  /** The claim's path as the player reads it: `@channel:1/name:a`, `name:a`, or `name/CLAIMID`, names percent-encoded. */
  readonly path: string;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
  /** The creator's signature that opens an unlisted claim, as Odysee's embed code carries it. */
  readonly signature?: readonly [signature: string, timestamp: string];
}

/** A claim name: anything but what LBRY URLs reserve (odysee-frontend's `regexInvalidURI`), spaces and controls. */
const NAME = /^[^\s=&#:$@%?;/\\"<>{}|^~[\]`\p{Cc}\p{Cf}]{1,255}$/u;
/** A claim id or the short prefix of one that links use (`:8`). */
const CLAIM = /^[0-9a-f]{1,40}$/;
const SIGNATURE = /^[0-9a-f]{64,256}$/;
const TIMESTAMP = /^\d{1,12}$/;
/** `@CHANNEL:ID/NAME:ID`, `NAME:ID`, `NAME/CLAIMID` (the player's own form for a claim without a channel). */
const CLAIM_PATH = /^(?:@([^/:]+)(?::([^/]+))?\/)?([^/:]+)(?::([^/]+)|\/([0-9a-f]{40}))$/;
/** The player page, with `$` as it is or percent-encoded as Odysee's embed code writes it. */
const EMBED = /^\/(?:\$|%24)\/embed\/(.+)$/i;
const ODYSEE = 'https://odysee.com';

function claimPath(raw: string): string | null {
  let decoded: string;
  try {
    // Odysee's embed code percent-encodes the whole path (`%40channel%3A1%2Fname%3Aa`).
    decoded = decodeURIComponent(raw.replace(/\/$/, ''));
  } catch {
    return null;
  }
  const [, channel, channelId, name, id, longId] = CLAIM_PATH.exec(decoded) ?? [];
  if (!name || !NAME.test(name) || /^\.+$/.test(name)) return null;
  if (longId) return channel === undefined ? `${encodeURIComponent(name)}/${longId}` : null;
  if (!id || !CLAIM.test(id)) return null;
  const stream = `${encodeURIComponent(name)}:${id}`;
  if (channel === undefined) return stream;
  if (!NAME.test(channel) || (channelId !== undefined && !CLAIM.test(channelId))) return null;
  return `@${encodeURIComponent(channel)}${channelId === undefined ? '' : `:${channelId}`}/${stream}`;
}

/**
 * Odysee videos (LBRY claims), by the claim's link or the player's.
 *
 * @accepts `odysee.com/@channel:1/name:a`, `odysee.com/name:a`, `odysee.com/$/embed/@channel:1/name:a` (also as Odysee's
 * embed code encodes it, `%24/embed/%40channel%3A1%2Fname%3Aa`), `odysee.com/$/embed/name/CLAIMID`; start time from `t=90`
 */
export const data: ProviderData = {
  id: 'odysee',
  name: 'Odysee',
  company: 'Odysee',
  kind: 'video',
  brand: '#ef1970',
  privacyPolicy: 'https://odysee.com/$/privacypolicy',
  box: { ratio: '16 / 9' },
  hosts: ['odysee.com'],
  origins: [ODYSEE],
};

export function parse(url: URL): OdyseeTarget | null {
  const embedded = EMBED.exec(url.pathname)?.[1];
  // Every other page of the site is under `/$/`, and only the embed code
  // encodes the path's own slashes: in a claim's link, one is a bad id.
  if (embedded === undefined && /^\/(?:\$|%24)\/|%(?:2f|5c)/i.test(url.pathname)) return null;
  const path = claimPath(embedded ?? url.pathname.slice(1));
  if (!path) return null;
  const [signature, timestamp] = [url.searchParams.get('signature'), url.searchParams.get('signature_ts')];
  // Both or neither: one without the other opens nothing and is refused rather than dropped.
  if ((signature === null) !== (timestamp === null)) return null;
  if (signature !== null && (!SIGNATURE.test(signature) || !TIMESTAMP.test(timestamp!))) return null;
  const start = parseStart(url.searchParams.get('t'));
  return { path, ...(start && { start }), ...(signature !== null && { signature: [signature, timestamp!] as const }) };
}

export function embed(target: OdyseeTarget, { title, autoplay }: EmbedContext): HTMLElement {
  // Names were encoded when read; `@`, `:` and `/` are the path's own separators.
  const src = new URL(`/$/embed/${target.path}`, ODYSEE);
  if (target.start) src.searchParams.set('t', String(target.start));
  if (target.signature) {
    src.searchParams.set('signature', target.signature[0]);
    src.searchParams.set('signature_ts', target.signature[1]);
  }
  // The referral code (`r=`) of a shared link credits whoever shared it; the player does not need it.
  if (autoplay) src.searchParams.set('autoplay', 'true');
  return createFrame(data, {
    src,
    title,
    // Odysee's embed code delegates only fullscreen (allowfullscreen here);
    // autoplay lets the click on this embed's button start the video.
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    // The sandbox the ARVE WordPress plugin, which names Odysee among the
    // hosts it embeds, gives every frame by default.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
