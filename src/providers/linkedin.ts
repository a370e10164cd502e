import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface LinkedInTarget {
  readonly type: 'activity' | 'share' | 'ugcPost';
  readonly id: string;
  /** True for LinkedIn's collapsed variant, as its embed code offers. */
  readonly collapsed?: boolean;
}

const TYPES = { activity: 'activity', share: 'share', ugcpost: 'ugcPost' } as const;
/** `/posts/name_title-activity-ID-AbCd/`: the slug before the type is free text, percent-encoded where not ASCII. */
const POSTS = /^\/posts\/(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2}){1,300}[-_](activity|share|ugcPost)-(\d{10,20})(?:-[A-Za-z0-9_-]{1,12})?\/?$/;
/** `/feed/update/urn:li:activity:ID/`, and the embed page `/embed/feed/update/urn:li:share:ID`, colons plain or encoded. */
const URN = /^\/(?:embed\/)?feed\/update\/urn(?::|%3A)li(?::|%3A)(activity|share|ugcPost)(?::|%3A)(\d{10,20})\/?$/i;
const ORIGIN = 'https://www.linkedin.com';

/**
 * LinkedIn posts, in LinkedIn's embed frame.
 *
 * @accepts `linkedin.com/posts/name_title-activity-ID-xxxx`, `/feed/update/urn:li:activity:ID` (also `share`, `ugcPost`),
 * `/embed/feed/update/urn:li:share:ID`; `collapsed=1`
 */
export const data: ProviderData = {
  id: 'linkedin',
  name: 'LinkedIn',
  company: 'LinkedIn',
  kind: 'post',
  brand: '#0077b5',
  privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy',
  // LinkedIn's embed code sets a height per post (504 wide); none is reported later.
  box: { height: 600 },
  hosts: ['www.linkedin.com', 'linkedin.com'],
  origins: [ORIGIN],
};

export function parse(url: URL): LinkedInTarget | null {
  // Nothing in the slug is used, but an encoded slash or backslash is never part of a real one.
  if (/%(?:2f|5c)/i.test(url.pathname)) return null;
  const [, kind, id] = POSTS.exec(url.pathname) ?? URN.exec(url.pathname) ?? [];
  const type = kind && TYPES[kind.toLowerCase() as keyof typeof TYPES];
  if (!type || !id) return null;
  return url.searchParams.get('collapsed') === '1' ? { type, id, collapsed: true } : { type, id };
}

export function embed(target: LinkedInTarget, { title }: EmbedContext): HTMLElement {
  // The URN keeps its colons, as LinkedIn's embed code writes it: the type is one of
  // three words and the id digits, so there is nothing to encode.
  const src = new URL(`/embed/feed/update/urn:li:${target.type}:${target.id}`, ORIGIN);
  if (target.collapsed) src.searchParams.set('collapsed', '1');
  return createFrame(data, {
    src,
    title,
    // LinkedIn's embed code gives its frame no permissions.
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: there is no evidence that the embed works in one.
  });
}
