/** What a provider embeds; the placeholder's wording depends on it. */
export type EmbedKind = 'video' | 'map' | 'post';

/** What the element tells a provider when it builds the embed. */
export interface EmbedContext {
  /** Accessible name for the frame. */
  readonly title: string;
  /** True when the visitor pressed this embed's load button: one click should play. */
  readonly autoplay: boolean;
}

/**
 * A provider is data plus two functions: `parse` turns the URL a visitor
 * copies into a validated target (or null), and `embed` builds the DOM that is
 * inserted after consent, from fixed origins only.
 *
 * To add one: write `providers/<id>.ts` exporting a `Provider`, add it to the
 * built-in list in `registry.ts` (or call `registerProvider` from a site).
 */
export interface Provider<Target = unknown> {
  /** Stable key of the consent record: lowercase letters, digits, dashes. */
  readonly id: string;
  /** Shown to visitors: "YouTube". */
  readonly name: string;
  /** Who receives the visitor's data: "Google". */
  readonly company: string;
  readonly kind: EmbedKind;
  /** https URL of the provider's privacy policy, linked from the placeholder. */
  readonly privacyPolicy: string;
  /** Hostnames of the URLs that `parse` accepts, exactly (no wildcards). */
  readonly hosts: readonly string[];
  /** Every origin the embed may contact after consent: the `frame-src` a CSP needs. */
  readonly origins: readonly string[];
  /**
   * Returns the validated target of `url`, or null. `resolve` calls it only for
   * an https URL on one of `hosts`, with no user name, password or port.
   */
  parse(url: URL): Target | null;
  /** Builds the element to insert once consent is given. */
  embed(target: Target, context: EmbedContext): HTMLElement;
}

export interface FrameOptions {
  readonly src: URL;
  readonly title: string;
  readonly allow: string;
  readonly referrerPolicy: ReferrerPolicy;
}

/**
 * Builds an iframe with DOM properties, never from an HTML string, and only
 * for an https URL on one of the provider's declared origins: a provider bug
 * cannot send the visitor anywhere else.
 */
export function createFrame(provider: Pick<Provider, 'id' | 'origins'>, options: FrameOptions): HTMLIFrameElement {
  const { src } = options;
  if (src.protocol !== 'https:' || !provider.origins.includes(src.origin)) {
    throw new Error(`consent-embed: ${provider.id} built a frame for ${src.origin}, not one of its origins`);
  }
  const frame = document.createElement('iframe');
  frame.title = options.title;
  frame.allow = options.allow;
  frame.allowFullscreen = true;
  frame.referrerPolicy = options.referrerPolicy;
  // Frames that load without a click (other embeds of a provider the visitor
  // chose) are built near the viewport; lazy keeps the browser from fetching
  // one that is built but not yet in view.
  frame.loading = 'lazy';
  frame.setAttribute('part', 'frame');
  frame.src = src.href;
  return frame;
}
