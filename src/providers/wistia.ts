import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface WistiaTarget {
  /** The media's hashed id: ten lowercase letters and digits. */
  readonly id: string;
}

const MEDIA_ID = /^[a-z0-9]{10}$/;
/** `ACCOUNT.wistia.com/medias/ID`, `fast.wistia.net/embed/iframe/ID`, `fast.wistia.com/embed/medias/ID`. */
const PATH_ID = /^\/(?:medias|embed\/iframe|embed\/medias)\/([^/]+)\/?$/;
const FAST = 'https://fast.wistia.net';

/**
 * Wistia videos, played with Wistia's doNotTrack option.
 *
 * @accepts `ACCOUNT.wistia.com/medias/ID`, `fast.wistia.net/embed/iframe/ID`, `fast.wistia.com/embed/medias/ID`
 */
export const data: ProviderData = {
  id: 'wistia',
  name: 'Wistia',
  company: 'Wistia',
  kind: 'video',
  brand: '#58b7fe',
  privacyPolicy: 'https://wistia.com/privacy',
  box: { ratio: '16 / 9' },
  // Each account's media pages live on its own subdomain of wistia.com.
  hosts: ['*.wistia.com', 'fast.wistia.net'],
  origins: [FAST],
};

export function parse(url: URL): WistiaTarget | null {
  const id = PATH_ID.exec(url.pathname)?.[1];
  return id && MEDIA_ID.test(id) ? { id } : null;
}

export function embed(target: WistiaTarget, { title, autoplay }: EmbedContext): HTMLElement {
  const src = new URL(`/embed/iframe/${encodeURIComponent(target.id)}`, FAST);
  // Wistia's doNotTrack embed option: no viewing statistics are recorded for this visit.
  src.searchParams.set('doNotTrack', 'true');
  if (autoplay) src.searchParams.set('autoPlay', 'true');
  return createFrame(data, {
    src,
    title,
    // Wistia's own iframe embed code: autoplay plus fullscreen (allowfullscreen here).
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    // The sandbox the ARVE WordPress plugin gives every Wistia frame by default;
    // allow-forms for the email and call-to-action forms a video may show.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox allow-forms',
  });
}
