import { createFrame, type EmbedContext, type InstanceTarget, type ProviderData } from './provider.js';

export interface MastodonTarget extends InstanceTarget {
  /** The account, as in `/@user` or `/@user@other.server` for one from another server. */
  readonly user: string;
  /** The status (post) id. */
  readonly status: string;
}

const USER = /^[A-Za-z0-9_]{1,30}(?:@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63})?$/;
const STATUS = /^\d{1,20}$/;
/** `/@user/123`, `/@user/123/embed`, `/users/user/statuses/123`. */
const PATHS = [/^\/@([^/]+)\/([^/]+)(?:\/embed)?\/?$/, /^\/users\/([^/]+)\/statuses\/([^/]+)\/?$/];

/**
 * Mastodon posts, from any server: the server in the link is the third party.
 *
 * @accepts `https://<server>/@user/ID` (also `@user@other.server`), `/@user/ID/embed`, `/users/user/statuses/ID`
 */
export const data: ProviderData = {
  id: 'mastodon',
  name: 'Mastodon',
  company: 'Mastodon server operators',
  kind: 'post',
  brand: '#6364ff',
  // Each server has its own, at this path.
  privacyPolicy: '/privacy-policy',
  box: { height: 400 },
  boxes: { '/@': { height: 400 } },
  hosts: [],
  origins: [],
  instances: true,
};

export function parse(url: URL): MastodonTarget | null {
  for (const path of PATHS) {
    const [, user, status] = path.exec(url.pathname) ?? [];
    if (user && status && USER.test(user) && STATUS.test(status)) return { origin: url.origin, user, status };
  }
  return null;
}

export function embed(target: MastodonTarget, { title }: EmbedContext): HTMLElement {
  // Mastodon's own embed.js protocol: the page asks with a random id, the
  // frame answers with its height under that id.
  const id = crypto.getRandomValues(new Uint32Array(1))[0]!;
  return createFrame(
    { id: data.id, origins: [target.origin] },
    {
      src: new URL(`/@${target.user}/${target.status}/embed`, target.origin),
      title,
      allow: '',
      referrerPolicy: 'no-referrer',
      // allow-same-origin keeps the frame's own origin, which the height messages are checked against.
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      resize: {
        ask: { type: 'setHeight', id },
        height: (message) => {
          const m = message as { type?: unknown; id?: unknown; height?: unknown } | null;
          return m?.type === 'setHeight' && m.id === id ? Number(m.height) : undefined;
        },
      },
    }
  );
}
