import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface InstagramTarget {
  /** The post's shortcode, as in `/p/CODE/`. */
  readonly code: string;
  /** True for the variant that shows the caption under the picture. */
  readonly captioned?: boolean;
}

/** `/p/CODE/`, `/reel/CODE/`, `/reels/CODE/`, `/tv/CODE/`, also under `/user/`; the embed page adds `/embed/` or `/embed/captioned/`. */
const PATH = /^\/(?:[A-Za-z0-9._]{1,30}\/)?(?:p|reels?|tv)\/([A-Za-z0-9_-]{1,64})(?:\/embed(\/captioned)?)?\/?$/;
const ORIGIN = 'https://www.instagram.com';

/** Reads Instagram's `{"type": "MEASURE", "details": {"height": 812}}`, sent as JSON (or, by some versions, an object). */
function measureHeight(data: unknown): number | undefined {
  const message = messageData(data);
  const { type, details } = (message ?? {}) as { type?: unknown; details?: { height?: unknown } };
  return type === 'MEASURE' && typeof details?.height === 'number' ? details.height : undefined;
}

/**
 * Instagram posts, reels and IGTV videos, in Instagram's embed frame.
 *
 * @accepts `instagram.com/p/CODE/`, `/reel/CODE/`, `/tv/CODE/`, `/user/p/CODE/`, `/p/CODE/embed/` (`/embed/captioned/` keeps
 * the caption), `instagr.am/p/CODE/`
 */
export const data: ProviderData = {
  id: 'instagram',
  name: 'Instagram',
  company: 'Meta',
  kind: 'post',
  brand: '#ff0069',
  privacyPolicy: 'https://privacycenter.instagram.com/policy',
  // Instagram publishes no default height; the frame reports its own once drawn.
  box: { height: 600 },
  hosts: ['www.instagram.com', 'instagram.com', 'm.instagram.com', 'instagr.am', 'www.instagr.am'],
  origins: [ORIGIN],
};

export function parse(url: URL): InstagramTarget | null {
  const [, code, captioned] = PATH.exec(url.pathname) ?? [];
  if (!code) return null;
  return captioned ? { code, captioned: true } : { code };
}

export function embed(target: InstagramTarget, { title }: EmbedContext): HTMLElement {
  // Reels and IGTV share the shortcode space of posts, and /p/CODE/embed/ shows each of them.
  const src = new URL(`/p/${encodeURIComponent(target.code)}/embed/${target.captioned ? 'captioned/' : ''}`, ORIGIN);
  return createFrame(data, {
    src,
    title,
    // Instagram's embed.js gives its frames no permissions.
    allow: '',
    // Instagram embeds break when no cross-origin Referer is sent (arkenfox/user.js lists
    // Instagram under the breakage of its referer pref; BBC's simorgh #10261 had to send one
    // for Instagram embeds): this sends the page's origin only, never its path.
    referrerPolicy: 'strict-origin-when-cross-origin',
    // No sandbox: there is no evidence that the embed works in one.
    resize: { height: measureHeight },
  });
}
