import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface RedditTarget {
  /** The path on embed.reddit.com, rebuilt from its validated parts: `/r/sub/comments/id/slug/`. */
  readonly path: string;
  /** The options of Reddit's embed code that the URL gave, validated. */
  readonly options: readonly (readonly [string, string])[];
}

/**
 * `/r/sub/comments/ID/`, optionally with the title slug and a comment id
 * (`/r/sub/comments/ID/slug/CID/`, `/r/sub/comments/ID/comment/CID/`); the same
 * under `/user/name/` or `/u/name/` for posts on a profile.
 */
const PATH = /^\/(r|user|u)\/([A-Za-z0-9_-]{1,50})\/comments\/([a-z0-9]{1,13})(?:\/([A-Za-z0-9_]{1,200})(?:\/([a-z0-9]{1,13}))?)?\/?$/;
const SUBREDDIT = /^[A-Za-z0-9_]{1,50}$/;
const BOOLEANS = ['showmedia', 'showmore', 'showtitle', 'showusername', 'showedits'];
const ORIGIN = 'https://embed.reddit.com';

function options(params: URLSearchParams): [string, string][] {
  const kept: [string, string][] = [];
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') kept.push(['theme', theme]);
  for (const name of BOOLEANS) {
    const value = params.get(name);
    if (value === 'true' || value === 'false') kept.push([name, value]);
  }
  for (const name of ['context', 'depth']) {
    const value = params.get(name);
    if (value && /^[0-9]$/.test(value)) kept.push([name, value]);
  }
  return kept;
}

/** Reads Reddit's `{"type": "resize.embed", "data": 455}`, sent as JSON (or an object). */
function resizeHeight(data: unknown): number | undefined {
  const message = messageData(data);
  const { type, data: height } = (message ?? {}) as { type?: unknown; data?: unknown };
  // The first message, before the post is in, says 0.
  return type === 'resize.embed' && typeof height === 'number' && height > 0 ? height : undefined;
}

/**
 * Reddit posts and comments, in embed.reddit.com's frame.
 *
 * @accepts `reddit.com/r/sub/comments/ID/slug/` (also `www.`, `old.`, `new.`, `embed.`), with a comment id,
 * `/user/name/comments/ID/`; `theme`, `showmedia`, `context`, `depth`
 */
export const data: ProviderData = {
  id: 'reddit',
  name: 'Reddit',
  company: 'Reddit',
  kind: 'post',
  brand: '#ff4500',
  privacyPolicy: 'https://www.reddit.com/policies/privacy-policy',
  // Reddit's embed code reserves height:500px until its frame reports the real one.
  box: { height: 500 },
  hosts: [
    'reddit.com',
    'www.reddit.com',
    'old.reddit.com',
    'new.reddit.com',
    'np.reddit.com',
    'm.reddit.com',
    'sh.reddit.com',
    'embed.reddit.com',
    'www.redditmedia.com',
    'redd.it',
  ],
  short: ['redd.it/'],
  origins: [ORIGIN],
};

export function parse(url: URL): RedditTarget | null {
  const [, kind, name = '', post, slug, comment] = PATH.exec(url.pathname) ?? [];
  if (!post || (kind === 'r' && !SUBREDDIT.test(name))) return null;
  const parts = [kind === 'r' ? 'r' : 'user', name, 'comments', post, ...(slug ? [slug] : []), ...(comment ? [comment] : [])];
  return { path: `/${parts.map(encodeURIComponent).join('/')}/`, options: options(url.searchParams) };
}

export function embed(target: RedditTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(target.path, ORIGIN);
  src.searchParams.set('embed', 'true');
  for (const [name, value] of target.options) src.searchParams.set(name, value);
  return createFrame(data, {
    src,
    title,
    allow: '',
    referrerPolicy: 'no-referrer',
    // Sites frame embed.reddit.com with allow-scripts allow-popups allow-popups-to-escape-sandbox
    // and it renders (MarseyWorld's embeds); allow-same-origin keeps the origin the height
    // messages are checked against.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    // The frame reports its height unprompted, as widgets.js's "resize.embed" message.
    resize: { height: resizeHeight },
  });
}
