import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface StreamableTarget {
  /** The video's short code: lowercase letters and digits (`moo`, `dnd1`, `w2wdyg`). */
  readonly id: string;
}

const ID = /^[a-z0-9]{3,8}$/;
/** `/ID`, and the players `/e/ID` (Streamable's embed code) and `/o/ID` (its oEmbed answer). */
const PATH = /^\/(?:[eo]\/)?([^/]+)\/?$/;
/** Pages of the site that look like a short code. */
const NOT_VIDEOS = new Set(['about', 'blog', 'careers', 'clipper', 'help', 'login', 'pricing', 'privacy', 'settings', 'signup', 'terms', 'upload', 'videos']);
const STREAMABLE = 'https://streamable.com';

/**
 * Streamable videos.
 *
 * @accepts `streamable.com/ID`, `streamable.com/e/ID` (the embed code's), `streamable.com/o/ID`
 */
export const data: ProviderData = {
  id: 'streamable',
  name: 'Streamable',
  company: 'Streamable',
  kind: 'video',
  privacyPolicy: 'https://streamable.com/privacy',
  box: { ratio: '16 / 9' },
  hosts: ['streamable.com'],
  origins: [STREAMABLE],
};

export function parse(url: URL): StreamableTarget | null {
  const id = PATH.exec(url.pathname)?.[1];
  return id && ID.test(id) && !NOT_VIDEOS.has(id) ? { id } : null;
}

export function embed(target: StreamableTarget, { title, autoplay }: EmbedContext): HTMLElement {
  // The player of Streamable's embed code.
  const src = new URL(`/e/${encodeURIComponent(target.id)}`, STREAMABLE);
  if (autoplay) src.searchParams.set('autoplay', '1');
  return createFrame(data, {
    src,
    title,
    // Streamable's embed code: `allow="fullscreen;autoplay"` (fullscreen comes from allowfullscreen here).
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    // No sandbox: nothing shows Streamable's player working in one.
  });
}
