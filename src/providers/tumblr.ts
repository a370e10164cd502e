import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface TumblrTarget {
  /** The key of Tumblr's embed code (with its `t:` prefix in newer codes). */
  readonly key: string;
  /** The post's id. */
  readonly post: string;
  /** Newer codes end in `/v2`, the current look of a post. */
  readonly v2?: boolean;
}

// Keys seen are 22 base64url characters.
const KEY = /^(?:t:)?[A-Za-z0-9_-]{10,64}$/;
/** The embed code's `data-href`: `/embed/post/KEY/ID`, `/embed/post/t:KEY/ID/v2`. */
const EMBED = /^\/embed\/post\/([^/]+)\/(\d{1,20})(\/v2)?\/?$/;
/** A post's page on its blog, `/post/ID/slug`; on the dashboard, `/BLOG/ID/slug`. */
const BLOG_POST = /^\/post\/\d{1,20}(?:\/[^/]*)?\/?$/;
const DASHBOARD_POST = /^\/(?:blog\/view\/)?[A-Za-z0-9-]{1,32}\/\d{1,20}(?:\/[^/]*)?\/?$/;
const EMBED_ORIGIN = 'https://embed.tumblr.com';

/** Reads the post's height, which the frame sends as `{"method": "tumblr-post:sizeChange", "args": [840]}` in JSON. */
function resizeHeight(data: unknown): number | undefined {
  const message = messageData(data);
  const { method, args } = (message ?? {}) as { method?: unknown; args?: unknown };
  const size = method === 'tumblr-post:sizeChange' && Array.isArray(args) ? (args[0] as unknown) : undefined;
  return typeof size === 'number' ? size : undefined;
}

/**
 * Tumblr posts, in Tumblr's embed frame. Its address holds a key that only Tumblr's embed code carries
 * (s9e/TextFormatter asks Tumblr's oEmbed for it): a post's own link is refused, with the advice to paste the
 * address from the embed code.
 *
 * @accepts `embed.tumblr.com/embed/post/KEY/ID` (the `data-href` of Tumblr's embed code); post links
 * (`BLOG.tumblr.com/post/ID`, `tumblr.com/BLOG/ID`) and `tmblr.co` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'tumblr',
  name: 'Tumblr',
  company: 'Tumblr (Automattic)',
  kind: 'post',
  brand: '#36465d',
  privacyPolicy: 'https://www.tumblr.com/privacy',
  // Tumblr's embed code gives the frame no height: the frame reports its own once drawn.
  box: { height: 600 },
  // Every blog is BLOG.tumblr.com.
  hosts: ['tumblr.com', '*.tumblr.com', 'tmblr.co'],
  short: ['tmblr.co/'],
  origins: [EMBED_ORIGIN],
};

export function parse(url: URL): TumblrTarget | false | null {
  const { hostname, pathname } = url;
  if (hostname === 'embed.tumblr.com') {
    const [, key, post, v2] = EMBED.exec(pathname) ?? [];
    return key && post && KEY.test(key) ? { key, post, ...(v2 && { v2: true }) } : null;
  }
  const dashboard = hostname === 'tumblr.com' || hostname === 'www.tumblr.com';
  return (dashboard ? DASHBOARD_POST : BLOG_POST).test(pathname) ? false : null;
}

export function embed(target: TumblrTarget, { title }: EmbedContext): HTMLElement {
  // The key keeps its colon: it is checked to base64url characters after an optional `t:`.
  const src = new URL(`/embed/post/${target.key}/${encodeURIComponent(target.post)}${target.v2 ? '/v2' : ''}`, EMBED_ORIGIN);
  return createFrame(data, {
    src,
    title,
    // No permissions: the AMP WordPress plugin's frame for Tumblr (below) delegates none either.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox the AMP WordPress plugin gives Tumblr's frame (AMP_Tumblr_Embed_Handler);
    // popups escape it, so that a post's links open as ordinary pages.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    // The frame reports its height unprompted.
    resize: { height: resizeHeight },
  });
}
