import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface InfogramTarget {
  /** The chart's id as its address writes it: `slug-1g8e205xdj03pod`, a UUID, or `_/TOKEN`. */
  readonly id: string;
}

/** One path segment, or the `_/TOKEN` of ids the current editor issues. */
const PATH = /^\/((?:_\/)?[A-Za-z0-9][A-Za-z0-9_-]{0,199})\/?$/;
/**
 * The site's own pages and files share the chart's address shape (`infogram.com/pricing`, `e.infogram.com/js`):
 * every chart id has a digit (`slug-1g8e205xdj03pod`, a UUID, `_/YM46DvOTftyx9pNzV67y`), no page of the site has one.
 */
const CHART = /\d/;
/** Charts from the infogr.am years have title slugs without a digit; they are framed from e.infogram.com only. */
const OLD_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
const FRAME = 'https://e.infogram.com';

/**
 * Infogram charts, maps and infographics.
 *
 * @accepts `infogram.com/slug-ID` (also `infogram.com/UUID`), `e.infogram.com/ID?src=embed` (also `/_/ID`)
 */
export const data: ProviderData = {
  id: 'infogram',
  name: 'Infogram',
  company: 'Prezi',
  kind: 'chart',
  privacyPolicy: 'https://infogram.com/privacy',
  // Infogram's oEmbed answers 600 px high for its 550 px wide default.
  box: { height: 600 },
  hosts: ['infogram.com', 'e.infogram.com'],
  origins: [FRAME],
};

export function parse(url: URL): InfogramTarget | null {
  const id = PATH.exec(url.pathname)?.[1];
  if (!id || !(CHART.test(id) || (url.hostname === 'e.infogram.com' && OLD_SLUG.test(id)))) return null;
  return { id };
}

export function embed(target: InfogramTarget, { title }: EmbedContext): HTMLElement {
  // The id is letters, digits, `_` and `-`, with at most a leading `_/`: nothing to escape.
  const src = new URL(`/${target.id}`, FRAME);
  // What Infogram's embed loader and iframe code both add.
  src.searchParams.set('src', 'embed');
  return createFrame(data, {
    src,
    title,
    // Infogram's iframe code delegates nothing but fullscreen (allowfullscreen here).
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox the oEmbed Infogram WordPress plugin gives the frame on AMP
    // pages; links in it open unsandboxed.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    // No resize: the frame posts strings beginning `iframeHeight` (seen by nextend's Smart Slider
    // gist for e.infogram.com), a protocol Infogram does not document; the box stays fixed.
  });
}
