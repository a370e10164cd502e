import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface CanvaTarget {
  /** The design's id: `DA` and nine more characters in every link seen. */
  readonly design: string;
  /** The view link's key, which lets anyone with the link see the design; absent on a public design's own view link. */
  readonly key?: string;
  /** `watch` for videos, `view` for everything else. */
  readonly page: 'view' | 'watch';
}

const DESIGN = /^DA[A-Za-z0-9_-]{9,20}$/;
const KEY = /^[A-Za-z0-9_-]{10,64}$/;
/** `/design/ID[/KEY]/view` or `/watch`: a view-only link, and Canva's embed code. */
const VIEW = /^\/design\/([^/]+)(?:\/([^/]+))?\/(view|watch)\/?$/;
/** `/design/ID[/KEY]/edit`: the editor's link. */
const EDIT = /^\/design\/[^/]+(?:\/[^/]+)?\/edit\/?$/;
const CANVA = 'https://www.canva.com';

/**
 * Canva designs: presentations, documents, videos, from a view-only link.
 *
 * @accepts `canva.com/design/ID/KEY/view` (the "view-only link" and the embed code), `/watch` for videos,
 * `canva.com/design/ID/view` (public designs); `canva.link` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'canva',
  name: 'Canva',
  company: 'Canva',
  kind: 'design',
  brand: '#00c4cc',
  privacyPolicy: 'https://www.canva.com/policies/privacy-policy/',
  // Canva's embed code reserves the design's own shape; 16:9 is that of presentations and videos.
  box: { ratio: '16 / 9' },
  hosts: ['www.canva.com', 'canva.com', 'canva.link'],
  short: ['canva.link/'],
  origins: [CANVA],
};

export function parse(url: URL): CanvaTarget | null | false {
  // An editor's link carries a key that lets anyone edit the design: never put
  // it in a page. The view-only link has a key of its own, which only Canva knows.
  if (EDIT.test(url.pathname)) return false;
  const [, design, key, page] = VIEW.exec(url.pathname) ?? [];
  if (!design || !DESIGN.test(design) || (key !== undefined && !KEY.test(key))) return null;
  return { design, ...(key ? { key } : {}), page: page === 'watch' ? 'watch' : 'view' };
}

export function embed(target: CanvaTarget, { title }: EmbedContext): HTMLElement {
  const key = target.key ? `/${encodeURIComponent(target.key)}` : '';
  const src = new URL(`/design/${encodeURIComponent(target.design)}${key}/${target.page}`, CANVA);
  // Canva's embed code: the bare `?embed`, which shows the design without Canva's page around it.
  src.search = 'embed';
  return createFrame(data, {
    src,
    title,
    // Canva's embed code grants nothing but fullscreen.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox Outline gives every embed, Canva among them, less downloads
    // and forms: a design's view has neither.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  });
}
