import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface KalturaTarget {
  /** Which player the uiconf is: the Player v7 (`embedPlaykitJs`) or the older v2 (`embedIframeJs`). */
  readonly player: 'v7' | 'v2';
  /** The account: digits. */
  readonly partner: string;
  /** The account's player configuration: digits. */
  readonly uiconf: string;
  /** The media entry: a digit, `_`, and eight lowercase letters or digits. */
  readonly entry: string;
}

const NUMBER = /^\d{1,12}$/;
const ENTRY = /^\d_[a-z0-9]{8}$/;
/** `/p/PARTNER/embedPlaykitJs/uiconf_id/UICONF` (v7), `/p/PARTNER/sp/PARTNER00/embedIframeJs/uiconf_id/UICONF/partner_id/PARTNER` (v2). */
const PLAYER = /^\/p\/([^/]+)\/(?:embedPlaykitJs|sp\/\d{1,14}\/(embedIframeJs))\/uiconf_id\/([^/]+)(?:\/partner_id\/([^/]+))?\/?$/;
/** The hosts Kaltura's embed codes use; every other kaltura.com host is a MediaSpace, KAF or Kaltura's own site. */
const API = new Set(['cdnapisec.kaltura.com', 'cdnapi.kaltura.com', 'www.kaltura.com']);
/** A MediaSpace (video portal) page: `/media/Title/ENTRY`, `/media/t/ENTRY`, `/id/ENTRY`. */
const PORTAL = /^\/(?:media|id)\//;
/** The KMC's share link, `/index.php/extwidget/preview/partner_id/…`: it names the uiconf, but not which player it is for. */
const PREVIEW = /^\/index\.php\/extwidget\/preview\//;
const CDN = 'https://cdnapisec.kaltura.com';

/**
 * Kaltura videos, in the account's own player. MediaSpace portals on a school's
 * or company's own host are not recognised: their embed code's link is.
 *
 * @accepts `cdnapisec.kaltura.com/p/PARTNER/embedPlaykitJs/uiconf_id/UICONF?iframeembed=true&entry_id=ENTRY` (Player v7),
 * `cdnapisec.kaltura.com/p/PARTNER/sp/PARTNER00/embedIframeJs/uiconf_id/UICONF/partner_id/PARTNER?iframeembed=true&entry_id=ENTRY` (v2);
 * `www.kaltura.com/tiny/` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'kaltura',
  name: 'Kaltura',
  company: 'Kaltura',
  kind: 'video',
  privacyPolicy: 'https://corp.kaltura.com/legal/privacy/privacy-policy/',
  box: { ratio: '16 / 9' },
  // The embed codes' hosts and the portals Kaltura hosts (NAME.mediaspace., NAME.kaf.) are all
  // subdomains of kaltura.com; www. is named as well for its short links, which a prefix names exactly.
  hosts: ['*.kaltura.com', 'www.kaltura.com'],
  short: ['www.kaltura.com/tiny/'],
  origins: [CDN],
};

export function parse(url: URL): KalturaTarget | null | false {
  // A portal's page names its entry but not the player; MediaSpace refuses to be framed by default (allowLoadInIframe).
  if (!API.has(url.hostname)) return PORTAL.test(url.pathname) ? false : null;
  if (PREVIEW.test(url.pathname)) return false;
  const [, partner, v2, uiconf, partnerAgain] = PLAYER.exec(url.pathname) ?? [];
  if (!partner || !uiconf || !NUMBER.test(partner) || !NUMBER.test(uiconf)) return null;
  if (partnerAgain !== undefined && partnerAgain !== partner) return null;
  const entry = url.searchParams.get('entry_id');
  // The player without what it plays, as Brightcove's and JW Player's are: the embed code's link names the entry.
  if (entry === null) return false;
  return ENTRY.test(entry) ? { player: v2 ? 'v2' : 'v7', partner, uiconf, entry } : null;
}

export function embed(target: KalturaTarget, { title }: EmbedContext): HTMLElement {
  const { partner, uiconf } = target;
  // Kaltura's own iframe embed codes, one per player; a uiconf works in its own player only.
  const path =
    target.player === 'v7'
      ? `/p/${partner}/embedPlaykitJs/uiconf_id/${uiconf}`
      : `/p/${partner}/sp/${partner}00/embedIframeJs/uiconf_id/${uiconf}/partner_id/${partner}`;
  const src = new URL(path, CDN);
  src.searchParams.set('iframeembed', 'true');
  src.searchParams.set('entry_id', target.entry);
  return createFrame(data, {
    src,
    title,
    // Kaltura's embed codes delegate these plus fullscreen (allowfullscreen
    // here); encrypted-media plays DRM-protected entries.
    allow: 'autoplay; encrypted-media',
    // An account may limit playback to its own domains (access control's
    // "Authorized Domains"), checked against the embedding page: this policy
    // sends its origin only, never its path.
    referrerPolicy: 'strict-origin-when-cross-origin',
    // No sandbox: nothing shows Kaltura's players, with their plugins
    // (quizzes, downloads, sharing), working in one.
  });
}
