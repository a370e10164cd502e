import { createFrame, type EmbedContext, type ProviderData } from './provider.js';

export interface CodePenTarget {
  readonly user: string;
  /** The Pen's slug hash. */
  readonly pen: string;
  /** `theme-id`: a theme number, `light` or `dark`, when the link gave one. */
  readonly theme?: string;
}

const USER = /^[A-Za-z0-9_-]{1,50}$/;
// CodePen does not document the slug hash; every one it has issued fits this.
const PEN = /^[A-Za-z0-9]{3,16}$/;
/** `/user/pen/slug`, `/full/`, `/details/`, `/embed/`, `/embed/preview/` (click to load). */
const PATH = /^\/([^/]+)\/(?:pen|full|details|embed(?:\/preview)?)\/([^/]+)\/?$/;
const THEME = /^(?:\d{1,10}|light|dark)$/;
const CODEPEN = 'https://codepen.io';

/**
 * CodePen pens, showing the result.
 *
 * @accepts `codepen.io/user/pen/ID` (also `/full/`, `/details/`, `/embed/`); `theme-id`
 */
export const data: ProviderData = {
  id: 'codepen',
  name: 'CodePen',
  company: 'CodePen',
  kind: 'code',
  brand: '#000000',
  privacyPolicy: 'https://blog.codepen.io/documentation/privacy-policy/',
  // CodePen's own embed code is 300px high.
  box: { height: 300 },
  hosts: ['codepen.io'],
  origins: [CODEPEN],
};

export function parse(url: URL): CodePenTarget | null {
  const [, user, pen] = PATH.exec(url.pathname) ?? [];
  // Anonymous Pens cannot be embedded (CodePen's oEmbed says so; iframely refuses them too).
  if (!user || !pen || !USER.test(user) || user.toLowerCase() === 'anon' || !PEN.test(pen)) return null;
  const theme = url.searchParams.get('theme-id');
  return theme && THEME.test(theme) ? { user, pen, theme } : { user, pen };
}

export function embed(target: CodePenTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/${encodeURIComponent(target.user)}/embed/${encodeURIComponent(target.pen)}`, CODEPEN);
  // The result, not the code, is what a reader came for.
  src.searchParams.set('default-tab', 'result');
  if (target.theme) src.searchParams.set('theme-id', target.theme);
  return createFrame(data, {
    src,
    title,
    // CodePen's own embed code sets no permissions, only allowfullscreen.
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: the Pen runs in a frame of its own inside CodePen's, which
    // a sandbox here would constrain in ways CodePen has not documented.
  });
}
