import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface TikTokTarget {
  /** The video's numeric id. */
  readonly id: string;
}

const VIDEO_ID = /^\d{10,20}$/;
/** `/@user/video/ID`, and the player pages `/embed/v2/ID`, `/embed/ID`, `/player/v1/ID`. */
const PATH = /^\/(?:@[A-Za-z0-9._]{1,24}\/video|embed(?:\/v2)?|player\/v1)\/([^/]+)\/?$/;
const ORIGIN = 'https://www.tiktok.com';
/** Short links that only TikTok can resolve: recognised, and refused. */

/**
 * TikTok videos, in the player TikTok documents for iframes (vertical).
 *
 * @accepts `tiktok.com/@user/video/ID`, `/embed/v2/ID`, `/player/v1/ID`; the `vm.`/`vt.` and `/t/` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'tiktok',
  name: 'TikTok',
  company: 'TikTok',
  kind: 'video',
  brand: '#000000',
  privacyPolicy: 'https://www.tiktok.com/legal/page/row/privacy-policy/en',
  box: { ratio: '9 / 16' },
  hosts: ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com'],
  short: ['vm.tiktok.com/', 'vt.tiktok.com/', 'www.tiktok.com/t/', 'tiktok.com/t/', 'm.tiktok.com/t/'],
  origins: [ORIGIN],
};

export function parse(url: URL): TikTokTarget | null {
  const id = PATH.exec(url.pathname)?.[1];
  return id && VIDEO_ID.test(id) ? { id } : null;
}

export function embed(target: TikTokTarget, { title, autoplay }: EmbedContext): HTMLElement {
  // The frame TikTok documents for iframes (developers.tiktok.com/doc/embed-player).
  const src = new URL(`/player/v1/${encodeURIComponent(target.id)}`, ORIGIN);
  if (autoplay) src.searchParams.set('autoplay', '1');
  return createFrame(data, {
    src,
    title,
    // A video player: it plays on the click that loaded it; fullscreen comes from allowfullscreen.
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    // No sandbox: there is no evidence that the player works in one.
  });
}
