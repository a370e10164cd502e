import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

/** Google's own "Embed a map" code, a My Maps map, or a place, search or view turned into a keyless embed. */
export type GoogleMapsTarget =
  | { readonly pb: string }
  | { readonly mid: string }
  | {
      /** What the map searches for and marks: a place name, an address or `lat,lng`. */
      readonly q: string;
      /** `lat,lng` the search is centred on, when the link had one. */
      readonly ll?: string;
      /** Zoom, 0 to 21. */
      readonly zoom?: number;
    }
  | {
      /** A route's start and end, as a place name, an address or `lat,lng`. */
      readonly saddr: string;
      readonly daddr: string;
    };

const GOOGLE = 'https://www.google.com';
/**
 * Google's country domains, as https://www.google.com/supported_domains lists
 * them: a link copied on google.de is a Google Maps link. A fixed list, never
 * a pattern (`google.*` would take in google.evil.test), kept here rather than
 * in the data every page carries (see `moreHosts`).
 */
const COUNTRIES = /* @__PURE__ */ new Set(
  (
    'ad ae com.af com.ag al am co.ao com.ar as at com.au az ba com.bd be bf bg com.bh bi bj com.bn com.bo com.br ' +
    'bs bt co.bw by com.bz ca cd cf cg ch ci co.ck cl cm cn com.co co.cr com.cu cv com.cy cz de dj dk dm com.do ' +
    'dz com.ec ee com.eg es com.et fi com.fj fm fr ga ge gg com.gh com.gi gl gm gr com.gt gy com.hk hn hr ht hu ' +
    'co.id ie co.il im co.in iq is it je com.jm jo co.jp co.ke com.kh ki kg co.kr com.kw kz la com.lb li lk co.ls ' +
    'lt lu lv com.ly co.ma md me mg mk ml com.mm mn com.mt mu mv mw com.mx com.my co.mz com.na com.ng com.ni ne ' +
    'nl no com.np nr nu co.nz com.om com.pa com.pe com.pg com.ph com.pk pl pn com.pr ps pt com.py com.qa ro ru rw ' +
    'com.sa com.sb sc se com.sg sh si sk com.sl sn so sm sr st com.sv td tg co.th com.tj tl tm tn to com.tr tt ' +
    'com.tw co.tz com.ua co.ug co.uk com.uy co.uz com.vc co.ve co.vi com.vn vu ws rs co.za co.zm co.zw cat'
  ).split(' ')
);
/**
 * `pb` is Google's protobuf-in-a-URL: `!1m18!1m12!…`, fields of digits, letters,
 * `.`, `-`, `_` and percent-escapes. Kept as Google wrote it, so only those.
 */
const PB = /^!(?:[0-9A-Za-z!._~*+-]|%[0-9A-Fa-f]{2}){1,3999}$/;
const MID = /^[A-Za-z0-9_-]{10,64}$/;
const NUMBER = /^-?\d{1,3}(?:\.\d{1,20})?$/;
/** `@lat,lng` then optional `,17z` (zoom), `,500m` (satellite) or street-view fields such as `,3a,75y,90t`. */
const AT = /^@(-?\d{1,3}(?:\.\d{1,20})?),(-?\d{1,3}(?:\.\d{1,20})?)((?:,\d{1,6}(?:\.\d{1,10})?[a-z])*)$/;
/** The `data=!4m…` segment Google appends to page links; it only repeats what the rest says. */
const DATA = /^data=(?:[0-9A-Za-z!._~:*+-]|%[0-9A-Fa-f]{2}){1,2000}$/;
/** A place name or search as text: no control or format characters, no slashes. */
const TEXT = /^[^\p{Cc}\p{Cf}/\\]{1,200}$/u;

function coordinates(lat: string | undefined, lng: string | undefined): string | null {
  if (!lat || !lng || !NUMBER.test(lat) || !NUMBER.test(lng)) return null;
  const [y, x] = [Number(lat), Number(lng)];
  return Math.abs(y) <= 90 && Math.abs(x) <= 180 ? `${y},${x}` : null;
}

/** `17z`, `17.5z` or `?z=17`: a zoom from 0 to 21, rounded; undefined when absent, NaN when out of range. */
function zoomOf(value: string | null | undefined): number | undefined {
  if (value == null) return undefined;
  const zoom = /^\d{1,2}(?:\.\d{1,10})?$/.test(value) ? Math.round(Number(value)) : NaN;
  return zoom <= 21 ? zoom : NaN;
}

/** A path segment as text: `Eiffel+Tower` → `Eiffel Tower`; null for an encoded slash or anything unreadable. */
function segmentText(raw: string): string | null {
  if (/%(?:2f|5c)/i.test(raw)) return null;
  try {
    const text = decodeURIComponent(raw.replaceAll('+', ' ')).trim();
    return TEXT.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** Reads `@lat,lng,17z`: the point and the zoom, or null when malformed or out of range. */
function viewOf(segment: string): { ll: string; zoom?: number } | null {
  const [, lat, lng, fields = ''] = AT.exec(segment) ?? [];
  const ll = coordinates(lat, lng);
  if (!ll) return null;
  const zoom = zoomOf(/,(\d{1,6}(?:\.\d{1,10})?)z(?:,|$)/.exec(fields)?.[1]);
  if (Number.isNaN(zoom)) return null;
  return zoom === undefined ? { ll } : { ll, zoom };
}

/** Street View's fields after `@lat,lng`: `,3a,75y,90h,95t`. Its panorama is named only in `data=`, which the keyless embed cannot show. */
const PANORAMA = /^@[^,]+,[^,]+,\d+a,/;

/**
 * `/maps/place/NAME[/@…][/data=…]`, `/maps/search/QUERY[/@…][/data=…]`, `/maps/@…[/data=…]`, directions
 * `/maps/dir/FROM/TO[/@…][/data=…]`; false for a Street View link, a page whose embed only "Embed a map" gives.
 */
function fromPath(segments: string[]): GoogleMapsTarget | null | false {
  if (segments.length && DATA.test(segments.at(-1)!)) segments = segments.slice(0, -1);
  if (segments.length && PANORAMA.test(segments.at(-1)!)) return false;
  if (segments[0] === 'dir') return route(segments.slice(1));
  const [kind, first, second, ...rest] = segments;
  if (kind?.startsWith('@') && !first) {
    const view = viewOf(kind);
    return view && (view.zoom === undefined ? { q: view.ll } : { q: view.ll, zoom: view.zoom });
  }
  if ((kind !== 'place' && kind !== 'search') || !first || rest.length) return null;
  const q = segmentText(first);
  if (!q) return null;
  if (!second) return { q };
  const view = viewOf(second);
  return view && { q, ...view };
}

/**
 * A route of two stops, drawn by the keyless embed's `saddr` and `daddr`; a
 * route with no start (Google's "Directions" to a place) is that place.
 * Routes through more stops have no keyless form.
 */
function route(segments: string[]): GoogleMapsTarget | null {
  if (segments.length && segments.at(-1)!.startsWith('@')) segments = segments.slice(0, -1);
  if (segments.length !== 2) return null;
  const [from, to] = segments.map((segment) => (segment === '' ? '' : segmentText(segment)));
  if (from === null || !to) return null;
  return from ? { saddr: from, daddr: to } : { q: to };
}

/** The `?q=…&z=…&ll=…` of classic links and of the keyless embed itself, and the Maps URLs `api=1` forms. */
function fromQuery(url: URL): GoogleMapsTarget | null {
  const params = url.searchParams;
  const api = params.get('api') === '1';
  const q = api ? (params.get('query') ?? params.get('center')) : params.get('q');
  const zoom = zoomOf(api ? params.get('zoom') : params.get('z'));
  if (!q || Number.isNaN(zoom)) return null;
  // A `lat,lng` query is range-checked like any other coordinates.
  const point = /^(-?[\d.]+),\s*(-?[\d.]+)$/.exec(q);
  const text = point ? coordinates(point[1], point[2]) : TEXT.test(q.trim()) ? q.trim() : null;
  if (!text) return null;
  const llParam = params.get('ll');
  const pair = llParam === null ? undefined : /^([^,]*),([^,]*)$/.exec(llParam);
  const ll = pair === undefined ? undefined : coordinates(pair?.[1], pair?.[2]);
  if (ll === null) return null;
  return { q: text, ...(ll ? { ll } : {}), ...(zoom === undefined ? {} : { zoom }) };
}

/** The raw `pb` value, exactly as Google percent-encoded it; null when absent or given twice. */
function rawParam(url: URL, name: string): string | null {
  const values = url.search.slice(1).split('&').filter((part) => part.startsWith(`${name}=`));
  return values.length === 1 ? values[0]!.slice(name.length + 1) : null;
}

/**
 * Google Maps, without an API key: the "Embed a map" URL as it is, and plain links turned into an embeddable one.
 *
 * @accepts `google.com/maps/embed?pb=…` ("Embed a map"), `google.com/maps/place/NAME/@LAT,LNG,Zz`, `/maps/search/QUERY`, `/maps/@LAT,LNG,Zz`, `maps.google.com/?q=…`, on every country domain (`google.de`, `google.co.uk`), My Maps `/maps/d/viewer?mid=…`, directions `/maps/dir/FROM/TO`; Street View links (which only "Embed a map" can embed) and `goo.gl` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'google-maps',
  name: 'Google Maps',
  company: 'Google',
  kind: 'map',
  brand: '#4285f4',
  privacyPolicy: 'https://policies.google.com/privacy',
  box: { ratio: '4 / 3' },
  hosts: ['www.google.com', 'google.com', 'maps.google.com', 'goo.gl', 'maps.app.goo.gl'],
  short: ['goo.gl/', 'maps.app.goo.gl/'],
  origins: [GOOGLE],
  moreHosts: true,
};

/** `google.de`, `www.google.co.uk`, `maps.google.com.au`: one of Google's own hosts, on any of its country domains. */
function googleHost(hostname: string): boolean {
  // Short links are the registry's to refuse: they lead wherever Google says.
  if (hostname.endsWith('goo.gl')) return false;
  if (data.hosts.includes(hostname)) return true;
  const [, tld] = /^(?:www\.|maps\.)?google\.(.+)$/.exec(hostname) ?? [];
  return !!tld && COUNTRIES.has(tld);
}

export function parse(url: URL): GoogleMapsTarget | null | false {
  if (!googleHost(url.hostname)) return null;
  const path = url.pathname.replace(/\/$/, '');
  if (path === '/maps/embed') {
    const pb = rawParam(url, 'pb');
    return pb && PB.test(pb) ? { pb } : null;
  }
  if (/^\/maps\/d\/(?:embed|viewer|edit)$/.test(path)) {
    const mid = url.searchParams.get('mid');
    return mid && MID.test(mid) ? { mid } : null;
  }
  if (path === '/maps' || (path === '' && url.hostname.startsWith('maps.'))) return fromQuery(url);
  if ((path === '/maps/search' || path === '/maps/@') && url.searchParams.get('api') === '1') return fromQuery(url);
  if (path.startsWith('/maps/')) return fromPath(path.slice('/maps/'.length).split('/'));
  return null;
}

export function embed(target: GoogleMapsTarget, { title }: EmbedContext): HTMLElement {
  let src: URL;
  if ('pb' in target) {
    src = new URL('/maps/embed', GOOGLE);
    // pb was checked character by character above; set raw so that it reaches
    // Google exactly as its own embed code has it (searchParams would re-escape every `!`).
    src.search = `pb=${target.pb}`;
  } else if ('mid' in target) {
    src = new URL('/maps/d/embed', GOOGLE);
    src.searchParams.set('mid', target.mid);
  } else if ('saddr' in target) {
    src = new URL('/maps', GOOGLE);
    src.searchParams.set('saddr', target.saddr);
    src.searchParams.set('daddr', target.daddr);
    src.searchParams.set('output', 'embed');
  } else {
    // The keyless embed: `output=embed` on a plain Maps URL. www.google.com
    // rather than maps.google.com, so that one origin serves every form.
    src = new URL('/maps', GOOGLE);
    src.searchParams.set('q', target.q);
    if (target.ll) src.searchParams.set('ll', target.ll);
    if (target.zoom !== undefined) src.searchParams.set('z', String(target.zoom));
    src.searchParams.set('output', 'embed');
  }
  return createFrame(data, {
    src,
    title,
    // Google's own embed code asks for nothing but fullscreen, which every frame here has.
    allow: '',
    // Google's own embed code sends a Referer (no-referrer-when-downgrade), and
    // Google told Maps Platform customers that Maps Embed requests without one
    // are blocked from 23 July 2026 (quoted in elementor/elementor#36227).
    // This sends the page's origin only, never its path.
    referrerPolicy: 'strict-origin-when-cross-origin',
  });
}
