import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface KickstarterTarget {
  /** The creator's name or number in the project's address. */
  readonly creator: string;
  /** The project's slug. */
  readonly slug: string;
}

const NAME = /^[A-Za-z0-9_-]{1,100}$/;
/**
 * `/projects/CREATOR/SLUG`, alone or followed by the page of its video widget or its card's,
 * or by one of the project page's tabs, which all show the same project (a single update, `/posts/ID`, is not one).
 */
const PATH = /^\/projects\/([^/]+)\/([^/]+)(?:\/widget\/(?:video|card)\.html|\/(?:description|rewards|faqs|comments|community|creator|posts))?\/?$/;
const KICKSTARTER = 'https://www.kickstarter.com';
const VIDEO_WIDGET = 'widget/video.html';

/**
 * Kickstarter projects, by their video widget: the one Kickstarter's oEmbed
 * answers with (what WordPress embeds) and ARVE builds. The other widget, the
 * card, is a fixed 220-pixel-wide box, so a card's link shows the video too.
 *
 * @accepts `kickstarter.com/projects/CREATOR/SLUG` (also its tabs: `/rewards`, `/faqs`, `/posts` …), also as the link of
 * its video widget or its card (shown as the video); `kck.st` short links are explained, not followed
 */
export const data: ProviderData = {
  id: 'kickstarter',
  name: 'Kickstarter',
  company: 'Kickstarter',
  kind: 'video',
  brand: '#05ce78',
  privacyPolicy: 'https://www.kickstarter.com/privacy',
  box: { ratio: '16 / 9' },
  // kickstarter.com sends its visitors to www., but links are shared without it too.
  hosts: ['www.kickstarter.com', 'kickstarter.com', 'kck.st'],
  short: ['kck.st/'],
  origins: [KICKSTARTER],
};

export function parse(url: URL): KickstarterTarget | null {
  const [, creator, slug] = PATH.exec(url.pathname) ?? [];
  return creator && slug && NAME.test(creator) && NAME.test(slug) ? { creator, slug } : null;
}

export function embed(target: KickstarterTarget, { title }: EmbedContext): HTMLElement {
  const path = `/projects/${encodeURIComponent(target.creator)}/${encodeURIComponent(target.slug)}/${VIDEO_WIDGET}`;
  return createFrame(data, {
    src: new URL(path, KICKSTARTER),
    title,
    // Kickstarter's embed code delegates nothing (fullscreen comes from
    // allowfullscreen here), and the widget has no documented autoplay.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox the ARVE WordPress plugin gives every Kickstarter frame by default.
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
  });
}
