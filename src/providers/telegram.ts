import { createFrame, type EmbedContext, type ProviderData } from './provider.js';
import { messageData } from './url-parts.js';

export interface TelegramTarget {
  /** The public channel's or group's username. */
  readonly channel: string;
  /** The message's number in it. */
  readonly post: string;
  /** A comment on the post, in the channel's discussion group (`?comment=ID`). */
  readonly comment?: string;
  /** False to leave out the author's picture, as the widget's `data-userpic="false"`. */
  readonly userpic?: boolean;
  /** One picture of an album rather than the whole album (`?single`). */
  readonly single?: boolean;
  readonly dark?: boolean;
}

// Public usernames are letters, digits and underscores, starting with a letter:
// 5 to 32 of them, 4 for the few sold at auction.
const CHANNEL = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
/** `/channel/ID`, also in the web preview `/s/channel/ID`; private channels' `/c/N/ID` have no widget. */
const PATH = /^\/(?:s\/)?([^/]+)\/(\d{1,10})\/?$/;
const ORIGIN = 'https://t.me';

/** Reads the widget frame's `{"event": "resize", "height": 684}`, sent as JSON (telegram-widget.js parses every message). */
function resizeHeight(data: unknown): number | undefined {
  const message = messageData(data);
  const { event, height } = (message ?? {}) as { event?: unknown; height?: unknown };
  return event === 'resize' && typeof height === 'number' ? height : undefined;
}

/**
 * Telegram messages of public channels and groups, in the frame Telegram's post widget builds.
 *
 * @accepts `t.me/channel/ID` (also `telegram.me`, the web preview `t.me/s/channel/ID`), `?comment=ID`, `?single`;
 * the widget's own `t.me/channel/ID?embed=1` with `userpic=false`, `dark=1`
 */
export const data: ProviderData = {
  id: 'telegram',
  name: 'Telegram',
  company: 'Telegram',
  kind: 'post',
  brand: '#26a5e4',
  privacyPolicy: 'https://telegram.org/privacy',
  // The widget gives its frame no height: the frame reports its own once drawn.
  box: { height: 600 },
  hosts: ['t.me', 'telegram.me'],
  origins: [ORIGIN],
};

export function parse(url: URL): TelegramTarget | null {
  const [, channel, post] = PATH.exec(url.pathname) ?? [];
  if (!channel || !post || !CHANNEL.test(channel)) return null;
  const query = url.searchParams;
  const comment = query.get('comment');
  return {
    channel,
    post,
    ...(comment && /^\d{1,10}$/.test(comment) && { comment }),
    ...(query.get('userpic') === 'false' && { userpic: false }),
    ...(query.has('single') && { single: true }),
    ...(query.get('dark') === '1' && { dark: true }),
  };
}

export function embed(target: TelegramTarget, { title }: EmbedContext): HTMLElement {
  const src = new URL(`/${encodeURIComponent(target.channel)}/${encodeURIComponent(target.post)}`, ORIGIN);
  // What telegram-widget.js builds from data-telegram-post, its options in its order.
  src.searchParams.set('embed', '1');
  if (target.comment) src.searchParams.set('comment', target.comment);
  if (target.userpic === false) src.searchParams.set('userpic', 'false');
  if (target.single) src.searchParams.set('single', '1');
  if (target.dark) src.searchParams.set('dark', '1');
  return createFrame(data, {
    src,
    title,
    // telegram-widget.js gives its frames no permissions.
    allow: '',
    referrerPolicy: 'no-referrer',
    // No sandbox: the widget uses none, and nothing shows the frame working in one.
    // The frame reports its height unprompted; the widget checks the window and the origin t.me, as here.
    resize: { height: resizeHeight },
  });
}
