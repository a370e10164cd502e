import { make } from '../core/page.js';

/** What a provider embeds; the placeholder's wording ("Load video", "Join call") depends on it. */
export type EmbedKind = 'video' | 'map' | 'post' | 'audio' | 'call' | 'calendar' | 'code' | 'content';

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
 * A provider is data plus two functions: `parse` turns the URL a visitor
 * copies into a validated target (or null), and `embed` builds the DOM that is
 * inserted after consent, from fixed origins only.
 *
 * To add one: write `providers/<id>.ts` exporting a `Provider`, add it to the
 * list in `builtins.ts` (or call `registerProvider` from a site).
 */
export interface Provider<Target = unknown> {
  /** Stable key of the consent record: lowercase letters, digits, dashes. */
  readonly id: string;
  /** Shown to visitors: "YouTube". */
  readonly name: string;
  /** Who receives the visitor's data: "Google". */
  readonly company: string;
  readonly kind: EmbedKind;
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
   * Returns the validated target of `url`, or null. `resolve` calls it only for
   * an https URL with no user name, password or port, on one of `hosts` (any
   * host for `instances`). `forced` is true when the author named this
   * provider in the `provider` attribute: a provider of many servers may then
   * accept a server it would not recognise on its own.
   */
  parse(url: URL, forced?: boolean): Target | null;
  /** Builds the element to insert once consent is given. */
  embed(target: Target, context: EmbedContext): HTMLElement;
}

/** A target of a provider of many servers: the server is part of what was validated. */
export interface InstanceTarget {
  /** `https://host`, with nothing after it. */
  readonly origin: string;
}

/**
 * How a frame reports the height of its content by `postMessage`. Only
 * messages from the frame's own window and exact origin reach `height`, which
 * reads one number from them (or undefined); the caller clamps it.
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

/** The resize protocol of each frame that has one, read by the element that shows it. */
export const resizing = new WeakMap<HTMLIFrameElement, Resize>();

/**
 * Builds an iframe with DOM properties, never from an HTML string, and only
 * for an https URL on one of the origins given: a provider bug cannot send the
 * visitor anywhere else.
 */
export function createFrame(provider: Pick<Provider, 'id' | 'origins'>, options: FrameOptions): HTMLIFrameElement {
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
  if (options.resize) resizing.set(frame, options.resize);
  frame.src = src.href;
  return frame;
}

/**
 * For a provider that offers only a script, and one that must run while its
 * page is parsed (GitHub Gist's uses `document.write`): a frame whose whole
 * document is that one script tag, from one of the provider's origins. The
 * document is a `data:` URL, so it has an opaque origin of its own and the
 * sandbox keeps it there: the script never runs in the site's page. The
 * document is built here from a validated URL, whose serialisation escapes
 * every character that could end the attribute.
 */
export function createScriptFrame(
  provider: Pick<Provider, 'id' | 'origins'>,
  options: { readonly script: URL; readonly title: string }
): HTMLIFrameElement {
  const { script } = options;
  if (script.protocol !== 'https:' || !provider.origins.includes(script.origin)) {
    throw new Error(`consent-embed: ${provider.id} asked for a script from ${script.origin}, not one of its origins`);
  }
  const page = `<!doctype html><meta name="referrer" content="no-referrer"><script src="${script.href}"></script>`;
  const frame = make('iframe');
  frame.title = options.title;
  frame.referrerPolicy = 'no-referrer';
  frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  frame.loading = 'lazy';
  frame.setAttribute('part', 'frame');
  frame.src = `data:text/html;charset=utf-8,${encodeURIComponent(page)}`;
  return frame;
}
