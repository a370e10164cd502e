import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pageNumber } from './url-parts.js';

export interface ScribdTarget {
  /** The document's numeric id. */
  readonly id: string;
  /** The access key of a private document, from its embed code. */
  readonly key?: string;
  readonly page?: number;
  readonly mode?: 'scroll' | 'slideshow' | 'book';
}

/** `/document/ID/slug`, `/doc/ID`, `/presentation/ID/slug` (pages), `/embeds/ID/content` (the embed code). */
const PATH = /^\/(?:(?:document|doc|presentation)\/(\d{1,12})(?:\/[^/]{1,300})?|embeds\/(\d{1,12})\/content)\/?$/;
const KEY = /^key-[A-Za-z0-9]{1,40}$/;
const MODES = ['scroll', 'slideshow', 'book'] as const;
const SCRIBD = 'https://www.scribd.com';

/**
 * Scribd documents: a document's page link names its id, which is all the embed needs.
 *
 * @accepts `scribd.com/document/ID/slug` (also `/doc/`, `/presentation/`, the language hosts `de.` …),
 * `scribd.com/embeds/ID/content` with its `access_key`, `start_page`, `view_mode`
 */
export const data: ProviderData = {
  id: 'scribd',
  name: 'Scribd',
  company: 'Scribd',
  kind: 'document',
  brand: '#1a7bba',
  privacyPolicy: 'https://www.scribd.com/privacy',
  // Scribd's embed code is 100% wide and 600 px high.
  box: { height: 600 },
  // Pages are shared from the language hosts (es., de., fr., pt. …) too.
  hosts: ['scribd.com', '*.scribd.com'],
  origins: [SCRIBD],
};

export function parse(url: URL): ScribdTarget | null {
  const [, page, embedded] = PATH.exec(url.pathname) ?? [];
  const id = page ?? embedded;
  if (!id) return null;
  const query = url.searchParams;
  const key = query.get('access_key');
  // Refused, not dropped: a private document does not open without its key.
  if (key !== null && !KEY.test(key)) return null;
  const start = pageNumber(query.get('start_page'));
  const mode = MODES.find((m) => m === query.get('view_mode'));
  return {
    id,
    ...(key ? { key } : {}),
    ...(start && { page: start }),
    ...(mode ? { mode } : {}),
  };
}

export function embed(target: ScribdTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/embeds/${encodeURIComponent(target.id)}/content`, SCRIBD);
  if (target.page) src.searchParams.set('start_page', String(target.page));
  if (target.mode) src.searchParams.set('view_mode', target.mode);
  if (target.key) src.searchParams.set('access_key', target.key);
  return createFrame(data, {
    src,
    title,
    // Scribd's embed code delegates no permission.
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: nothing shows Scribd's reader working in one.
  });
}
