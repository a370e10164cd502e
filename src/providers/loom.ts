import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { parseStart } from './url-parts.js';

export interface LoomTarget {
  /** The video id: 32 hex digits. */
  readonly id: string;
  /** Start time in seconds, when the URL gave one. */
  readonly start?: number;
}

/** `/share/ID` (newer links put the title first: `/share/Title-Words-ID`), `/embed/ID`. */
const PATH_ID = /^\/(?:share|embed)\/(?:[A-Za-z0-9-]{1,200}-)?([0-9a-f]{32})\/?$/;
const LOOM = 'https://www.loom.com';

/**
 * Loom videos.
 *
 * @accepts `loom.com/share/ID` (also `/share/Title-Words-ID`), `loom.com/embed/ID`; start time from `t=90`, `t=1m30s`
 */
export const data: ProviderData = {
  id: 'loom',
  name: 'Loom',
  company: 'Atlassian',
  kind: 'video',
  brand: '#625df5',
  privacyPolicy: 'https://www.atlassian.com/legal/privacy-policy',
  box: { ratio: '16 / 9' },
  hosts: ['www.loom.com', 'loom.com'],
  origins: [LOOM],
};

export function parse(url: URL): LoomTarget | null {
  const id = PATH_ID.exec(url.pathname)?.[1];
  if (!id) return null;
  const start = parseStart(url.searchParams.get('t'));
  return start ? { id, start } : { id };
}

export function embed(target: LoomTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL(`/embed/${encodeURIComponent(target.id)}`, LOOM);
  if (target.start) src.searchParams.set('t', `${target.start}s`);
  if (autoplay) src.searchParams.set('autoplay', 'true');
  return createFrame(data, {
    src,
    title,
    // Loom's embed code delegates only fullscreen (allowfullscreen here); autoplay
    // lets the click on this embed's button start the video.
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    // No sandbox: nothing shows Loom's player working in one.
  });
}
