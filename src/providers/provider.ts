import { listen, make, pageWide } from '../core/page.js';
import type { KINDS } from './boxes.js';

/** What a provider embeds, one of `KINDS`; the placeholder's wording ("Load video", "Join call") depends on it. */
export type EmbedKind = (typeof KINDS)[number];

/**
 * The box an embed takes on the page, reserved before anything loads: an
 * aspect ratio (videos, maps), or a height at the full width (posts, players).
 */
export type Box = { readonly ratio: string } | { readonly height: number };

/** What the element tells a provider when it builds the embed. */
export interface EmbedContext {
  /** Accessible name for the frame. */
  readonly title: string;
  /** True when the visitor pressed this embed's load button: one click should play. */
  readonly autoplay: boolean;
  /** The page's host name, for providers that must be told where they are embedded (Twitch's `parent`). */
  readonly host: string;
}

/**
 * Everything the placeholder shows of a provider, known before its code is
 * loaded: the script-tag core carries this for every built-in provider, and
 * loads the code (`ProviderCode`) only when a page shows one of its embeds.
 */
export interface ProviderData {
  /** Stable key of the consent record: lowercase letters, digits, dashes. */
  readonly id: string;
  /** Shown to visitors: "YouTube". */
  readonly name: string;
  /** Who receives the visitor's data: "Google". */
  readonly company: string;
  readonly kind: EmbedKind;
  /**
   * The service's colour, `#rrggbb`: its name and the kind's drawing on the
   * placeholder take it, toned for contrast with the placeholder's colours.
   * Without it they take the placeholder's own.
   */
  readonly brand?: string;
  /**
   * https URL of the provider's privacy policy, linked from the placeholder.
   * For a provider of many servers (`instances`), a path on the server.
   */
  readonly privacyPolicy: string;
  /**
   * Host names of the URLs that `parse` accepts: exact, or `*.example.com` for
   * any subdomain of it. Empty for a provider of many servers.
   */
  readonly hosts: readonly string[];
  /**
   * Every origin the embed may contact after consent: the `frame-src` a CSP
   * needs. Empty for a provider of many servers: each target names its own.
   */
  readonly origins: readonly string[];
  /**
   * The provider's short links, as `host/` or `host/path/` prefixes of their
   * address (`vm.tiktok.com/`, `www.tiktok.com/t/`); each host is one of
   * `hosts`. Only the provider's redirect knows where one leads, and asking it
   * would tell the provider about the visitor before any choice: such a link
   * is recognised as the provider's and refused with `short-link`, which says
   * to paste the full address instead.
   */
  readonly short?: readonly string[];
  /** The box to reserve before consent. */
  readonly box: Box;
  /**
   * Boxes for some of its URLs, by a lowercase piece of the address: YouTube's
   * `/shorts/` are vertical. The last piece found wins.
   */
  readonly boxes?: Readonly<Record<string, Box>>;
  /**
   * Set for software that anyone runs on their own server (PeerTube, Mastodon,
   * Jitsi): `parse` recognises its URLs by their shape on any https host, its
   * targets carry that server's `origin`, and that server is the third party,
   * named in the notice and consented to on its own.
   */
  readonly instances?: boolean;
  /**
   * Set when the provider's code knows hosts beyond `hosts`, from a fixed list
   * too long for the data every page carries (Google's country domains): a
   * link on a host no provider claims is read by its code, as for a provider
   * of many servers, before any other's.
   */
  readonly moreHosts?: boolean;
}

/** A provider's code: read a URL, build the embed. */
export interface ProviderCode<Target = unknown> {
  /**
   * Returns the validated target of `url`, or null; or false for a page of the
   * provider's that its embed cannot be built from, because the address lacks
   * an id only the provider knows (an account's player, an album's number):
   * that is refused with `page-link`, which says to paste the embed code's
   * link instead. It is called only for an
   * https URL with no user name, password or port, on one of `hosts` (any
   * public host for `instances` and `moreHosts`, whose code checks the host).
   * `forced` is true when the author named this provider in the `provider`
   * attribute: a provider of many servers may then accept a server it would
   * not recognise on its own.
   */
  parse(url: URL, forced?: boolean): Target | null | false;
  /** Builds the element to insert once consent is given. */
  embed(target: Target, context: EmbedContext): HTMLElement;
}

/**
 * A whole provider: its data and its code. A site registers its own this way
 * (`registerProvider`); a built-in provider is a module of the same parts,
 * `consent-embed/providers/<id>.js`, exporting `data`, `parse` and `embed`.
 *
 * To add one to the library: write `providers/<id>.ts` with those three
 * exports and list it in `builtins.ts`.
 */
export interface Provider<Target = unknown> extends ProviderData, ProviderCode<Target> {}

/** A built-in provider's module, as `import * as vimeo from 'consent-embed/providers/vimeo.js'` gives it. */
export interface ProviderModule<Target = unknown> extends ProviderCode<Target> {
  readonly data: ProviderData;
}

/** A target of a provider of many servers: the server is part of what was validated. */
export interface InstanceTarget {
  /** `https://host`, with nothing after it. */
  readonly origin: string;
}

/**
 * How a frame reports the height of its content by `postMessage`. Only
 * messages from the frame's own window and exact origin reach `height`, which
 * reads one number from them (or undefined).
 */
export interface Resize {
  height(data: unknown): number | undefined;
  /** A message to post to the frame (at its exact origin) once it loaded, for protocols that are asked. */
  readonly ask?: unknown;
}

export interface FrameOptions {
  readonly src: URL;
  readonly title: string;
  /** The permissions policy: the fewest the provider works with. */
  readonly allow: string;
  /** The strictest policy the provider works with; each exception is explained where it is set. */
  readonly referrerPolicy: ReferrerPolicy;
  /** `sandbox` tokens, for providers known to work sandboxed; absent where the provider breaks in one. */
  readonly sandbox?: string;
  readonly resize?: Resize;
}

/**
 * The event a frame that reports its height fires on itself, with the
 * height in CSS pixels, clamped: the element that shows it resizes its box.
 */
export const HEIGHT_EVENT = 'consent-embed-height';

/**
 * The event a frame fires on itself when its address, which the provider's
 * code learns only after consent (a Bluesky handle's DID), cannot be had: the
 * element shows a message instead, as for code that threw. The detail says why.
 */
export const FAILED_EVENT = 'consent-embed-failed';

/** Reported heights are kept within this range: a frame may grow a post, not swallow the page. */
const MIN = 50;
const MAX = 5000;

/**
 * One `message` listener for every frame that reports its height, on the
 * whole page: a message counts only if it comes from that frame's own window
 * and its exact origin, and only the one number its protocol names is read,
 * clamped.
 */
function followHeight(frame: HTMLIFrameElement, origin: string, resize: Resize): void {
  const followed = pageWide('heights', () => {
    // Held weakly: a frame withdrawn, or replaced by a new src, is not kept alive by the page-wide listener.
    const frames = new Set<WeakRef<HTMLIFrameElement>>();
    const protocols = new WeakMap<HTMLIFrameElement, [origin: string, resize: Resize]>();
    listen(window, 'message', ((event: MessageEvent) => {
      for (const held of frames) {
        const frame = held.deref();
        // Frames are in the page from the task they are built in; one taken out is never put back.
        if (!frame?.isConnected) {
          frames.delete(held);
          continue;
        }
        const [origin, resize] = protocols.get(frame)!;
        if (event.source !== frame.contentWindow || event.origin !== origin) continue;
        let height: number | undefined;
        try {
          height = resize.height(event.data);
        } catch {
          return; // A message of another shape: not ours to read.
        }
        // A number, and not NaN or infinite: Number.isFinite converts nothing.
        if (Number.isFinite(height)) {
          frame.dispatchEvent(new CustomEvent(HEIGHT_EVENT, { detail: Math.round(Math.min(MAX, Math.max(MIN, height!))) }));
        }
        return;
      }
    }) as EventListener);
    return { frames, protocols };
  });
  followed.frames.add(new WeakRef(frame));
  followed.protocols.set(frame, [origin, resize]);
  if (resize.ask === undefined) return;
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.postMessage(resize.ask, origin);
    } catch {
      // A frame that navigated elsewhere is not asked.
    }
  });
}

/**
 * Builds an iframe with DOM properties, never from an HTML string, and only
 * for an https URL on one of the origins given: a provider bug cannot send the
 * visitor anywhere else.
 */
export function createFrame(provider: Pick<ProviderData, 'id' | 'origins'>, options: FrameOptions): HTMLIFrameElement {
  const { src } = options;
  if (src.protocol !== 'https:' || !provider.origins.includes(src.origin)) {
    throw new Error(`consent-embed: ${provider.id} built a frame for ${src.origin}, not one of its origins`);
  }
  const frame = make('iframe');
  frame.title = options.title;
  frame.allow = options.allow;
  // Both at once make Chromium warn that `allow` wins; an `allow` that names fullscreen says it already.
  if (!/\bfullscreen\b/.test(options.allow)) frame.allowFullscreen = true;
  frame.referrerPolicy = options.referrerPolicy;
  if (options.sandbox) frame.setAttribute('sandbox', options.sandbox);
  // Frames that load without a click (other embeds of a provider the visitor
  // chose) are built near the viewport; lazy keeps the browser from fetching
  // one that is built but not yet in view.
  frame.loading = 'lazy';
  frame.setAttribute('part', 'frame');
  frame.src = src.href;
  if (options.resize) followHeight(frame, src.origin, options.resize);
  return frame;
}
