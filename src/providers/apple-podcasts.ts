import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pathName } from './url-parts.js';

export interface ApplePodcastsTarget {
  /** The storefront: a two-letter country code. */
  readonly country: string;
  /** The show's name part of the path, decoded; absent when the link had none. */
  readonly slug?: string;
  /** The show's number, without its `id` prefix. */
  readonly id: string;
  /** `?i=`: one episode of the show. */
  readonly episode?: string;
}

const EMBED = 'https://embed.podcasts.apple.com';
const PATH = /^\/(?:([a-z]{2})\/)?podcast\/(?:([^/]{1,600})\/)?id(\d{1,12})\/?$/;
const EPISODE = /^\d{1,16}$/;

/**
 * Apple Podcasts shows and episodes.
 *
 * @accepts `podcasts.apple.com/CC/podcast/NAME/idNNN` (an episode with `?i=`; also without `CC/`), `embed.podcasts.apple.com/…`
 */
export const data: ProviderData = {
  id: 'apple-podcasts',
  name: 'Apple Podcasts',
  company: 'Apple',
  kind: 'audio',
  brand: '#9933cc',
  privacyPolicy: 'https://www.apple.com/legal/privacy/',
  // Apple's embed code: 450 px for a show, 175 px for an episode. An episode
  // is told apart only by `?i=`, which boxes cannot see: every link gets 450.
  box: { height: 450 },
  hosts: ['podcasts.apple.com', 'embed.podcasts.apple.com'],
  origins: [EMBED],
};

export function parse(url: URL): ApplePodcastsTarget | null {
  // Without a storefront, Apple's redirect picks the visitor's, which only a request
  // would tell; the embed names one, and a show is the same in (nearly) every one.
  const [, country = 'us', rawSlug, id] = PATH.exec(url.pathname) ?? [];
  const slug = pathName(rawSlug);
  if (!id || slug === null) return null;
  const episode = url.searchParams.get('i');
  if (episode !== null && !EPISODE.test(episode)) return null;
  return { country, id, ...(slug ? { slug } : {}), ...(episode ? { episode } : {}) };
}

export function embed(target: ApplePodcastsTarget, { title }: EmbedContext): HTMLElement {
  const parts = [target.country, 'podcast', ...(target.slug ? [target.slug] : []), `id${target.id}`];
  const src = new URL(`/${parts.map(encodeURIComponent).join('/')}`, EMBED);
  if (target.episode) src.searchParams.set('i', target.episode);
  return createFrame(data, {
    src,
    title,
    // Apple's embed code, less `fullscreen *` (every frame here allows it). Apple
    // grants these to `*`; kept so, since playback is Apple's to arrange.
    allow: 'autoplay *; encrypted-media *; clipboard-write',
    referrerPolicy: 'no-referrer',
    // The sandbox Apple's own embed code sets, token for token.
    sandbox:
      'allow-forms allow-popups allow-same-origin allow-scripts allow-storage-access-by-user-activation allow-top-navigation-by-user-activation',
  });
}
