import { createFrame, type InstanceTarget, type EmbedContext, type ProviderData } from './provider.js';

export interface JitsiTarget extends InstanceTarget {
  /** The room, as in `/MyRoom`. */
  readonly room: string;
  /** The JaaS tenant on 8x8.vc, as in `/vpaas-magic-cookie-…/MyRoom`. */
  readonly tenant?: string;
}

// Jitsi's nginx serves any path piece as a room (`location ~ ^/([^/?&:'"]+)$`)
// but a file first (`try_files $uri`): no dots, so `config.js` is never a room.
const ROOM = /^[A-Za-z0-9_-]{1,100}$/;
/** Paths the standard nginx configuration gives to something other than a room. */
const RESERVED = new Set(['http-bind', 'xmpp-websocket', 'colibri-ws', 'static', 'libs', 'css', 'images', 'sounds', 'fonts', 'lang']);
const JAAS_TENANT = /^vpaas-magic-cookie-[0-9a-f]{32}$/;
/** A server named `jitsi.<domain>`: at least two labels after `jitsi`, so not jitsi.org itself. */
const JITSI_HOST = /^jitsi\.(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const PATH = /^\/([^/]+)\/?$/;
const JAAS_PATH = /^\/([^/]+)\/([^/]+)\/?$/;

const isRoom = (room: string | undefined): room is string => !!room && ROOM.test(room) && !RESERVED.has(room.toLowerCase());

/**
 * Jitsi Meet calls, on meet.jit.si, 8x8.vc or a server of one's own: the server is the third party.
 *
 * @accepts `meet.jit.si/Room`, `jitsi.<domain>/Room`, `8x8.vc/vpaas-magic-cookie-…/Room`; any other server with `provider="jitsi"`
 */
export const data: ProviderData = {
  id: 'jitsi',
  name: 'Jitsi Meet',
  company: 'Jitsi Meet server operators',
  kind: 'call',
  brand: '#97979a',
  // Jitsi Meet serves no privacy page of its own (its links point to jitsi.org,
  // which covers meet.jit.si only): the server's front page is the best guess.
  privacyPolicy: '/',
  box: { ratio: '16 / 9' },
  hosts: [],
  origins: [],
  instances: true,
};

export function parse(url: URL, forced = false): JitsiTarget | null {
  if (url.hostname === '8x8.vc') {
    const [, tenant, room] = JAAS_PATH.exec(url.pathname) ?? [];
    return tenant && JAAS_TENANT.test(tenant) && isRoom(room) ? { origin: url.origin, tenant, room } : null;
  }
  // Any other server only when the author named the provider: a bare
  // `/word` path is too common a shape to claim on an unknown host.
  if (!forced && url.hostname !== 'meet.jit.si' && !JITSI_HOST.test(url.hostname)) return null;
  const room = PATH.exec(url.pathname)?.[1];
  // The query and hash (`?jwt=`, `#config.…`) are dropped: a token belongs to one
  // person, and settings are not the visitor's choice.
  return isRoom(room) ? { origin: url.origin, room } : null;
}

export function embed(target: JitsiTarget, { title }: EmbedContext): HTMLElement {
  const path = target.tenant ? `/${encodeURIComponent(target.tenant)}/${encodeURIComponent(target.room)}` : `/${encodeURIComponent(target.room)}`;
  const src = new URL(path, target.origin);
  // Frames of a server the visitor already allowed load without a click: the
  // pre-join screen keeps entering the call (and sending camera and microphone
  // to it) behind the visitor's own "Join meeting", also on servers that turned
  // it off (`prejoinConfig` is in Jitsi's configWhitelist of URL overrides).
  src.hash = 'config.prejoinConfig.enabled=true';
  return createFrame(
    { id: data.id, origins: [target.origin] },
    {
      src,
      title,
      // A call needs camera, microphone and screen sharing: Jitsi's own
      // external_api.js grants the first five to its frame (and fullscreen by
      // allowfullscreen); autoplay plays the others' audio, clipboard-write is
      // "copy meeting link", fullscreen is the call's own fullscreen button.
      allow: 'camera; microphone; display-capture; autoplay; clipboard-write; fullscreen',
      referrerPolicy: 'no-referrer',
      // No sandbox: Jitsi documents none for its frame, and a call needs
      // workers, storage and popups that a sandbox would have to allow anyway.
    }
  );
}
