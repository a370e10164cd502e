// Where a provider's thumbnail and title are found: its public oEmbed
// endpoint, and for YouTube a thumbnail address that needs no request before
// it. Read by the `posters` command in a site's build, and by the opt-in
// previews (core/previews.ts), which a visitor's browser runs only after the
// visitor allowed that provider's previews: never anything before a choice.
// Data and pure functions only, for Node and the browser alike.
//
// A provider is listed only when its endpoint is documented or listed in the
// oEmbed registry (oembed.com, github.com/iamcal/oembed `providers/`) and
// answers with a `thumbnail_url` for a public item; the evidence is beside each.

/** How one provider's thumbnail is found. */
export interface Source {
  /**
   * The oEmbed request for a target: the endpoint with the item's public page
   * in `url`; none when the target names no page the endpoint reads.
   */
  readonly oembed?: (target: Target, src: URL) => URL | undefined;
  /** A thumbnail address built from the target alone, tried when oEmbed gives none. */
  readonly direct?: (target: Target) => URL | undefined;
  /**
   * Every host a request for this provider may reach, endpoint, thumbnails and
   * redirects alike: exact, or `*.example.com` for its subdomains. A redirect
   * or a `thumbnail_url` anywhere else is refused.
   */
  readonly hosts: readonly string[];
  /**
   * How a visitor's browser may find the thumbnail, for previews: `direct`
   * (an image address, no request before it) or `oembed`, only where the
   * endpoint is known to answer a browser's cross-origin fetch
   * (`Access-Control-Allow-Origin`) without an API key. None: the command only.
   */
  readonly browser?: 'direct' | 'oembed';
}

/** What a provider's `parse` returned, read loosely: each source checks the fields it uses. */
export type Target = Readonly<Record<string, unknown>>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** `endpoint` with `url` set to `page`, and the other parameters it already has. */
function ask(endpoint: string, page: string | undefined): URL | undefined {
  if (!page) return undefined;
  const url = new URL(endpoint);
  url.searchParams.set('url', page);
  return url;
}

/** Builds a page address on a fixed origin from path segments, each one encoded. */
const page = (origin: string, ...segments: string[]): string => `${origin}/${segments.map(encodeURIComponent).join('/')}`;

export const SOURCES: Readonly<Record<string, Source>> = {
  // Endpoint: iamcal/oembed providers/youtube.yml. Its answer carries
  // `thumbnail_url: https://i.ytimg.com/vi/ID/hqdefault.jpg` (iamcal/oembed#506),
  // an address built from the id alone: the fallback when oEmbed fails (a video
  // that may not be embedded answers 401 there, and still has a thumbnail).
  youtube: {
    oembed: (t) => ask('https://www.youtube.com/oembed?format=json', text(t.id) && `https://www.youtube.com/watch?v=${encodeURIComponent(t.id as string)}`),
    direct: (t) => (text(t.id) ? new URL(page('https://i.ytimg.com', 'vi', t.id as string, 'hqdefault.jpg')) : undefined),
    hosts: ['www.youtube.com', 'i.ytimg.com'],
    // In the browser the image alone: one host told (i.ytimg.com), no JSON. lite-youtube-embed shows the same address.
    browser: 'direct',
  },
  // Endpoint: iamcal/oembed providers/vimeo.yml (`vimeo.com/api/oembed.json`);
  // answers carry `thumbnail_url` on vimeocdn.com (Zotonic's mod_oembed documents one).
  vimeo: {
    oembed: (t) => {
      const id = text(t.id);
      if (!id) return undefined;
      const where = t.page === 'showcase' ? page('https://vimeo.com', 'showcase', id) : t.page === 'event' ? page('https://vimeo.com', 'event', id) : text(t.hash) ? page('https://vimeo.com', id, t.hash as string) : page('https://vimeo.com', id);
      return ask('https://vimeo.com/api/oembed.json', where);
    },
    hosts: ['vimeo.com', '*.vimeocdn.com'],
    // Fetched from browsers by Vimeo's own SDK: vimeo/player.js `getOEmbedData` (src/lib/embed.js) asks this
    // endpoint with an XMLHttpRequest from the embedding page, which works only with Access-Control-Allow-Origin
    // (vimeo/player.js#82 shows the one case it lacked it: a 503). No API key.
    browser: 'oembed',
  },
  // Endpoint and answer: developers.dailymotion.com/guides/embed-with-oembed/;
  // Dailymotion's oEmbed page shows `thumbnail_url` on dmcdn.net.
  dailymotion: {
    oembed: (t) => ask('https://www.dailymotion.com/services/oembed?format=json', text(t.id) && page('https://www.dailymotion.com', 'video', t.id as string)),
    hosts: ['www.dailymotion.com', '*.dmcdn.net'],
  },
  // Endpoint and answer: developer.spotify.com/documentation/embeds/reference/oembed
  // ("a thumbnail image associated with the entity", when there is one); images on i.scdn.co.
  spotify: {
    oembed: (t) => ask('https://open.spotify.com/oembed', text(t.type) && text(t.id) && page('https://open.spotify.com', t.type as string, t.id as string)),
    hosts: ['open.spotify.com', 'i.scdn.co', '*.scdn.co', '*.spotifycdn.com'],
  },
  // Endpoint: iamcal/oembed providers/flickr.yml, which reads photo pages and
  // flic.kr short links (a short link's target names no owner: its own link is asked).
  flickr: {
    oembed: (t, src) => {
      const user = text(t.user);
      const id = text(t.id);
      if (!user || !id) return undefined;
      if (user === '_') return ask('https://www.flickr.com/services/oembed/?format=json', src.hostname === 'flic.kr' ? src.href : undefined);
      return ask('https://www.flickr.com/services/oembed/?format=json', t.album ? page('https://www.flickr.com', 'photos', user, 'albums', id) : `${page('https://www.flickr.com', 'photos', user, id)}/`);
    },
    hosts: ['www.flickr.com', '*.staticflickr.com'],
  },
  // Endpoint and answer: docs.wistia.com/docs/wistia-and-oembed (iframe embed
  // URLs are read); thumbnails on embed-ssl.wistia.com.
  wistia: {
    oembed: (t) => ask('https://fast.wistia.com/oembed.json', text(t.id) && page('https://fast.wistia.com', 'embed', 'iframe', t.id as string)),
    hosts: ['fast.wistia.com', 'fast.wistia.net', '*.wistia.com', '*.wistia.net'],
  },
  // Endpoint: iamcal/oembed providers/loom.yml (`/share/ID`); thumbnails on cdn.loom.com.
  loom: {
    oembed: (t) => ask('https://www.loom.com/v1/oembed?format=json', text(t.id) && page('https://www.loom.com', 'share', t.id as string)),
    hosts: ['www.loom.com', 'cdn.loom.com'],
  },
  // Endpoint: iamcal/oembed providers/streamable.yml; its answer's `thumbnail_url`
  // (protocol-relative, on a streamable.com CDN host) is what video-to-markdown reads.
  streamable: {
    oembed: (t) => ask('https://api.streamable.com/oembed.json', text(t.id) && page('https://streamable.com', t.id as string)),
    hosts: ['api.streamable.com', '*.streamable.com'],
  },
};

/** Whether `hostname` is one of `hosts`: exact, or under a `*.` one. */
export function allowedHost(hosts: readonly string[], hostname: string): boolean {
  return hosts.some((host) => (host.startsWith('*.') ? hostname.endsWith(host.slice(1)) : hostname === host));
}
