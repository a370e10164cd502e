import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface TedTarget {
  /** The talk's slug: `ken_robinson_do_schools_kill_creativity`. */
  readonly slug: string;
  /** The language of the talk page (and so of the player's subtitles), when the URL gave one. */
  readonly language?: string;
}

const SLUG = /^[A-Za-z0-9_-]{1,200}$/;
// TED's language codes: `fr`, `pt-br`, `zh-tw`, `sr-latn`.
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/;
/** `/talks/SLUG`, `/talks/lang/LANG/SLUG`, each with the `.html` older links end with. */
const PATH = /^\/talks\/(?:lang\/([^/]+)\/)?([^/]+?)(?:\.html)?\/?$/;
const EMBED = 'https://embed.ted.com';

/**
 * TED talks, in the language the link names.
 *
 * @accepts `ted.com/talks/SLUG` (with `?language=fr`), `ted.com/talks/lang/fr/SLUG`, `embed.ted.com/talks/SLUG`,
 * `embed.ted.com/talks/lang/fr/SLUG`
 */
export const data: ProviderData = {
  id: 'ted',
  name: 'TED',
  company: 'TED Conferences',
  kind: 'video',
  brand: '#e62b1e',
  privacyPolicy: 'https://www.ted.com/about/our-organization/our-policies-terms/privacy-policy',
  box: { ratio: '16 / 9' },
  hosts: ['www.ted.com', 'ted.com', 'embed.ted.com'],
  origins: [EMBED],
};

export function parse(url: URL): TedTarget | null {
  const [, path, slug] = PATH.exec(url.pathname) ?? [];
  if (!slug || !SLUG.test(slug)) return null;
  const inPath = path?.toLowerCase();
  if (inPath !== undefined && !LANGUAGE.test(inPath)) return null;
  // `?language=` on a talk page wins over the path; a code that is none is ignored.
  const asked = url.searchParams.get('language')?.toLowerCase();
  const language = asked && LANGUAGE.test(asked) ? asked : inPath;
  return language ? { slug, language } : { slug };
}

export function embed(target: TedTarget, { title }: EmbedContext): HTMLElement {
  // TED's embed codes (and the ARVE plugin, for `?language=`) put the language in the path.
  const path = target.language ? `/talks/lang/${encodeURIComponent(target.language)}/` : '/talks/';
  return createFrame(data, {
    src: new URL(path + encodeURIComponent(target.slug), EMBED),
    title,
    // TED's embed code delegates nothing but fullscreen (allowfullscreen here),
    // and no autoplay parameter of its player is documented.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox the ARVE WordPress plugin gives every TED frame by default
    // (Jetpack uses allow-popups allow-scripts allow-same-origin).
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
