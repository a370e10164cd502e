import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface UmapTarget {
  /** The interface language the map URL is under: `fr`, `en`, `pt-br`. */
  readonly lang: string;
  /** The map's name as a slug; uMap goes by the id, the slug only reads well. */
  readonly slug: string;
  readonly id: string;
  /** `#zoom/lat/lon`, the view the link opened on, when it had one. */
  readonly view?: string;
}

const UMAP = 'https://umap.openstreetmap.fr';
/** uMap's route `<lang>/map/<slug:slug>_<int:map_id>` (umap/urls.py, under i18n_patterns). */
const MAP_PATH = /^\/([a-z]{2,3}(?:-[a-z]{2,4})?)\/map\/([A-Za-z0-9_-]{1,200})_(\d{1,10})\/?$/;
const VIEW = /^#(\d{1,2})\/(-?\d{1,2}(?:\.\d{1,10})?)\/(-?\d{1,3}(?:\.\d{1,10})?)$/;
/**
 * The query string of uMap's own "Share and download → Iframe" code
 * (IframeExporter in umap/static/umap/js/modules/share.js), in its order.
 * `null` means hidden there; onLoadPanel is left out so the map's own setting holds.
 */
const EMBED_OPTIONS: readonly [string, string][] = [
  ['scaleControl', 'false'],
  ['miniMapControl', 'false'],
  ['scrollWheelZoom', 'false'],
  ['zoomControl', 'true'],
  ['editMode', 'disabled'],
  ['moreControl', 'true'],
  ['searchControl', 'null'],
  ['tilelayersControl', 'null'],
  ['embedControl', 'null'],
  ['datalayersControl', 'true'],
  ['captionBar', 'false'],
  ['captionMenus', 'true'],
];

function viewOf(hash: string): string | null | undefined {
  if (!hash) return undefined;
  const [, zoom, lat, lon] = VIEW.exec(hash) ?? [];
  if (!zoom || !lat || !lon || Number(zoom) > 20 || Math.abs(Number(lat)) > 90 || Math.abs(Number(lon)) > 180) return null;
  return `${Number(zoom)}/${Number(lat)}/${Number(lon)}`;
}

/**
 * uMap maps on umap.openstreetmap.fr.
 *
 * @accepts `umap.openstreetmap.fr/LANG/map/NAME_ID` (with `#zoom/lat/lon`)
 */
export const data: ProviderData = {
  id: 'umap',
  name: 'uMap',
  company: 'OpenStreetMap France',
  kind: 'map',
  privacyPolicy: 'https://www.openstreetmap.fr/mentions-legales/',
  box: { ratio: '4 / 3' },
  hosts: ['umap.openstreetmap.fr'],
  origins: [UMAP],
};

export function parse(url: URL): UmapTarget | null {
  // The short form /m/<id>/ is a redirect only the server can follow; it is refused here.
  const [, lang, slug, id] = MAP_PATH.exec(url.pathname) ?? [];
  if (!lang || !slug || !id) return null;
  const view = viewOf(url.hash);
  if (view === null) return null;
  return view ? { lang, slug, id, view } : { lang, slug, id };
}

export function embed(target: UmapTarget, { title }: EmbedContext): HTMLElement {
  const path = `/${encodeURIComponent(target.lang)}/map/${encodeURIComponent(`${target.slug}_${target.id}`)}`;
  const src = new URL(path, UMAP);
  for (const [name, value] of EMBED_OPTIONS) src.searchParams.set(name, value);
  if (target.view) src.hash = target.view;
  return createFrame(data, {
    src,
    title,
    // uMap's code also asks for geolocation, for its "locate me" button; a map
    // on someone else's page has no need to learn where the visitor is.
    allow: '',
    referrerPolicy: 'no-referrer',
  });
}
