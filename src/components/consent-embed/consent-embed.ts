import { adoptStyles, html, LitElement, nothing, svg, type PropertyDeclaration, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ViewportController } from '../../controllers/viewport-controller.js';
import { defaultStore } from '../../core/default-store.js';
import { ConsentEmbedLoadEvent, ConsentEmbedRequestEvent } from '../../core/events.js';
import type { ConsentScope } from '../../core/record.js';
import { copyOf, listen, make, readyStateOf } from '../../core/page.js';
import { loadPoster, posterFailed, posterHref } from '../../core/poster.js';
import { scriptText, scriptURL } from '../../core/trusted-types.js';
import { onSettingsChange, readSettings, siteSettings, type Resolved, type Settings } from '../../core/config.js';
import { readText, warn, type WarningCode } from '../../core/warn.js';
import { onTranslationsChange, textsFor } from '../../i18n/languages.js';
import { DEFAULT_REMEMBER_DAYS } from '../../core/record.js';
import { en } from '../../i18n/en.js';
import type { Translation } from '../../i18n/translation.js';
import { boxProperties } from '../../providers/boxes.js';
import type { Box, EmbedKind, Provider } from '../../providers/provider.js';
import { markInUse, resolve, resolveTemplate, type Party } from '../../providers/registry.js';
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
  | { readonly type: 'error'; readonly code: WarningCode; readonly detail: string }
  // The document is still being parsed, and the element's `<template>` may yet come.
  | { readonly type: 'pending' };

/** Attributes that decide what the element shows. */
const SOURCE = ['src', 'provider', 'company', 'origins', 'privacyPolicy', 'kind'] as const;

/** Attributes that are settings (see core/config.ts), and the title's heading level. */
const SETTINGS = ['rememberDays', 'choices', 'preselect', 'posterLoading', 'theme', 'texts', 'headingLevel'] as const;

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
    rememberDays: { attribute: 'remember-days' },
    choices: {},
    preselect: {},
    posterLoading: { attribute: 'poster-loading' },
    theme: {},
    texts: {},
    headingLevel: { attribute: 'heading-level' },
    // Watched, so that a new language shows at once; reflected, so it stays the element's own lang as well.
    lang: reflectedText,
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
  /** Days a remembered choice made here lasts; see `Settings`. */
  declare rememberDays: string | number | null;
  /** `both`, `session` or `remember`: the choices this placeholder offers. */
  declare choices: string | null;
  /** `session` or `remember`: the choice selected at first. */
  declare preselect: string | null;
  /** `lazy`, `eager` or `none`: when the poster is fetched. */
  declare posterLoading: string | null;
  /** `auto`, `light` or `dark`. */
  declare theme: string | null;
  /** This element's own texts, as JSON: `{"load": "Play"}`; see `Settings.texts`. */
  declare texts: string | Record<string, string> | null;
  /** 1 to 6: the placeholder's title is a heading of that level. By default it is no heading. */
  declare headingLevel: string | number | null;

  readonly #consent = new ConsentController(this, defaultStore, () => this.#teardown());
  readonly #viewport = new ViewportController(this);
  readonly #resize = new ResizeController(this);
  /** The texts in the element's language, with the site's and the element's own; undefined while the language loads. */
  #text: Translation | undefined;
  /** The settings from this element's attributes, read when they change; the site's come from config.ts. */
  #own: Settings = {};
  #settings: Resolved = siteSettings();
  #unsubscribe: (() => void)[] = [];
  /** What the polite live region says: that the embed loaded. */
  #status = '';
  #source: Source = { type: 'pending' };
  /** The `<template>` child last seen, and the observer that notices one added later (parsing, frameworks). */
  #template: HTMLTemplateElement | undefined;
  #templateChanged = false;
  /** A shadow root the parser attached from a `<template shadowrootmode>` before the element was defined; see `createRenderRoot`. */
  readonly #declared: ShadowRoot | null;
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
  /** Set when the site cancelled `consent-embed-request`, for a click or a load: the placeholder says so until the next click. */
  #vetoed: 'click' | 'load' | false = false;
  /** The content `consent-embed-load` was last fired for. */
  #announced: HTMLElement | undefined;
  /** Where focus goes after the next render, when what held it was taken away. */
  #refocus: 'frame' | 'button' | undefined;
  /** The language tag set on the element, read as text. */
  #lang: string | undefined;
  /** Whether the declarative shadow root the element came with was warned about. */
  #toldDeclared = false;
  /** Set when this update failed, and once one did; see `#failed`. */
  #broken = false;
  #warnedBroken = false;

  constructor() {
    super();
    this.src = null;
    this.provider = null;
    this.poster = null;
    // Internals see a declarative root of either mode; nothing else of the element uses them.
    this.#declared = this.attachInternals().shadowRoot;
  }

  /**
   * A declarative shadow root is not inert: the parser attached it and
   * loaded its images before any script ran. Whatever it holds is emptied out,
   * as `attachShadow` does to a root the parser made, and the placeholder
   * renders in its place, in the mode it was declared with.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const declared = this.#declared;
    if (!declared) return super.createRenderRoot();
    const root = this.attachShadow({ mode: declared.mode });
    adoptStyles(root, ConsentEmbedElement.elementStyles);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchChildren(this, () => this.#findTemplate());
    this.#findTemplate();
    const update = () => this.requestUpdate();
    this.#unsubscribe = [onSettingsChange(update), onTranslationsChange(update)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchChildren(this);
    for (const stop of this.#unsubscribe) stop();
    this.#unsubscribe = [];
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
    try {
      this.#prepare(changed);
    } catch (error) {
      this.#failed(error);
    }
  }

  /** What an update works out before rendering: what to show, the texts, consent, the frame and the box. */
  #prepare(changed: PropertyValues<this>): void {
    if (SETTINGS.some((name) => changed.has(name))) this.#readOwnSettings();
    if (changed.has('lang')) this.#readLang();
    const site = siteSettings();
    this.#settings = { ...site, ...this.#own, texts: { ...site.texts, ...this.#own.texts } };
    // The element's own lang, then the site's setting, then the page around it.
    this.#text = textsFor(this, this.#lang, this.#settings);
    // A frame built before its language arrived, or before it changed, is renamed in the new one.
    if (this.#frame instanceof HTMLIFrameElement && this.#source.type === 'frame') this.#frame.title = this.#name(this.#source.party);
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
    const posters = this.#settings.posterLoading;
    if ((posters === 'eager' || (posters === 'lazy' && near)) && this.#posterHref && !this.#posterUrl && !this.#frame) {
      void this.#fetchPoster(this.#posterHref);
    }
  }

  #readLang(): void {
    const lang = readText(this.lang);
    if ('refused' in lang) warn('invalid-config', `the lang property was set to ${lang.refused}, not a language tag; the page's language is used.`);
    this.#lang = ('text' in lang && lang.text) || undefined;
  }

  #readOwnSettings(): void {
    const given: Record<string, unknown> = {};
    for (const name of SETTINGS) {
      const read = readText(name === 'texts' && typeof this.texts === 'object' ? null : this[name]);
      if ('text' in read && read.text !== null) given[name] = read.text;
    }
    if (typeof this.texts === 'object' && this.texts !== null) given.texts = this.texts;
    else if (typeof given.texts === 'string') {
      try {
        given.texts = JSON.parse(given.texts as string);
      } catch {
        given.texts = 'not JSON';
      }
    }
    delete given.headingLevel;
    this.#own = readSettings(given, '<consent-embed>', ['rememberDays', 'choices', 'preselect', 'posterLoading', 'theme', 'texts']);
  }

  /**
   * What consent allowed, taken away at once: called by the consent
   * controller the moment consent ends, before any render, so that no render
   * error, bad property or pending update can leave a frame or the author's
   * code in place.
   */
  #teardown(): void {
    // Focus inside what is taken away would fall to the page's start: it goes to the load button instead.
    if (this.#frame && this.matches(':focus-within')) this.#refocus = 'button';
    this.#frame?.remove();
    this.#content?.remove();
    this.#frame = this.#content = undefined;
    this.#clicked = false;
  }

  /**
   * A bug or a hostile value got past the checks: one warning, the frame
   * stays as consent has it, and the next update starts afresh. Never a throw
   * at the page.
   */
  #failed(error: unknown): void {
    this.#broken = true;
    if (this.#warnedBroken) return;
    this.#warnedBroken = true;
    warn('render-error', `<consent-embed> could not update (${error instanceof Error ? error.message : typeof error}); it shows a message instead.`);
  }

  protected override updated(): void {
    try {
      this.#settle();
    } catch (error) {
      this.#failed(error);
    }
  }

  /** After rendering: the author's code into the light DOM, focus, and the announcement and event of a load. */
  #settle(): void {
    const source = this.#source;
    const content = source.type === 'template' ? this.#frame : undefined;
    // Light DOM, so that the author's code runs in and styles with the page; shown through the `embed` slot.
    if (content && content.parentNode !== this) this.append(content);
    if (this.#clicked && this.#frame?.isConnected) {
      this.#clicked = false;
      this.#frame.focus();
    }
    if (this.#frame?.isConnected && this.#frame !== this.#announced && (source.type === 'frame' || source.type === 'template')) {
      this.#announced = this.#frame;
      this.#status = (this.#text ?? en).loaded(source.party, this.#name(source.party));
      this.requestUpdate();
      this.dispatchEvent(new ConsentEmbedLoadEvent(source.party.key, this.#frame));
    }
    if (!this.#frame && this.#announced) {
      this.#announced = undefined;
      this.#status = '';
      this.requestUpdate();
    }
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
    if (source.type !== 'frame' && source.type !== 'template') return false;
    // The click asked already; this is the load it asked for.
    if (this.#clicked && scope === undefined) return true;
    const allowed = this.dispatchEvent(new ConsentEmbedRequestEvent(source.party.key, scope !== undefined, scope));
    this.#vetoed = allowed ? false : scope === undefined ? 'load' : 'click';
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
    if (source.type === 'error') warn(source.code, source.detail);
    else if (this.#declared && !this.#toldDeclared && source.type !== 'pending') {
      warn(
        'invalid-template',
        'the element came with a declarative shadow root (server-rendered markup, or a <template shadowrootmode> child), whose content the browser loaded while parsing; it is replaced by the placeholder.'
      );
    }
    this.#toldDeclared ||= this.#declared !== null && source.type !== 'pending';
    this.#source = source;
    const shown = source.type === 'frame' || source.type === 'template' ? source.party : undefined;
    this.#consent.subject = shown;
    if (shown) markInUse(shown.key.split(':')[0]!);
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
    if (!src.text && !this.#template) {
      // Parsed before its children (the script is not deferred): the <template> may come next.
      if (readyStateOf() === 'loading') {
        afterParsing(() => {
          if (this.#source.type !== 'pending') return;
          this.#templateChanged = true;
          this.requestUpdate();
        });
        return { type: 'pending' };
      }
      if (this.#declared) {
        return {
          type: 'error',
          code: 'invalid-template',
          detail:
            'its embed code is in a <template shadowrootmode>, which is not inert: the browser made it a shadow root while parsing and loaded what it holds before any choice. Use a plain <template>.',
        };
      }
    }
    if (!src.text && this.#template) {
      if (this.#template.hasAttribute('shadowrootmode')) {
        return {
          type: 'error',
          code: 'invalid-template',
          detail:
            'its <template> has a shadowrootmode attribute: in the page\'s markup the browser makes such a template a shadow root and loads what it holds before any choice. Remove the attribute.',
        };
      }
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
      this.#content = make('div');
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
    if (source.type !== 'frame' && source.type !== 'template') {
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
    const offered = this.#offer().choices;
    const wanted = offered === 'remember' || (offered === 'both' && remember?.checked);
    const scope = wanted && this.#consent.store.canRemember ? 'remember' : 'session';
    if (!this.#allowed(scope)) {
      this.requestUpdate();
      return;
    }
    this.#clicked = true;
    // Already granted (the site vetoed the load that consent allowed): this click asks for that load, not for a new choice.
    if (this.#consent.granted) return this.requestUpdate();
    this.#consent.grant(scope, 'placeholder', this.#settings.rememberDays).then((held) => {
      // Outrun by a newer withdrawal: this click's load must not happen later, unasked and playing.
      if (!held) this.#clicked = false;
    });
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
    return this.#title || (this.#text ?? en).untitled(party);
  }

  /**
   * The choices this placeholder offers: never only remembering under GPC,
   * and never "remember" selected there. (Without working storage the remember
   * control stays, disabled, with a line that says why.)
   */
  #offer(): { choices: 'both' | 'session' | 'remember'; preselect: 'session' | 'remember' } {
    let { choices, preselect } = this.#settings;
    if (gpc()) {
      if (choices === 'remember') choices = 'both';
      preselect = 'session';
    }
    return { choices, preselect };
  }

  override render(): TemplateResult {
    // One template around whatever shows, so the live region stays the same node and is heard when it speaks.
    let body: TemplateResult;
    try {
      body = this.#broken ? BROKEN : this.renderBody(this.#text);
    } catch (error) {
      this.#failed(error);
      body = BROKEN;
    }
    this.#broken = false;
    return html`${body}<p class="status" role="status" lang=${this.#text?.lang ?? nothing}>${this.#status}</p>`;
  }

  private renderBody(t: Translation | undefined): TemplateResult {
    const source = this.#source;
    const theme = this.#settings.theme;
    // What consent allows is shown whether or not its words are here yet (the control fades in on hover or focus only).
    if (this.#frame && source.type === 'template') {
      return html`<div part="base" class="base content"><slot name="embed"></slot></div>${this.renderWithdraw(t ?? en, source.party)}`;
    }
    if (this.#frame && source.type === 'frame') {
      return html`<div part="base" class="base">${this.#frame}</div>${this.renderWithdraw(t ?? en, source.party)}`;
    }
    // The language is on its way: the reserved box stays empty rather than flash English first.
    if (!t || source.type === 'pending') return html`<div part="base" class="base pending" data-theme=${theme} aria-busy="true"></div>`;
    if (source.type === 'error') return this.renderMessage(t, t.error(source.code), theme);
    return this.renderPlaceholder(t, source.party, source.type === 'template', theme);
  }

  /**
   * After the frame in the shadow tree, so the Tab key reaches it straight
   * after the embed; shown on hover or focus, and always in the accessibility tree.
   */
  private renderWithdraw(t: Translation, party: Party): TemplateResult {
    return html`<button part="withdraw" class="withdraw" type="button" lang=${t.lang} dir=${t.dir} @click=${this.#onWithdraw}>
      ${t.withdraw(party)}
    </button>`;
  }

  /** The title: plain text, or a heading of the level the author set. */
  private renderTitle(): TemplateResult | typeof nothing {
    if (!this.#title) return nothing;
    const read = readText(this.headingLevel);
    const level = 'text' in read ? Number(read.text ?? NaN) : NaN;
    return Number.isInteger(level) && level >= 1 && level <= 6
      ? html`<div part="title" class="title" role="heading" aria-level=${level}>${this.#title}</div>`
      : html`<p part="title" class="title">${this.#title}</p>`;
  }

  private renderMessage(t: Translation, message: string, theme: string): TemplateResult {
    return html`
      <div part="base" class="base error" data-theme=${theme}>
        <div class="panel" lang=${t.lang} dir=${t.dir}>
          <svg class="glyph" viewBox="0 0 24 24" aria-hidden="true">${GLYPHS.error}</svg>
          ${this.renderTitle()}
          <p part="message">${message}</p>
        </div>
      </div>
    `;
  }

  private renderPlaceholder(t: Translation, party: Party, listOrigins: boolean, theme: string): TemplateResult {
    const name = this.#name(party);
    const { choices, preselect } = this.#offer();
    const canRemember = this.#consent.store.canRemember;
    const poster = this.#posterUrl;
    const hosts = listOrigins ? party.origins.map((origin) => new URL(origin).hostname) : [];
    const days = this.#settings.rememberDays ?? DEFAULT_REMEMBER_DAYS;
    return html`
      <div part="base" class="base ${poster ? 'has-poster' : ''}" data-theme=${theme} data-kind=${party.kind}>
        ${poster ? html`<img part="poster" class="poster" src=${poster} alt="" @error=${this.#onPosterError} />` : nothing}
        <div part="placeholder" class="panel" role="group" aria-label=${name} lang=${t.lang} dir=${t.dir}>
          ${this.renderTitle()}
          <button
            part="button"
            class="load"
            type="button"
            aria-label=${t.loadLabel(party.kind, name)}
            aria-describedby="notice"
            @click=${this.#onLoad}
          >
            <svg part="glyph" class="glyph" viewBox="0 0 24 24" aria-hidden="true">${GLYPHS[party.kind]}</svg>
            <span class="label">${t.load(party.kind)}</span>
          </button>
          <p part="notice" class="notice" id="notice">
            <span class="long">${t.notice(party)} ${hosts.length ? t.contacts(hosts) : nothing}</span>
            <span class="short">${t.noticeShort(party)}</span>
            ${party.privacyPolicy
              ? html`<a part="privacy-link" href=${party.privacyPolicy} target="_blank" rel="noopener noreferrer"
                  >${t.privacyLink(party)}</a
                >`
              : nothing}
          </p>
          ${choices === 'both'
            ? html`<label part="remember" class="remember">
                <input
                  type="checkbox"
                  ?checked=${canRemember && preselect === 'remember'}
                  ?disabled=${!canRemember}
                  aria-describedby=${canRemember ? nothing : 'cannot-remember'}
                />
                <span>${t.remember(party)}</span>
              </label>`
            : choices === 'remember' && canRemember
              ? html`<p class="note">${t.rememberedFor(party, days)}</p>`
              : nothing}
          ${canRemember || choices === 'session' ? nothing : html`<p class="note" id="cannot-remember">${t.cannotRemember}</p>`}
          ${gpc() ? html`<p part="gpc" class="note">${t.gpc}</p>` : nothing}
          ${this.#vetoed
            ? html`<p part="blocked" class="note" role=${this.#vetoed === 'click' ? 'alert' : nothing}>${t.blocked(party)}</p>`
            : nothing}
        </div>
      </div>
    `;
  }
}

/** What an element shows after an update failed: no words of a translation that may be what failed. */
const BROKEN = html`<div part="base" class="base error"><div class="panel" lang="en"><p part="message">This embed cannot be shown.</p></div></div>`;

/** Whether the browser sends Global Privacy Control: said on the placeholder, never taken as a choice. */
const gpc = () => (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;

/**
 * The kind of each embed, drawn: first-party inline SVG (no request, no
 * font), 24-unit paths, filled with the button's text colour.
 */
const GLYPHS: Record<EmbedKind | 'error', SVGTemplateResult> = {
  video: svg`<path d="M8 5.5v13l10.5-6.5z" />`,
  map: svg`<path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z" />`,
  post: svg`<path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z" />`,
  audio: svg`<path d="M9 4v10.6A3.5 3.5 0 1 0 11 18V8h7V4z" />`,
  call: svg`<path d="M3 7a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v2.5l5-3v11l-5-3V17a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />`,
  calendar: svg`<path d="M7 2v2H5a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zM5 9h14v10H5z" />`,
  code: svg`<path d="M8.6 16.6 4 12l4.6-4.6L10 8.8 6.8 12l3.2 3.2zm6.8 0L14 15.2l3.2-3.2L14 8.8l1.4-1.4L20 12z" />`,
  content: svg`<path d="M4 4h16v16H4zm2 2v12h12V6z" />`,
  error: svg`<path d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z" />`,
};

/**
 * A copy of an author's template content whose scripts run when inserted, in
 * order, with their attributes, as they would have in the page. Template
 * content is inert until then: nothing in it is requested before consent.
 *
 * Each script is made anew rather than copied: under Trusted Types a copied
 * script's text counts as untrusted and never runs, even with the page's
 * nonce. Only the author's own text and address, read from their template,
 * pass through the library's policy; event handler attributes are left out
 * (a CSP that allows scripts by nonce does not run them anyway).
 */
function runnable(content: DocumentFragment): DocumentFragment {
  const copy = copyOf(content);
  for (const old of copy.querySelectorAll('script')) {
    const script = make('script');
    for (const { name, value } of old.attributes) {
      if (name !== 'src' && !name.startsWith('on')) script.setAttribute(name, value);
    }
    script.nonce = old.nonce;
    if (old.hasAttribute('src')) script.src = scriptURL(old.src);
    else script.text = scriptText(old.text);
    // Inserted scripts run as soon as they load; unless marked async, keep the page's order.
    if (!old.hasAttribute('async')) script.async = false;
    old.replaceWith(script);
  }
  return copy;
}

/**
 * One observer for the children of every element: a `<template>` added after
 * the element (by the parser, a framework, a site's script) is seen without
 * an observer per element.
 */
const childWatchers = new WeakMap<Element, () => void>();
let children: MutationObserver | undefined;

function watchChildren(element: Element, changed: () => void): void {
  children ??= new MutationObserver((records) => {
    for (const target of new Set(records.map((r) => r.target))) childWatchers.get(target as Element)?.();
  });
  childWatchers.set(element, changed);
  children.observe(element, { childList: true });
}

function unwatchChildren(element: Element): void {
  // An observer cannot let go of one target: the entry goes, and later records for it find nothing.
  childWatchers.delete(element);
}

/** Runs once the document is parsed: one listener for every element waiting for its `<template>`. */
const parsing = new Set<() => void>();
function afterParsing(then: () => void): void {
  if (!parsing.size) {
    listen(document, 'DOMContentLoaded', () => {
      const waiting = [...parsing];
      parsing.clear();
      for (const run of waiting) run();
    });
  }
  parsing.add(then);
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-embed': ConsentEmbedElement;
  }
}
