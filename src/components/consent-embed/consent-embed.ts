import { html, LitElement, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import { ViewportController } from '../../controllers/viewport-controller.js';
import { defaultStore } from '../../core/default-store.js';
import { loadPoster, posterFailed, posterHref } from '../../core/poster.js';
import { readText, warn } from '../../core/warn.js';
import { en } from '../../i18n/en.js';
import type { Provider } from '../../providers/provider.js';
import { resolve, type Resolution } from '../../providers/registry.js';
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
 * @attr provider - Forces a provider id (`youtube`) instead of detecting it from `src`.
 * @attr poster - An image from this site, shown behind the placeholder; fetched only from this origin.
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
 *
 * @cssproperty --consent-embed-aspect-ratio - Box ratio, default `16 / 9`.
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
  };

  /** The URL of the content, as the visitor copies it; a `URL` object is read as its address. */
  declare src: string | URL | null;
  /** What the embed shows; names the placeholder, the button and the frame. */
  declare title: string;
  /** A provider id that overrides detection from `src`. */
  declare provider: string | null;
  /** An image on this site shown behind the placeholder; a `URL` object is read as its address. */
  declare poster: string | URL | null;

  readonly #consent = new ConsentController(this, defaultStore);
  readonly #viewport = new ViewportController(this);
  readonly #text = en;
  #resolution: Resolution = { ok: false, code: 'invalid-src', detail: '' };
  /** The title as text, whatever the property was set to. */
  #title = '';
  /** The poster's address on this site, and the object URL of its fetched bytes once they are here. */
  #posterHref: string | undefined;
  #posterUrl: string | undefined;
  #frame: HTMLElement | undefined;
  /** What the frame was built for; an equivalent new src keeps it playing. */
  #frameKey = '';
  /** Whether the element last rendered with consent. */
  #granted = false;
  /** Set by this element's own load button: that embed plays and takes focus. */
  #clicked = false;

  constructor() {
    super();
    this.src = null;
    this.provider = null;
    this.poster = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out now, not at the next render: an iframe put back into the page
    // starts loading at once, before a reconnected element could re-read consent.
    this.#frame?.remove();
    this.#frame = undefined;
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
    if (changed.has('src') || changed.has('provider')) this.#resolve();
    if (changed.has('title')) this.#readTitle();
    if (changed.has('poster')) this.#readPoster();
    const resolution = this.#resolution;
    const granted = this.#consent.granted;
    if (granted !== this.#granted) {
      this.#granted = granted;
      // A load the visitor did not click here waits for the observer's next
      // answer, in a later task: one click builds one frame at once.
      if (granted && !this.#clicked) this.#viewport.recheck();
    }
    const near = this.#viewport.near;
    if (!granted) {
      this.#frame = undefined;
    } else if (!this.#frame && resolution.ok && (this.#clicked || near)) {
      const { provider, target } = resolution;
      this.#frame = provider.embed(target, { title: this.#name(provider), autoplay: this.#clicked });
    }
    if (near && this.#posterHref && !this.#posterUrl && !this.#frame) void this.#fetchPoster(this.#posterHref);
  }

  protected override updated(): void {
    if (this.#clicked && this.#frame?.isConnected) {
      this.#clicked = false;
      this.#frame.focus();
    }
  }

  #resolve(): void {
    const src = readText(this.src, true);
    const provider = readText(this.provider);
    this.#resolution =
      'refused' in src
        ? { ok: false, code: 'invalid-src', detail: `the src property was set to ${src.refused}, not a URL or text.` }
        : 'refused' in provider
          ? { ok: false, code: 'unknown-provider', detail: `the provider property was set to ${provider.refused}, not a provider id.` }
          : resolve(src.text, provider.text);
    if (!this.#resolution.ok) warn(this.#resolution.code, this.#resolution.detail);
    this.#consent.provider = this.#resolution.ok ? this.#resolution.provider.id : undefined;
    const key = this.#resolution.ok ? JSON.stringify([this.#resolution.provider.id, this.#resolution.target]) : '';
    if (key !== this.#frameKey) {
      this.#frameKey = key;
      this.#frame = undefined;
      this.#clicked = false;
    }
  }

  #readTitle(): void {
    const title = readText(this.title);
    if ('refused' in title) warn('invalid-title', `the title property was set to ${title.refused}, not text, so the embed has no title.`);
    this.#title = ('text' in title && title.text) || '';
    if (this.#frame && this.#resolution.ok) this.#frame.title = this.#name(this.#resolution.provider);
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
    this.#clicked = true;
    this.#consent.grant(remember?.checked && !remember.disabled ? 'remember' : 'session');
  }

  #onPosterError(): void {
    if (this.#posterHref) posterFailed(this.#posterHref);
    this.#posterHref = this.#posterUrl = undefined;
    this.requestUpdate();
  }

  /** What names the embed to assistive technology: the title, or "YouTube video". */
  #name(provider: Provider): string {
    return this.#title || this.#text.untitled(provider);
  }

  override render(): TemplateResult {
    const resolution = this.#resolution;
    if (!resolution.ok) return this.renderMessage(this.#text.error(resolution.code));
    if (this.#frame) return html`<div part="base" class="base">${this.#frame}</div>`;
    return this.renderPlaceholder(resolution.provider);
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

  private renderPlaceholder(provider: Provider): TemplateResult {
    const t = this.#text;
    const name = this.#name(provider);
    const canRemember = this.#consent.store.canRemember;
    const poster = this.#posterUrl;
    return html`
      <div part="base" class="base ${poster ? 'has-poster' : ''}">
        ${poster ? html`<img part="poster" class="poster" src=${poster} alt="" @error=${this.#onPosterError} />` : nothing}
        <div part="placeholder" class="panel" role="group" aria-label=${name}>
          ${this.#title ? html`<p part="title" class="title">${this.#title}</p>` : nothing}
          <p part="notice">
            ${t.notice(provider)}
            <a part="privacy-link" href=${provider.privacyPolicy} target="_blank" rel="noopener noreferrer"
              >${t.privacyLink(provider)}</a
            >
          </p>
          <div class="actions">
            <button part="button" type="button" aria-label=${t.loadLabel(provider.kind, name)} @click=${this.#onLoad}>
              ${t.load(provider.kind)}
            </button>
            <label part="remember">
              <input type="checkbox" ?disabled=${!canRemember} aria-describedby=${canRemember ? nothing : 'cannot-remember'} />
              <span>${t.remember(provider)}</span>
            </label>
          </div>
          ${canRemember ? nothing : html`<p class="note" id="cannot-remember">${t.cannotRemember}</p>`}
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-embed': ConsentEmbedElement;
  }
}
