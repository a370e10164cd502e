import { html, LitElement, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ViewportController } from '../../controllers/viewport-controller.js';
import { defaultStore } from '../../core/default-store.js';
import { ConsentEmbedLoadEvent, ConsentEmbedRequestEvent } from '../../core/events.js';
import type { ConsentScope } from '../../core/record.js';
import { loadPoster, posterFailed, posterHref } from '../../core/poster.js';
import { readText, warn, type WarningCode } from '../../core/warn.js';
import { en } from '../../i18n/en.js';
import { boxProperties } from '../../providers/boxes.js';
import type { Box, Provider } from '../../providers/provider.js';
import { resolve, resolveTemplate, type Party } from '../../providers/registry.js';
import { styles } from './consent-embed.styles.js';

/**
 * The title is reflected, so that the host's own tooltip and any CSS matching
 * `[title]` follow the property; a value that is not text removes it.
 */
const reflectedText: PropertyDeclaration = {
  reflect: true,
  converter: {
    toAttribute: (value: unknown) => {
      const read = readText(value);
      return 'text' in read ? read.text : null;
    },
  },
};

/** What the element shows: a provider's frame, the author's own embed code, or what is wrong. */
type Source =
  | { readonly type: 'frame'; readonly provider: Provider; readonly target: unknown; readonly party: Party; readonly box: Box }
  | { readonly type: 'template'; readonly template: HTMLTemplateElement; readonly party: Party; readonly box: Box }
  | { readonly type: 'error'; readonly code: WarningCode; readonly detail: string };

/** Attributes that decide what the element shows. */
const SOURCE = ['src', 'provider', 'company', 'origins', 'privacyPolicy', 'kind'] as const;

/**
 * A third-party embed that loads only after the visitor chooses.
 *
 * Until then it shows a placeholder built from the site's own resources: the
 * title, who hosts the content and who receives the visitor's data, a link to
 * the provider's privacy policy, a load button and an unticked "remember"
 * checkbox. Nothing is requested from any other host before the click.
 *
 * @summary Privacy-respecting embed: placeholder first, third party on click.
 *
 * @attr src - The URL as the visitor copies it, e.g. `https://www.youtube.com/watch?v=…`.
 * @attr title - What the embed shows; names the placeholder, the button and the frame.
 * @attr provider - Forces a provider id (`youtube`) instead of detecting it from `src`; without `src`, names who
 *   the embed code in a child `<template>` loads.
 * @attr poster - An image from this site, shown behind the placeholder; fetched only from this origin.
 * @attr width - With `height`, the box's aspect ratio (`560` and `315`); overrides the provider's box.
 * @attr height - A height in pixels alone (the box is then as wide as its container), or the ratio with `width`.
 * @attr company - For a `<template>`: who receives the visitor's data, shown in the notice.
 * @attr origins - For a `<template>`: the hosts its code contacts, separated by spaces, shown in the notice.
 * @attr privacy-policy - For a `<template>`: the https URL of the privacy policy to link.
 * @attr kind - For a `<template>`: `video`, `map`, `post`, `audio`, `call`, `calendar`, `code` or `content`.
 *
 * @slot - Fallback content, shown when scripts do not run: a plain link to the content. Never rendered after.
 * @slot embed - Used by the element itself, for the author's embed code once it is loaded.
 *
 * @csspart base - The box that holds the placeholder or the frame.
 * @csspart poster - The poster image.
 * @csspart placeholder - The panel with the texts and controls.
 * @csspart title - The title text.
 * @csspart notice - Who hosts the embed and who receives the visitor's data.
 * @csspart privacy-link - The link to the provider's privacy policy.
 * @csspart button - The load button.
 * @csspart remember - The "remember my choice" label and checkbox.
 * @csspart message - The message shown for bad input.
 * @csspart frame - The provider's iframe, after consent.
 * @csspart content - The box around the author's own embed code, after consent.
 * @csspart withdraw - The control on a loaded embed that withdraws the choice ("Stop loading YouTube").
 * @csspart gpc - The note shown when the browser sends Global Privacy Control.
 * @csspart blocked - The note shown when the site cancelled `consent-embed-request`.
 *
 * @fires consent-embed-request - Before the third party loads; cancelable. A `ConsentEmbedRequestEvent`.
 * @fires consent-embed-load - Once the third party is in the page. A `ConsentEmbedLoadEvent`.
 *
 * @cssproperty --consent-embed-aspect-ratio - Box ratio; by default the provider's (`16 / 9` for most videos).
 * @cssproperty --consent-embed-height - Box height; by default the provider's for posts and players.
 * @cssproperty --consent-embed-background - Placeholder background.
 * @cssproperty --consent-embed-color - Placeholder text colour.
 * @cssproperty --consent-embed-accent - Button background.
 * @cssproperty --consent-embed-accent-color - Button text colour.
 * @cssproperty --consent-embed-link-color - Link colour.
 * @cssproperty --consent-embed-focus-color - Focus ring colour.
 * @cssproperty --consent-embed-radius - Corner radius.
 */
export class ConsentEmbedElement extends LitElement {
  static override styles = styles;

  static override properties = {
    src: {},
    title: reflectedText,
    provider: {},
    poster: {},
    width: {},
    height: {},
    company: {},
    origins: {},
    privacyPolicy: { attribute: 'privacy-policy' },
    kind: {},
  };

  /** The URL of the content, as the visitor copies it; a `URL` object is read as its address. */
  declare src: string | URL | null;
  /** What the embed shows; names the placeholder, the button and the frame. */
  declare title: string;
  /** A provider id that overrides detection from `src`, or names who a `<template>`'s code loads. */
  declare provider: string | null;
  /** An image on this site shown behind the placeholder; a `URL` object is read as its address. */
  declare poster: string | URL | null;
  /** With `height`, the aspect ratio of the box. */
  declare width: string | null;
  /** A fixed height in pixels, or with `width` the aspect ratio of the box. */
  declare height: string | null;
  /** For a `<template>`: who receives the visitor's data. */
  declare company: string | null;
  /** For a `<template>`: the hosts its code contacts, separated by spaces. */
  declare origins: string | null;
  /** For a `<template>`: the https URL of the privacy policy. */
  declare privacyPolicy: string | null;
  /** For a `<template>`: what it embeds, for the wording and the box. */
  declare kind: string | null;

  readonly #consent = new ConsentController(this, defaultStore);
  readonly #viewport = new ViewportController(this);
  readonly #resize = new ResizeController(this);
  readonly #text = en;
  #source: Source = { type: 'error', code: 'invalid-src', detail: '' };
  /** The `<template>` child last seen, and the observer that notices one added later (parsing, frameworks). */
  #template: HTMLTemplateElement | undefined;
  #templateChanged = false;
  #children: MutationObserver | undefined;
  /** The title as text, whatever the property was set to. */
  #title = '';
  /** The poster's address on this site, and the object URL of its fetched bytes once they are here. */
  #posterHref: string | undefined;
  #posterUrl: string | undefined;
  /** What was loaded: the provider's frame, or the box holding the author's embed code. */
  #frame: HTMLElement | undefined;
  /** The author's embed code, once loaded, kept while the element is away: its scripts ran, and run once. */
  #content: HTMLElement | undefined;
  /** What the frame was built for, and the `<template>` its code came from. */
  #frameKey = '';
  #loadedTemplate: HTMLTemplateElement | undefined;
  /** Whether the element last rendered with consent. */
  #granted = false;
  /** Set by this element's own load button: that embed plays and takes focus. */
  #clicked = false;
  /** Set when the site cancelled `consent-embed-request`: the placeholder says so until the next click. */
  #vetoed = false;
  /** The content `consent-embed-load` was last fired for. */
  #announced: HTMLElement | undefined;
  /** Where focus goes after the next render, when what held it was taken away. */
  #refocus: 'frame' | 'button' | undefined;

  constructor() {
    super();
    this.src = null;
    this.provider = null;
    this.poster = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#children ??= new MutationObserver(() => this.#findTemplate());
    this.#children.observe(this, { childList: true });
    this.#findTemplate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children?.disconnect();
    // Taken out now, not at the next render: an iframe put back into the page
    // starts loading at once, before a reconnected element could re-read consent.
    this.#frame?.remove();
    this.#frame = undefined;
    // A click whose load had not happened yet does not follow the element: no autoplay or focus later.
    this.#clicked = false;
    this.requestUpdate();
  }

  /**
   * Defined so that `moveBefore` moves the element as it is: the browser then
   * calls this instead of the disconnected and connected callbacks, and the
   * frame keeps playing. Any other move takes the frame out of the document,
   * which ends its page; it reloads, paused.
   */
  connectedMoveCallback(): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SOURCE.some((name) => changed.has(name)) || this.#templateChanged) this.#resolve();
    if (changed.has('title')) this.#readTitle();
    if (changed.has('poster')) this.#readPoster();
    for (const name of ['width', 'height'] as const) {
      const size = changed.has(name) ? readText(this[name]) : undefined;
      if (size && 'refused' in size) warn('invalid-size', `the ${name} property was set to ${size.refused}, not a number.`);
    }
    const granted = this.#consent.granted;
    if (granted !== this.#granted) {
      this.#granted = granted;
      // A veto was about the load it was asked for; a new state of consent asks anew.
      this.#vetoed = false;
      // A load the visitor did not click here waits for the observer's next
      // answer, in a later task: one click builds one frame at once.
      if (granted && !this.#clicked) this.#viewport.recheck();
    }
    const near = this.#viewport.near;
    if (!granted) {
      // Focus inside what is taken away would fall to the page's start: it goes to the load button instead.
      if (this.#frame && this.matches(':focus-within')) this.#refocus = 'button';
      this.#frame = undefined;
      // Withdrawn, not merely unread yet after a reconnect: the code is not run again unasked.
      if (this.#consent.settled) this.#content?.remove(), (this.#content = undefined);
    } else if (!this.#frame && !this.#vetoed && (this.#clicked || near) && this.#allowed()) {
      this.#frame = this.#build();
    }
    this.#resize.watch(this.#frame);
    this.#setBox();
    if (near && this.#posterHref && !this.#posterUrl && !this.#frame) void this.#fetchPoster(this.#posterHref);
  }

  protected override updated(): void {
    const source = this.#source;
    const content = source.type === 'template' ? this.#frame : undefined;
    // Light DOM, so that the author's code runs in and styles with the page; shown through the `embed` slot.
    if (content && content.parentNode !== this) this.append(content);
    if (this.#clicked && this.#frame?.isConnected) {
      this.#clicked = false;
      this.#frame.focus();
    }
    if (this.#frame?.isConnected && this.#frame !== this.#announced && source.type !== 'error') {
      this.#announced = this.#frame;
      this.dispatchEvent(new ConsentEmbedLoadEvent(source.party.key, this.#frame));
    }
    if (!this.#frame) this.#announced = undefined;
    const refocus = this.#refocus;
    this.#refocus = undefined;
    if (refocus === 'button') this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus();
  }

  /**
   * Asks the page whether this embed may load now: `consent-embed-request`,
   * which a site's own settings may cancel. A click asks before consent is
   * recorded; a load that earlier consent allows asks just before it happens.
   */
  #allowed(scope?: ConsentScope): boolean {
    const source = this.#source;
    if (source.type === 'error') return false;
    // The click asked already; this is the load it asked for.
    if (this.#clicked && scope === undefined) return true;
    const allowed = this.dispatchEvent(new ConsentEmbedRequestEvent(source.party.key, scope !== undefined, scope));
    this.#vetoed = !allowed;
    return allowed;
  }

  #findTemplate(): void {
    const template = [...this.children].find((child) => child instanceof HTMLTemplateElement);
    if (template === this.#template) return;
    this.#template = template;
    this.#templateChanged = true;
    this.requestUpdate();
  }

  #resolve(): void {
    this.#templateChanged = false;
    const source = this.#read();
    if (source.type === 'error' && source.detail) warn(source.code, source.detail);
    this.#source = source;
    this.#consent.subject = source.type === 'error' ? undefined : source.party;
    // What was loaded stays while its key does: an equivalent src keeps the frame
    // playing, and a new company or notice text does not run the author's code again.
    const key = source.type === 'frame' ? JSON.stringify([source.party.key, source.target]) : source.type === 'template' ? source.party.key : '';
    const template = source.type === 'template' ? source.template : undefined;
    if (key !== this.#frameKey || template !== this.#loadedTemplate) {
      this.#loadedTemplate = template;
      this.#frameKey = key;
      this.#frame?.remove();
      this.#frame = this.#content = undefined;
      this.#clicked = this.#vetoed = false;
    }
  }

  /** Reads the attributes that decide what is shown; the first problem found is the one reported. */
  #read(): Source {
    const src = readText(this.src, true);
    const provider = readText(this.provider);
    if ('refused' in src) return { type: 'error', code: 'invalid-src', detail: `the src property was set to ${src.refused}, not a URL or text.` };
    if ('refused' in provider) {
      return { type: 'error', code: 'invalid-provider', detail: `the provider property was set to ${provider.refused}, not a provider id.` };
    }
    if (!src.text && this.#template) {
      const text = (value: unknown) => {
        const read = readText(value);
        return 'text' in read ? read.text : null;
      };
      const found = resolveTemplate({
        provider: provider.text,
        company: text(this.company),
        origins: text(this.origins),
        privacyPolicy: text(this.privacyPolicy),
        kind: text(this.kind),
      });
      return 'party' in found ? { type: 'template', template: this.#template, ...found } : { type: 'error', ...found };
    }
    const found = resolve(src.text, provider.text);
    return found.ok ? { type: 'frame', ...found } : { type: 'error', code: found.code, detail: found.detail };
  }

  /** Builds what loads after consent: the provider's frame, or a box with a copy of the author's embed code. */
  #build(): HTMLElement | undefined {
    const source = this.#source;
    if (source.type === 'frame') {
      const context = { title: this.#name(source.party), autoplay: this.#clicked, host: location.hostname };
      let frame: HTMLElement;
      try {
        frame = source.provider.embed(source.target, context);
      } catch (error) {
        // A registered provider's code, or createFrame refusing an origin: a message, never a throw at the page.
        this.#source = { type: 'error', code: 'provider-error', detail: `the provider "${source.provider.id}" failed: ${error}` };
        warn(this.#source.code, this.#source.detail);
        return undefined;
      }
      // The clicked embed loads at once; createFrame makes the others lazy.
      if (this.#clicked && frame instanceof HTMLIFrameElement) frame.loading = 'eager';
      return frame;
    }
    if (source.type !== 'template') return undefined;
    if (!this.#content) {
      this.#content = document.createElement('div');
      this.#content.slot = 'embed';
      this.#content.tabIndex = -1;
      this.#content.setAttribute('part', 'content');
      this.#content.append(runnable(source.template.content));
    }
    return this.#content;
  }

  /** Sets the box: the provider's, or the author's width and height, or what a loaded post reported. */
  #setBox(): void {
    const source = this.#source;
    if (source.type === 'error') {
      // What is wrong is said in whatever box the page's stylesheet gave it: nothing moves for a message.
      this.style.removeProperty('--_consent-embed-ratio');
      this.style.removeProperty('--_consent-embed-height');
      return;
    }
    let [ratio, height] = boxProperties(source.box);
    const [w, h] = [this.#size('width'), this.#size('height')];
    if (h > 0 && w > 0) [ratio, height] = [`${w} / ${h}`, 'auto'];
    else if (h > 0) [ratio, height] = ['auto', `${h}px`];
    if (this.#frame && this.#resize.height) [ratio, height] = ['auto', `${this.#resize.height}px`];
    if (this.#frame && source.type === 'template') [ratio, height] = ['auto', 'auto'];
    // CSSOM, not a style attribute: a strict `style-src` allows it.
    this.style.setProperty('--_consent-embed-ratio', ratio);
    this.style.setProperty('--_consent-embed-height', height);
  }

  /** A `width` or `height` in CSS pixels, or NaN for anything else (`100%` from pasted embed code, say). */
  #size(name: 'width' | 'height'): number {
    const read = readText(this[name]);
    return 'text' in read ? Number(read.text ?? NaN) : NaN;
  }

  #readTitle(): void {
    const title = readText(this.title);
    if ('refused' in title) warn('invalid-title', `the title property was set to ${title.refused}, not text, so the embed has no title.`);
    this.#title = ('text' in title && title.text) || '';
    if (this.#frame instanceof HTMLIFrameElement && this.#source.type === 'frame') {
      this.#frame.title = this.#name(this.#source.party);
    }
  }

  #readPoster(): void {
    const poster = readText(this.poster, true);
    if ('refused' in poster) warn('invalid-poster', `the poster property was set to ${poster.refused}, not a URL or text.`);
    this.#posterHref = 'text' in poster ? posterHref(poster.text) : undefined;
    this.#posterUrl = undefined;
  }

  async #fetchPoster(href: string): Promise<void> {
    const url = await loadPoster(href);
    if (url && href === this.#posterHref && !this.#posterUrl) {
      this.#posterUrl = url;
      this.requestUpdate();
    }
  }

  #onLoad(): void {
    const remember = this.renderRoot.querySelector<HTMLInputElement>('input[type=checkbox]');
    const scope = remember?.checked && !remember.disabled ? 'remember' : 'session';
    if (!this.#allowed(scope)) {
      this.requestUpdate();
      return;
    }
    this.#clicked = true;
    this.#consent.grant(scope, 'placeholder');
    // Already granted (the site vetoed an earlier load): nothing changes in the store, so render now.
    this.requestUpdate();
  }

  /** The control on a loaded embed: withdraws the choice for its provider, in every embed and tab. */
  #onWithdraw(): void {
    this.#refocus = 'button';
    this.#consent.revoke('embed');
  }

  #onPosterError(): void {
    if (this.#posterHref) posterFailed(this.#posterHref);
    this.#posterHref = this.#posterUrl = undefined;
    this.requestUpdate();
  }

  /** What names the embed to assistive technology: the title, or "YouTube video". */
  #name(party: Party): string {
    return this.#title || this.#text.untitled(party);
  }

  override render(): TemplateResult {
    const source = this.#source;
    if (source.type === 'error') return this.renderMessage(this.#text.error(source.code));
    if (this.#frame && source.type === 'template') {
      return html`<div part="base" class="base content"><slot name="embed"></slot></div>${this.renderWithdraw(source.party)}`;
    }
    if (this.#frame) return html`<div part="base" class="base">${this.#frame}</div>${this.renderWithdraw(source.party)}`;
    return this.renderPlaceholder(source.party, source.type === 'template');
  }

  /**
   * After the frame in the shadow tree, so the Tab key reaches it straight
   * after the embed; shown on hover or focus, and always in the accessibility tree.
   */
  private renderWithdraw(party: Party): TemplateResult {
    return html`<button part="withdraw" class="withdraw" type="button" @click=${this.#onWithdraw}>${this.#text.withdraw(party)}</button>`;
  }

  private renderMessage(message: string): TemplateResult {
    return html`
      <div part="base" class="base">
        <div class="panel">
          ${this.#title ? html`<p part="title" class="title">${this.#title}</p>` : nothing}
          <p part="message">${message}</p>
        </div>
      </div>
    `;
  }

  private renderPlaceholder(party: Party, listOrigins: boolean): TemplateResult {
    const t = this.#text;
    const name = this.#name(party);
    const canRemember = this.#consent.store.canRemember;
    const poster = this.#posterUrl;
    const hosts = listOrigins ? party.origins.map((origin) => new URL(origin).hostname) : [];
    // Global Privacy Control asks sites not to share or sell the visitor's data: said here, never taken as a choice.
    const gpc = (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
    return html`
      <div part="base" class="base ${poster ? 'has-poster' : ''}">
        ${poster ? html`<img part="poster" class="poster" src=${poster} alt="" @error=${this.#onPosterError} />` : nothing}
        <div part="placeholder" class="panel" role="group" aria-label=${name}>
          ${this.#title ? html`<p part="title" class="title">${this.#title}</p>` : nothing}
          <p part="notice">
            ${t.notice(party)} ${hosts.length ? t.contacts(hosts) : nothing}
            ${party.privacyPolicy
              ? html`<a part="privacy-link" href=${party.privacyPolicy} target="_blank" rel="noopener noreferrer"
                  >${t.privacyLink(party)}</a
                >`
              : nothing}
          </p>
          <div class="actions">
            <button part="button" type="button" aria-label=${t.loadLabel(party.kind, name)} @click=${this.#onLoad}>
              ${t.load(party.kind)}
            </button>
            <label part="remember">
              <input type="checkbox" ?disabled=${!canRemember} aria-describedby=${canRemember ? nothing : 'cannot-remember'} />
              <span>${t.remember(party)}</span>
            </label>
          </div>
          ${canRemember ? nothing : html`<p class="note" id="cannot-remember">${t.cannotRemember}</p>`}
          ${gpc ? html`<p part="gpc" class="note">${t.gpc}</p>` : nothing}
          ${this.#vetoed ? html`<p part="blocked" class="note" role="alert">${t.blocked(party)}</p>` : nothing}
        </div>
      </div>
    `;
  }
}

/**
 * A copy of an author's template content whose scripts run when inserted, in
 * order, with their attributes, as they would have in the page. Template
 * content is inert until then: nothing in it is requested before consent.
 */
function runnable(content: DocumentFragment): DocumentFragment {
  const copy = document.importNode(content, true);
  for (const script of copy.querySelectorAll('script')) {
    // Inserted scripts run as soon as they load; unless marked async, keep the page's order.
    if (!script.hasAttribute('async')) script.async = false;
  }
  return copy;
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-embed': ConsentEmbedElement;
  }
}
