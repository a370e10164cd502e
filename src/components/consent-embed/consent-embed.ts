import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import { defaultStore } from '../../core/default-store.js';
import { warn } from '../../core/warn.js';
import { en } from '../../i18n/en.js';
import type { Provider } from '../../providers/provider.js';
import { resolve, type Resolution } from '../../providers/registry.js';
import { styles } from './consent-embed.styles.js';

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
 * @attr poster - A same-origin image shown behind the placeholder.
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
    title: {},
    provider: {},
    poster: {},
  };

  /** The URL of the content, as the visitor copies it. */
  declare src: string | null;
  /** What the embed shows; names the placeholder, the button and the frame. */
  declare title: string;
  /** A provider id that overrides detection from `src`. */
  declare provider: string | null;
  /** A same-origin image URL shown behind the placeholder. */
  declare poster: string | null;

  readonly #consent = new ConsentController(this, defaultStore);
  readonly #text = en;
  #resolution: Resolution = { ok: false, code: 'invalid-src', detail: '' };
  #posterUrl: string | undefined;
  #frame: HTMLElement | undefined;
  /** What the frame was built for; an equivalent new src keeps it playing. */
  #frameKey = '';
  /** Set by this element's own load button: that embed plays and takes focus. */
  #clicked = false;

  constructor() {
    super();
    this.src = null;
    this.title = '';
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('provider')) {
      this.#resolution = resolve(this.src, this.provider);
      if (!this.#resolution.ok) warn(this.#resolution.code, this.#resolution.detail);
      this.#consent.provider = this.#resolution.ok ? this.#resolution.provider.id : undefined;
      const key = this.#resolution.ok ? JSON.stringify([this.#resolution.provider.id, this.#resolution.target]) : '';
      if (key !== this.#frameKey) {
        this.#frameKey = key;
        this.#frame = undefined;
        this.#clicked = false;
      }
    }
    if (changed.has('poster')) this.#posterUrl = this.#sameOrigin(this.poster);
    if (changed.has('title') && this.#frame && this.#resolution.ok) {
      this.#frame.title = this.#name(this.#resolution.provider);
    }
    if (!this.#consent.granted) {
      this.#frame = undefined;
    } else if (!this.#frame && this.#resolution.ok) {
      const { provider, target } = this.#resolution;
      this.#frame = provider.embed(target, { title: this.#name(provider), autoplay: this.#clicked });
    }
  }

  protected override updated(): void {
    if (this.#clicked && this.#frame?.isConnected) {
      this.#clicked = false;
      this.#frame.focus();
    }
  }

  #onLoad(): void {
    const remember = this.renderRoot.querySelector<HTMLInputElement>('input[type=checkbox]');
    this.#clicked = true;
    this.#consent.grant(remember?.checked && !remember.disabled ? 'remember' : 'session');
  }

  /** What names the embed to assistive technology: the title, or "YouTube video". */
  #name(provider: Provider): string {
    return this.title || this.#text.untitled(provider);
  }

  /** Resolves a poster URL, accepting only the page's own origin: anything else would leak. */
  #sameOrigin(value: string | null): string | undefined {
    if (!value) return undefined;
    try {
      const url = new URL(value, document.baseURI);
      if (url.origin === location.origin) return url.href;
    } catch {
      // Falls through to the warning.
    }
    warn('foreign-poster', `the poster ${JSON.stringify(value.slice(0, 80))} is not on this site, so it is not shown.`);
    return undefined;
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
          ${this.title ? html`<p part="title" class="title">${this.title}</p>` : nothing}
          <p part="message">${message}</p>
        </div>
      </div>
    `;
  }

  private renderPlaceholder(provider: Provider): TemplateResult {
    const t = this.#text;
    const name = this.#name(provider);
    const canRemember = this.#consent.store.canRemember;
    return html`
      <div part="base" class="base ${this.#posterUrl ? 'has-poster' : ''}">
        ${this.#posterUrl ? html`<img part="poster" class="poster" src=${this.#posterUrl} alt="" />` : nothing}
        <div part="placeholder" class="panel" role="group" aria-label=${name}>
          ${this.title ? html`<p part="title" class="title">${this.title}</p>` : nothing}
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
