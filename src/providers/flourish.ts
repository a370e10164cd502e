import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface FlourishTarget {
  readonly type: 'visualisation' | 'story';
  /** The numeric id of the visualisation or story. */
  readonly id: string;
}

/** `/visualisation/ID/` and `/story/ID/`, on either host, optionally with the frame's `/embed`. */
const PATH = /^\/(visualisation|story)\/(\d{1,12})(?:\/embed)?\/?$/;
const FRAME = 'https://flo.uri.sh';

/**
 * Reads Flourish's `{"sender": "Flourish", "method": "resize", "height": 575}`,
 * posted as JSON; the height may be a number or a CSS length in px.
 */
function resizeHeight(data: unknown): number | undefined {
  const message = messageData(data);
  const { sender, method, height } = (message ?? {}) as { sender?: unknown; method?: unknown; height?: unknown };
  if (sender !== 'Flourish' || method !== 'resize') return undefined;
  if (typeof height === 'number') return height;
  return typeof height === 'string' && /^\d{1,5}(?:\.\d{1,4})?(?:px)?$/.test(height) ? parseFloat(height) : undefined;
}

/**
 * Flourish visualisations and stories.
 *
 * @accepts `public.flourish.studio/visualisation/ID/`, `public.flourish.studio/story/ID/`, `flo.uri.sh/visualisation/ID/embed`
 * (also `/story/`, and without `/embed`)
 */
export const data: ProviderData = {
  id: 'flourish',
  name: 'Flourish',
  company: 'Canva',
  kind: 'chart',
  privacyPolicy: 'https://flourish.studio/privacy/',
  // Flourish's embed.js starts a frame at 575 px in a column 600 to 999 px wide
  // (650 wider, 400 narrower) until it reports its height.
  box: { height: 575 },
  hosts: ['public.flourish.studio', 'flo.uri.sh'],
  origins: [FRAME],
};

export function parse(url: URL): FlourishTarget | null {
  const [, type, id] = PATH.exec(url.pathname) ?? [];
  return id ? { type: type === 'story' ? 'story' : 'visualisation', id } : null;
}

export function embed(target: FlourishTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/${target.type}/${encodeURIComponent(target.id)}/embed`, FRAME);
  // Asks the frame to report its height, as embed.js does for a frame it does not size itself.
  src.searchParams.set('auto', '1');
  return createFrame(data, {
    src,
    title,
    // Flourish's embed code delegates no permission.
    allow: '',
    referrerPolicy: 'no-referrer',
    // The sandbox Flourish's own embed.js gives every frame.
    sandbox:
      'allow-same-origin allow-forms allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox ' +
      'allow-top-navigation-by-user-activation',
    // The frame reports its height (with `auto=1`), as the @flourish/sdk embedding module's notifyParentWindow.
    resize: { height: resizeHeight },
  });
}
