import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface BandcampTarget {
  /** The player's `key=value` path parameters, each checked, in the order the link gave them. */
  readonly params: readonly (readonly [key: string, value: string])[];
}

const BANDCAMP = 'https://bandcamp.com';
/** Every parameter Bandcamp's "Share / Embed" generator writes, and what each may be. */
const PARAMS: Readonly<Record<string, RegExp>> = {
  album: /^\d{1,12}$/,
  track: /^\d{1,12}$/,
  size: /^(?:large|small)$/,
  bgcol: /^(?:[0-9a-fA-F]{6}|transparent)$/,
  linkcol: /^[0-9a-fA-F]{6}$/,
  tracklist: /^(?:true|false)$/,
  artwork: /^(?:small|none|big)$/,
  minimal: /^(?:true|false)$/,
  transparent: /^(?:true|false)$/,
  // The track to start on, by its number in the album.
  t: /^\d{1,3}$/,
};
const PATH = /^\/EmbeddedPlayer(?:\.html)?\/(.+?)\/?$/;
const PARAM = /^([a-z]{1,16})=([^=]*)$/;
/** An album's or a track's page: it names the item by its title, and only Bandcamp knows its number. */
const PAGE = /^\/(?:album|track)\/[^/]+\/?$/;

/**
 * Bandcamp albums and tracks, from the player URL of Bandcamp's "Share / Embed" (a page URL carries no id).
 *
 * @accepts `bandcamp.com/EmbeddedPlayer/album=ID/…` or `/track=ID/…`, with its size, colour and artwork options
 */
export const data: ProviderData = {
  id: 'bandcamp',
  name: 'Bandcamp',
  company: 'Bandcamp',
  kind: 'audio',
  brand: '#408294',
  privacyPolicy: 'https://bandcamp.com/privacy',
  // The generator's heights: the standard player with big artwork is 470 px,
  // small or no artwork 120, the slim player 42, artwork only 350. A track list
  // makes it taller by its length, which the link does not say.
  box: { height: 470 },
  boxes: {
    // The last piece found wins: the slim player's height before any other.
    '/artwork=small': { height: 120 },
    '/artwork=none': { height: 120 },
    '/minimal=true': { height: 350 },
    '/size=small': { height: 42 },
  },
  // Album and track pages (artist.bandcamp.com/album/…) carry no numeric id,
  // so only the player URL from Bandcamp's embed code can be read; page links
  // are listed to be refused as such (`page-link`) rather than as unknown.
  hosts: ['bandcamp.com', '*.bandcamp.com'],
  origins: [BANDCAMP],
};

export function parse(url: URL): BandcampTarget | null | false {
  if (url.hostname !== 'bandcamp.com') return PAGE.test(url.pathname) ? false : null;
  const [, path] = PATH.exec(url.pathname) ?? [];
  if (!path) return null;
  const params: [string, string][] = [];
  for (const piece of path.split('/')) {
    const [, key, value] = PARAM.exec(piece) ?? [];
    if (key === undefined || value === undefined) return null;
    const pattern = Object.hasOwn(PARAMS, key) ? PARAMS[key] : undefined;
    // Keys the generator no longer writes (`v=2`) are dropped; a known one must be valid, and said once.
    if (!pattern) continue;
    if (!pattern.test(value) || params.some(([k]) => k === key)) return null;
    params.push([key, value]);
  }
  return params.some(([key]) => key === 'album' || key === 'track') ? { params } : null;
}

export function embed(target: BandcampTarget, { title }: EmbedContext): HTMLElement {
  // Each key is one of PARAMS and each value matched its pattern: nothing here needs escaping.
  const path = target.params.map(([key, value]) => `${key}=${value}/`).join('');
  const src = new URL(`/EmbeddedPlayer/${path}`, BANDCAMP);
  return createFrame(data, {
    src,
    title,
    // The player has no autoplay parameter and plays on a click inside it;
    // Bandcamp's embed code grants nothing.
    allow: '',
    referrerPolicy: 'no-referrer',
  });
}
