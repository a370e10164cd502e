import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { pageNumber } from './url-parts.js';

export interface IssuuTarget {
  readonly user: string;
  /** The publication's name in its address. */
  readonly doc: string;
  readonly page?: number;
}

/** `/user/docs/name`, optionally with a page number after it. */
const PAGE_PATH = /^\/([^/]+)\/docs\/([^/]+)(?:\/(\d{1,4}))?\/?$/;
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,200}$/;
const ISSUU = 'https://e.issuu.com';

function read(user: string | null | undefined, doc: string | null | undefined, page: string | null | undefined): IssuuTarget | null {
  if (!user || !doc || user.length > 64 || !NAME.test(user) || !NAME.test(doc)) return null;
  const number = pageNumber(page);
  return number ? { user, doc, page: number } : { user, doc };
}

/**
 * Issuu publications: the page link names the account and the publication, all the embed needs.
 *
 * @accepts `issuu.com/user/docs/name` (also with a page number), `e.issuu.com/embed.html?u=user&d=name` (with `pageNumber`)
 */
export const data: ProviderData = {
  id: 'issuu',
  name: 'Issuu',
  company: 'Issuu',
  kind: 'document',
  brand: '#f36d5d',
  privacyPolicy: 'https://issuu.com/legal/privacy',
  // Issuu's embed code reserves 60% of the width (at least 326 px): 5 by 3.
  box: { ratio: '5 / 3' },
  hosts: ['issuu.com', 'www.issuu.com', 'e.issuu.com'],
  origins: [ISSUU],
};

export function parse(url: URL): IssuuTarget | null {
  if (url.hostname === 'e.issuu.com') {
    const query = url.searchParams;
    return url.pathname === '/embed.html' ? read(query.get('u'), query.get('d'), query.get('pageNumber')) : null;
  }
  const [, user, doc, page] = PAGE_PATH.exec(url.pathname) ?? [];
  return read(user, doc, page);
}

export function embed(target: IssuuTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL('/embed.html', ISSUU);
  src.searchParams.set('d', target.doc);
  src.searchParams.set('u', target.user);
  if (target.page) src.searchParams.set('pageNumber', String(target.page));
  return createFrame(data, {
    src,
    title,
    // Issuu's embed code grants this, for the copy button of its share menu, and fullscreen (allowfullscreen here).
    allow: 'clipboard-write',
    referrerPolicy: 'no-referrer',
    // Issuu's own embed code sandboxes its frame with these and allow-top-navigation,
    // left out: with it the frame could move the page away without a click.
    sandbox:
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms allow-modals allow-downloads ' +
      'allow-top-navigation-by-user-activation',
  });
}
