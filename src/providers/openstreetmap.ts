import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface OpenStreetMapTarget {
  /** `minlon,minlat,maxlon,maxlat`, the area the embed fits into its frame. */
  readonly bbox: string;
  /** One of the layers openstreetmap.org lets be embedded. */
  readonly layer: string;
  /** `lat,lon` of the marker, when the link had one. */
  readonly marker?: string;
}

const OSM = 'https://www.openstreetmap.org';
/** Letters of `#map=…&layers=C` for the layers whose `canEmbed` is set in openstreetmap-website's config/layers.yml. */
const LAYERS: Readonly<Record<string, string>> = { M: 'mapnik', Y: 'cyclosm', C: 'cyclemap', T: 'transportmap', H: 'hot', S: 'shortbread' };
// Pure: the core, which holds only the data, leaves it out.
const EMBEDDABLE = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.values(LAYERS));
const NUMBER = /^-?\d{1,3}(?:\.\d{1,20})?$/;
/** `#map=ZOOM/LAT/LON`, as the site writes it (whole zooms, cropped coordinates). */
const MAP = /^(\d{1,2})\/(-?[\d.]{1,24})\/(-?[\d.]{1,24})$/;
/**
 * A link gives a centre and a zoom, the embed wants an area. The area is what
 * a nominal 640 × 480 CSS-pixel frame (4:3, a typical content column) shows at
 * that zoom; the embed fits it into the real frame, so a larger frame shows
 * more around it and a smaller one zooms out.
 */
const NOMINAL = { width: 640, height: 480 };
/** The latitude where Web Mercator ends. */
const MAX_LAT = 85.0511287798;
/** Web Mercator at zoom 0 is one 256-pixel tile. */
const TILE = 256;

const round = (n: number) => Number(n.toFixed(7));

function number(value: string | null | undefined, limit: number): number | null {
  if (!value || !NUMBER.test(value)) return null;
  const n = Number(value);
  return Math.abs(n) <= limit ? n : null;
}

function bboxAround(lat: number, lon: number, zoom: number): string {
  const world = TILE * 2 ** zoom;
  const halfLon = ((NOMINAL.width / 2) * 360) / world;
  const y = Math.log(Math.tan(Math.PI / 4 + (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 360));
  const halfY = ((NOMINAL.height / 2) * 2 * Math.PI) / world;
  const latOf = (y: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI));
  const clampLon = (x: number) => Math.max(-180, Math.min(180, x));
  return [clampLon(lon - halfLon), latOf(y - halfY), clampLon(lon + halfLon), latOf(y + halfY)].map(round).join(',');
}

/** `lat,lon`, range-checked: null when malformed, undefined when absent. */
function markerOf(lat: string | null, lon: string | null): string | null | undefined {
  if (lat === null && lon === null) return undefined;
  const [y, x] = [number(lat, 90), number(lon, 180)];
  return y === null || x === null ? null : `${y},${x}`;
}

/** The embed URL itself: `bbox=minlon,minlat,maxlon,maxlat[&layer=…][&marker=lat,lon]`. */
function fromEmbed(params: URLSearchParams): OpenStreetMapTarget | null {
  const parts = (params.get('bbox') ?? '').split(',');
  if (parts.length !== 4) return null;
  const [minlon, minlat, maxlon, maxlat] = parts.map((part, i) => number(part, i % 2 ? 90 : 180));
  if (minlon == null || minlat == null || maxlon == null || maxlat == null || minlon >= maxlon || minlat >= maxlat) return null;
  const given = params.get('marker');
  const pair = given === null ? undefined : /^([^,]*),([^,]*)$/.exec(given);
  const marker = pair === undefined ? undefined : markerOf(pair?.[1] ?? '', pair?.[2] ?? '');
  if (marker === null) return null;
  const layer = params.get('layer') ?? '';
  return {
    bbox: [minlon, minlat, maxlon, maxlat].join(','),
    // An unknown layer is ignored: the embed page itself falls back to the standard one.
    layer: EMBEDDABLE.has(layer) ? layer : 'mapnik',
    ...(marker ? { marker } : {}),
  };
}

/**
 * A map page: `/#map=15/48.8584/2.2945&layers=C`, optionally `?mlat=…&mlon=…`, or only `?mlat&mlon[&zoom]`,
 * or the site's older `?lat=…&lon=…[&zoom]`. The page of a node, way or relation with its view (`#map=`).
 */
function fromPage(url: URL): OpenStreetMapTarget | null {
  const hash = new URLSearchParams(url.hash.slice(1));
  const query = url.searchParams;
  const marker = markerOf(query.get('mlat'), query.get('mlon'));
  if (marker === null) return null;
  let lat: number | null, lon: number | null, zoom: number;
  const view = MAP.exec(hash.get('map') ?? '');
  if (view) {
    [zoom, lat, lon] = [Number(view[1]), number(view[2], 90), number(view[3], 180)];
  } else if (marker || (query.has('lat') && url.pathname === '/')) {
    // The site's own default when a link has no view: zoom 12 around the marker, or around `lat` and `lon`.
    [lat, lon] = marker ? (marker.split(',').map(Number) as [number, number]) : [number(query.get('lat'), 90), number(query.get('lon'), 180)];
    const given = query.get('zoom');
    zoom = given === null ? 12 : /^\d{1,2}$/.test(given) ? Number(given) : NaN;
  } else {
    return null;
  }
  if (lat === null || lon === null || !(zoom <= 20)) return null;
  const code = [...(hash.get('layers') ?? '')].find((letter) => letter in LAYERS);
  return { bbox: bboxAround(lat, lon, zoom), layer: code ? LAYERS[code]! : 'mapnik', ...(marker ? { marker } : {}) };
}

/**
 * OpenStreetMap, in its own embeddable map page.
 *
 * @accepts `openstreetmap.org/#map=ZOOM/LAT/LON` (with `?mlat=&mlon=` for a marker, `&layers=`), `?mlat=&mlon=[&zoom=]`,
 * the older `?lat=&lon=&zoom=`, `/node/ID`, `/way/ID` and `/relation/ID` with their `#map=`, `osm.org/…`,
 * `openstreetmap.org/export/embed.html?bbox=…`
 */
export const data: ProviderData = {
  id: 'openstreetmap',
  name: 'OpenStreetMap',
  company: 'OpenStreetMap Foundation',
  kind: 'map',
  brand: '#7ebc6f',
  privacyPolicy: 'https://osmfoundation.org/wiki/Privacy_Policy',
  box: { ratio: '4 / 3' },
  hosts: ['www.openstreetmap.org', 'openstreetmap.org', 'osm.org', 'www.osm.org'],
  origins: [OSM],
};

export function parse(url: URL): OpenStreetMapTarget | null {
  if (url.pathname === '/export/embed.html' || url.pathname === '/export/embed') return fromEmbed(url.searchParams);
  // An object's page is a map view when its link carries one (`#map=`); short links (/go/…) are not.
  if (url.pathname === '/' || /^\/(?:node|way|relation)\/\d{1,12}\/?$/.test(url.pathname)) return fromPage(url);
  return null;
}

export function embed(target: OpenStreetMapTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL('/export/embed.html', OSM);
  src.searchParams.set('bbox', target.bbox);
  src.searchParams.set('layer', target.layer);
  if (target.marker) src.searchParams.set('marker', target.marker);
  return createFrame(data, {
    src,
    title,
    allow: '',
    // The embed page needs no Referer. Its tile requests, which the tile usage
    // policy wants one on, come from the embed page itself and carry its own origin.
    referrerPolicy: 'no-referrer',
  });
}
