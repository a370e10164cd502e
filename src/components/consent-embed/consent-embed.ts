import { adoptStyles, ReactiveElement, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { ConsentController, type ConsentControllerOptions } from '../../controllers/consent-controller.js';
import { ViewportController } from '../../controllers/viewport-controller.js';
import { attributeName, onSettingsChange, readSettings, siteSettings, type Resolved, type Settings } from '../../core/config.js';
import { defaultStore } from '../../core/default-store.js';
import { ConsentEmbedLoadEvent, ConsentEmbedRequestEvent } from '../../core/events.js';
import { build, copyOf, find, listen, make, place, readyStateOf, root, setText, toggle, type Made } from '../../core/page.js';
import type { Poster } from '../../core/poster.js';
import type { Preview } from '../../core/previews.js';
import { POLICY, scriptsAllowed, scriptText, scriptURL } from '../../core/trusted-types.js';
import { DEFAULT_REMEMBER_DAYS, type ConsentScope } from '../../core/record.js';
import { later, whenIdle } from '../../core/schedule.js';
import { readText, warn, type Message, type WarningCode } from '../../core/warn.js';
import { en } from '../../i18n/en.js';
import { onTranslationsChange, pageLanguage, textsFor } from '../../i18n/languages.js';
import type { Translation } from '../../i18n/translation.js';
import { boxProperties, DEFAULT_RATIO } from '../../providers/boxes.js';
import { FAILED_EVENT, HEIGHT_EVENT, type Box, type Provider } from '../../providers/provider.js';
import { fetchCode, markInUse, match, registrations, resolved, undecided, type Party } from '../../providers/registry.js';
import { styles } from './consent-embed.styles.js';
import { buttonOf, checkboxOf, gpc, GLYPHS, modelOf, panelOf, unless } from './placeholder.js';

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

/** What the element shows: a provider's frame, the author's own embed code, what is wrong, or nothing yet. */
type Source =
  | {
      readonly type: 'frame';
      readonly party: Party;
      readonly box: Box;
      /** The provider and the validated target, once the provider's code has read the `src`. */
      readonly code?: { readonly provider: Provider; readonly target: unknown };
    }
  | { readonly type: 'template'; readonly template: HTMLTemplateElement; readonly party: Party; readonly box: Box }
  | { readonly type: 'error'; readonly code: WarningCode; readonly detail: Message }
  // The document is still being parsed and the element's `<template>` may yet come, or a file it needs is on its way.
  | { readonly type: 'pending' };

const PENDING: Source = { type: 'pending' };
/** Settings of an element's own when it has none: one object for all such elements, never written to. */
const NO_SETTINGS: Settings = {};
/** What is wrong: shown in the placeholder, and warned of once. */
const fail = (code: WarningCode, ...detail: Message): Source => ({ type: 'error', code, detail });
/** A link on a host no provider claims: the code of the providers of many servers is asked which, if any, it is. */
const UNDECIDED: Source = { type: 'pending' };

/** Attributes that decide what the element shows. */
const SOURCE = ['src', 'provider', 'company', 'origins', 'privacyPolicy', 'kind'] as const;

/** Attributes that are settings (see core/config.ts). */
const SETTINGS = ['rememberDays', 'choices', 'preselect', 'posterLoading', 'posterTemplate', 'theme', 'texts', 'previews'] as const;

/**
 * The parts of a `<template>` embed: resolved and made runnable by a file
 * loaded the first time a page has one; read once the providers a page's
 * script is registering are known, since the template may name one of them.
 */
const templates = () => registrations().then(() => import('../../providers/template.js'));
/** Posters: a file loaded the first time a page sets one. */
const posters = () => import('../../core/poster.js');
/** The providers' previews: a file loaded the first time a page turns them on. */
const previews = () => import('../../core/previews.js');

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
 * @attr kind - For a `<template>`: `video`, `map`, `post`, `audio`, `call`, `calendar`, `code`, `content`, `image`,
 *   `document`, `chart`, `form` or `design`.
 * @attr remember-days - Days a remembered choice made here lasts: 1 to 395.
 * @attr choices - `both`, `session` or `remember`: the choices the placeholder offers.
 * @attr preselect - `session` or `remember`: the choice selected at first.
 * @attr poster-loading - `lazy`, `eager` or `none`: when the poster is fetched.
 * @attr poster-template - A path from the site's root with `{id}` and `{provider}` (`/posters/{provider}/{id}.jpg`):
 *   the poster of an embed without a `poster`, once its provider's code has read the id.
 * @attr theme - `auto`, `light` or `dark`.
 * @attr previews - Offers the provider's own thumbnails, loaded once the visitor allows them (`previews="false"`
 *   turns off what the site turned on): see docs/previews.md.
 * @attr texts - This element's own texts, as JSON.
 * @attr heading-level - 1 to 6: the title is a heading of that level.
 *
 * @slot - Fallback content, shown when scripts do not run and under a message the embed cannot be shown: a plain
 *   link to the content. Never rendered in the placeholder.
 * @slot embed - Used by the element itself, for the author's embed code once it is loaded.
 * @slot poster - An `<img>` or `<picture>` from this site (with `srcset`), shown behind the placeholder; one naming
 *   another site is hidden, with a warning.
 *
 * @csspart base - The box that holds the placeholder or the frame.
 * @csspart poster - The poster image.
 * @csspart placeholder - The panel with the texts and controls.
 * @csspart title - The title text.
 * @csspart badge - The service's name in the placeholder's corner, in the service's colour.
 * @csspart art - The line drawing of the kind of embed above the title.
 * @csspart glyph - The drawing of the kind of embed on the load button.
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
 * @csspart previews - Where the site offers previews: the box with their notice and control.
 * @csspart previews-notice - Where previews come from, and who receives what, said before the visitor allows them.
 * @csspart previews-button - The control that allows the provider's previews ("Show previews from YouTube").
 *
 * @fires consent-embed-request - Before the third party loads; cancelable. A `ConsentEmbedRequestEvent`.
 * @fires consent-embed-load - Once the third party is in the page. A `ConsentEmbedLoadEvent`.
 *
 * @cssproperty --consent-embed-aspect-ratio - Box ratio; by default the provider's (`16 / 9` for most videos).
 * @cssproperty --consent-embed-height - Box height; by default the provider's for posts and players.
 * @cssproperty --consent-embed-background - Placeholder background.
 * @cssproperty --consent-embed-color - Placeholder text colour.
 * @cssproperty --consent-embed-muted-color - The notice's and the notes' colour.
 * @cssproperty --consent-embed-accent - Button background.
 * @cssproperty --consent-embed-accent-color - Button text colour.
 * @cssproperty --consent-embed-link-color - Link colour.
 * @cssproperty --consent-embed-focus-color - Focus ring colour.
 * @cssproperty --consent-embed-radius - Corner radius.
 * @cssproperty --consent-embed-spacing - The space between the placeholder's parts.
 * @cssproperty --consent-embed-font - The placeholder's font family.
 */
export class ConsentEmbedElement extends ReactiveElement {
  static override styles = styles;

  /** Each attribute is its property's name in kebab case (`remember-days`); `title` and `lang` are reflected. */
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries([...SOURCE, ...SETTINGS, 'poster', 'width', 'height', 'headingLevel'].map((name) => [name, { attribute: attributeName(name) }])),
    title: reflectedText,
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
  /** A path from the site's root with `{provider}` and `{id}`: the poster of an embed that has no `poster` of its own. */
  declare posterTemplate: string | null;
  /** `auto`, `light` or `dark`. */
  declare theme: string | null;
  /** Whether the placeholder offers the provider's previews: an attribute without a value, `true` or `false`; see `Settings`. */
  declare previews: string | boolean | null;
  /** This element's own texts, as JSON: `{"load": "Play"}`; see `Settings.texts`. */
  declare texts: string | Record<string, string> | null;
  /** 1 to 6: the placeholder's title is a heading of that level. By default it is no heading. */
  declare headingLevel: string | number | null;

  /** What every element does on a change of consent: one object for all of them, given the element. */
  static readonly #hooks: ConsentControllerOptions = {
    teardown: (host) => (host as ConsentEmbedElement).#teardown(),
    granted: (host) => (host as ConsentEmbedElement).#onGranted(),
  };
  readonly #consent = new ConsentController(this, defaultStore, ConsentEmbedElement.#hooks);
  readonly #viewport = new ViewportController(this);
  /**
   * An update for later: the embeds of a provider the visitor chose elsewhere,
   * near the viewport first. One job per element, so that asking twice before
   * it runs queues it once; made the first time it is needed.
   */
  #job: Parameters<typeof later>[0] | undefined;
  /** The texts in the element's language, with the site's and the element's own; undefined while the language loads. */
  #text: Translation | undefined;
  /** The settings from this element's attributes, read when they change; the site's come from config.ts. */
  #own: Settings = NO_SETTINGS;
  #settings: Resolved = siteSettings();
  /** The language of the page around the element, read on connecting and when the page's changes. */
  #pageLang: string | undefined;
  /** What the polite live region says: that the embed loaded. */
  #status = '';
  #source: Source = PENDING;
  /** The `<template>` child last seen. */
  #template: HTMLTemplateElement | undefined;
  #templateChanged = false;
  /** A shadow root the parser attached from a `<template shadowrootmode>` before the element was defined; see `createRenderRoot`. */
  #declared: ShadowRoot | null = null;
  /** The title as text, whatever the property was set to. */
  #title = '';
  /** The poster, once its file read the `poster` (see core/poster.ts). */
  #poster: Poster | undefined;
  /** The `poster` as text. */
  #ownPoster = '';
  /** What the poster shown stands for: the `poster`, or the site's template filled in for the target. */
  #posterKey = '';
  /** The provider's previews, where the site offers them (see core/previews.ts), and the target they are for. */
  #preview: Preview | undefined;
  #previewKey = '';
  /** Whether the author's slotted poster is shown: one `<img>` or `<picture>` from this site only. */
  #slotted = false;
  /** What was last said of the slotted poster: each problem is said once per element, not at every render. */
  #slotSaid = '';
  /** Watches the slotted poster for addresses set after it was read (a lazy loader's `src`). */
  #slotWatch: MutationObserver | undefined;
  /** Set when the placeholder's copy is put back in the page: its slot is read again once it is there. */
  #slotBack = false;
  /** What was loaded: the provider's frame, or the box holding the author's embed code. */
  #frame: HTMLElement | undefined;
  /** The author's embed code, once loaded, kept while the element is away: its scripts ran, and run once. */
  #content: HTMLElement | undefined;
  /** Who the frame was built for and what it shows, and the `<template>` its code came from. */
  #frameKey = '';
  #target: string | undefined;
  #loadedTemplate: HTMLTemplateElement | undefined;
  /** Whether the element last rendered with consent. */
  #granted = false;
  /** Set by this element's own load button: that embed plays and takes focus. */
  #clicked = false;
  /** What the visitor set the remember box to, until they choose: kept across copies for a new language or offer. */
  #ticked: boolean | undefined;
  /** True while the click that grants renders its frame, just before the store records the choice. */
  #choosing = false;
  /** Set when the site cancelled `consent-embed-request`, for a click or a load: the placeholder says so until the next click. */
  #vetoed: 'click' | 'load' | false = false;
  /** The content `consent-embed-load` was last fired for. */
  #announced: HTMLElement | undefined;
  /** Where focus goes once the next render has made it, when what held it was taken away: a selector in the shadow root. */
  #refocus: string | undefined;
  /** The language tag set on the element, read as text. */
  #lang = '';
  /** The height a loaded frame reported for its content. */
  #height: number | undefined;
  /** `compact`, or `compact strip`, for small boxes, `wide` for large ones; set from the one shared ResizeObserver. */
  #layout = '';
  /** The box last set on the host: written only when it changes. */
  #ratio = '';
  #boxHeight = '';
  /** Counts resolutions, so that code arriving for an older `src` is dropped; and poster reads likewise. */
  #resolutions = 0;
  /** The resolution whose provider code is on its way, and whether a click waits for it. */
  #loadingCode = 0;
  #waitingClick = false;
  #posterReads = 0;
  /** Whether the declarative shadow root the element came with was warned about. */
  #toldDeclared = false;
  /** The element's copy of its placeholder, the model it copies, and what its parts were last set to. */
  #shown: { readonly model: HTMLElement; readonly base: HTMLElement; state: string } | undefined;
  /** The view of a loaded embed, kept while it is shown: the frame stays in it, and its live region speaks. */
  #loaded: Loaded | undefined;
  /** The last view of what is wrong or on its way, and what it was made for: made again only for something else. */
  #view: { readonly key: string; readonly nodes: Node[] } | undefined;
  /** Set when this update failed, and once one did; see `#failed`. */
  #broken = false;
  #warnedBroken = false;

  constructor() {
    super();
    this.src = null;
    this.provider = null;
    this.poster = null;
  }

  /**
   * A declarative shadow root is not inert: the parser attached it and
   * loaded its images before any script ran. Whatever it holds is emptied out,
   * as `attachShadow` does to a root the parser made, and the placeholder
   * renders in its place, in the mode it was declared with.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    let declared = this.shadowRoot;
    if (!declared) {
      try {
        return ConsentEmbedElement.#listenTo(super.createRenderRoot());
      } catch {
        // A closed declarative root: attachShadow refuses another mode. Internals see it (and nothing else uses them).
        declared = this.attachInternals().shadowRoot;
        if (!declared) throw new Error('the element has a shadow root it cannot reach');
      }
    }
    this.#declared = declared;
    const shadow = this.attachShadow({ mode: declared.mode });
    adoptStyles(shadow, ConsentEmbedElement.elementStyles);
    return ConsentEmbedElement.#listenTo(shadow);
  }

  /**
   * One listener object for the controls of every element, on each shadow
   * root, rather than a closure per control per element. Capturing, so that
   * it hears the poster's `error`, which does not bubble. Events from the
   * author's slotted code pass through the root too: only the element's own
   * parts count.
   */
  static #listenTo(root: HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    for (const type of ['click', 'change', 'error', 'slotchange']) root.addEventListener(type, ConsentEmbedElement.#controls, true);
    return root;
  }

  static readonly #controls = {
    handleEvent(event: Event): void {
      const host = (event.currentTarget as ShadowRoot).host as ConsentEmbedElement;
      const target = event.target as Node;
      const base = host.#shown?.base;
      if (target === host.#loaded?.[1]) host.#onWithdraw();
      if (!base?.contains(target)) return;
      if (event.type === 'slotchange') host.#readSlottedPoster(target as HTMLSlotElement);
      else if (event.type === 'error' && target === base.firstElementChild) host.#poster?.failed();
      else if (event.type === 'change' && target === checkboxOf(base)) host.#ticked = (target as HTMLInputElement).checked;
      else if (event.type === 'click' && buttonOf(base).contains(target)) host.#onLoad();
    },
  };

  override connectedCallback(): void {
    super.connectedCallback();
    (children ??= new MutationObserver(ConsentEmbedElement.#childrenChanged)).observe(this, { childList: true });
    this.#findTemplate();
    this.#pageLang = pageLanguage(this);
    // One subscription for the page, made by the first element: not two closures and their unsubscribers per element.
    if (!connected) {
      connected = new Set();
      onSettingsChange(ConsentEmbedElement.#settingsChanged);
      onTranslationsChange(ConsentEmbedElement.#translationsChanged);
    }
    connected.add(this);
    (sizes ??= new ResizeObserver(ConsentEmbedElement.#resized)).observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A MutationObserver cannot let go of one target: what it says of an element away from the page is ignored.
    sizes?.unobserve(this);
    connected!.delete(this);
    // Taken out now, not at the next render: an iframe put back into the page
    // starts loading at once, before a reconnected element could re-read consent.
    this.#frame?.remove();
    this.#frame = undefined;
    // A click whose load had not happened yet does not follow the element: no autoplay or focus later.
    this.#clicked = this.#waitingClick = false;
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

  protected override updated(): void {
    try {
      this.#settle();
    } catch (error) {
      this.#failed(error);
    }
  }

  /** What an update works out before rendering: what to show, the texts, consent, the frame and the box. */
  #prepare(changed: PropertyValues<this>): void {
    if (SETTINGS.some((name) => changed.has(name))) this.#readOwnSettings(changed);
    // The site's settings with this element's own over them, at every update: the site's may have changed since the last.
    const site = siteSettings();
    const own = this.#own;
    this.#settings = Object.keys(own).length ? { ...site, ...own, texts: { ...site.texts, ...own.texts } } : site;
    if (changed.has('lang')) this.#lang = this.#textOf('lang', 'invalid-config', 'lang-not-tag');
    // The element's own lang, then the site's setting, then the page around it.
    this.#text = textsFor(this.#lang || this.#settings.lang || this.#pageLang, this.#settings.texts);
    if (SOURCE.some((name) => changed.has(name)) || this.#templateChanged) this.#resolve();
    if (changed.has('title')) this.#title = this.#textOf('title', 'invalid-title', 'title-not-text');
    if (changed.has('poster')) this.#ownPoster = this.#textOf('poster', 'invalid-poster', 'poster-not-text');
    for (const name of ['width', 'height'] as const) if (changed.has(name)) this.#textOf(name, 'invalid-size', 'size-not-number', name);
    // A frame built before its language arrived, or before it changed, is renamed in the new one.
    const source = this.#source;
    if (this.#frame instanceof HTMLIFrameElement && source.type === 'frame') this.#frame.title = this.#name(source.party);
    const granted = this.#consent.granted || this.#choosing;
    if (granted !== this.#granted) {
      this.#granted = granted;
      // A veto was about the load it was asked for; a new state of consent asks anew.
      this.#vetoed = false;
    }
    const near = this.#viewport.near;
    if (!granted) {
      this.#frame = undefined;
      // Withdrawn, not merely unread yet after a reconnect: the code is not run again unasked.
      if (this.#consent.settled) this.#content?.remove(), (this.#content = undefined);
    } else if (!this.#frame && !this.#vetoed && (this.#clicked || near) && this.#ready() && this.#allowed()) {
      this.#frame = this.#build();
    }
    // An embed's link is read by its provider's code at idle once it comes near the viewport: a hundred embeds
    // far down a page cost nothing until then, and one that is invalid is reported as it comes into view.
    if (near && source.type === 'frame' && !source.code) whenIdle(() => this.#loadCode(this.#resolutions));
    this.#setBox();
    this.#readPoster();
    this.#readPreview();
    const posters = this.#settings.posterLoading;
    if ((posters === 'eager' || (posters === 'lazy' && near)) && !this.#frame) this.#poster?.fetch();
  }

  /** After rendering: the author's code into the light DOM, focus, and the announcement and event of a load. */
  #settle(): void {
    const content = this.#source.type === 'template' && this.#frame;
    // Light DOM, so that the author's code runs in and styles with the page; shown through the `embed` slot.
    if (content && content.parentNode !== this) this.append(content);
    if (this.#clicked && this.#frame?.isConnected) {
      this.#clicked = false;
      // Nothing moved: the frame is where the button was.
      const frame = this.#frame;
      // Focused once it has a box, after the page's next layout: a frame put in the page a moment ago takes focus
      // only when laid out, and focusing it in the click's task would force the whole page's style and layout there.
      // Unless focus went elsewhere meanwhile.
      const laidOut = new ResizeObserver(() => {
        laidOut.disconnect();
        if (frame === this.#frame && frame.isConnected && !find(':focus')) frame.focus({ preventScroll: true });
      });
      laidOut.observe(frame);
    }
    // A click's frame is announced once the click's choice is recorded: see `#onLoad`.
    if (!this.#choosing) this.#announce();
    if (!this.#frame && this.#announced) {
      this.#announced = undefined;
      this.#status = '';
      this.requestUpdate();
    }
    if (this.#slotBack) {
      this.#slotBack = false;
      // Put back after a loaded embed or a message: no slotchange says what the slot holds now.
      if (this.#shown?.base.isConnected) this.#readSlottedPoster(this.#shown.base.lastElementChild as HTMLSlotElement);
    }
    // Kept while there is no button yet (a language on its way): focus goes to it once it is back.
    let target = this.#refocus ? this.renderRoot.querySelector<HTMLElement>(this.#refocus) : null;
    // A control the new copy hides or disables (the site now offers one choice, storage failed): the button instead.
    if (target && ((target as HTMLInputElement).disabled || target.closest('[hidden]'))) target = this.renderRoot.querySelector('[part=button]');
    if (target) {
      this.#refocus = undefined;
      target.focus();
    }
  }

  /** Says that the embed loaded, once per frame: in the live region, and with `consent-embed-load`. */
  #announce(): void {
    const source = this.#source;
    if (!this.#frame?.isConnected || this.#frame === this.#announced || !('party' in source)) return;
    this.#announced = this.#frame;
    this.#status = (this.#text ?? en).loaded(source.party, this.#name(source.party));
    this.requestUpdate();
    this.dispatchEvent(new ConsentEmbedLoadEvent(source.party.key, this.#frame));
  }

  /**
   * What consent allowed, taken away at once: called by the consent
   * controller the moment consent ends, before any render, so that no render
   * error, bad property or pending update can leave a frame or the author's
   * code in place.
   */
  #teardown(): void {
    // Focus inside what is taken away would fall to the page's start: it goes to the load button instead.
    if (this.#frame && this.matches(':focus-within')) this.#refocus = '[part=button]';
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
    warn('render-error', 'render-failed', error instanceof Error ? error.message : typeof error);
  }

  /** Reads the settings that changed, keeping the others as read before: a wrong value is warned about once, not at every change. */
  #readOwnSettings(changed: PropertyValues<this>): void {
    const given: Record<string, unknown> = {};
    const own: Record<string, unknown> = { ...this.#own };
    for (const name of SETTINGS) {
      if (!changed.has(name)) continue;
      delete own[name];
      const value = this[name];
      const read = readText(value);
      // The texts as an object (the property), or as JSON (the attribute).
      if (name === 'texts' && typeof value === 'object' && value) given.texts = value;
      else if ('text' in read && read.text !== null) given[name] = name === 'texts' ? parsed(read.text) : read.text;
    }
    this.#own = { ...own, ...readSettings(given, '<consent-embed>', SETTINGS) };
  }

  /**
   * Asks the page whether this embed may load now: `consent-embed-request`,
   * which a site's own settings may cancel. A click asks before consent is
   * recorded; a load that earlier consent allows asks just before it happens.
   */
  #allowed(scope?: ConsentScope): boolean {
    const source = this.#source;
    if (!('party' in source)) return false;
    // The click asked already; this is the load it asked for.
    if (this.#clicked && scope === undefined) return true;
    const allowed = this.dispatchEvent(new ConsentEmbedRequestEvent(source.party.key, scope !== undefined, scope));
    this.#vetoed = allowed ? false : scope === undefined ? 'load' : 'click';
    return allowed;
  }

  /** Whether what loads is known: the provider's code has read the `src`. Asks for it, at once, when it is not. */
  #ready(): boolean {
    const source = this.#source;
    if (source.type === 'template') return true;
    if (source.type !== 'frame') return false;
    if (!source.code) this.#loadCode(this.#resolutions);
    return !!source.code;
  }

  /** The site's settings changed: every element in the page reads them again. */
  static #settingsChanged(): void {
    for (const element of connected!) element.requestUpdate();
  }

  /** A language's texts, or the page's language, changed: every element in the page reads its language again. */
  static #translationsChanged(): void {
    for (const element of connected!) {
      element.#pageLang = pageLanguage(element);
      element.requestUpdate();
    }
  }

  /** The children of elements in the page changed: each looks for its `<template>`, once per batch. */
  static #childrenChanged(records: MutationRecord[]): void {
    for (const target of new Set(records.map((r) => r.target as ConsentEmbedElement))) {
      if (!target.isConnected) continue;
      target.#findTemplate();
      // A message shows the fallback only while it is inert: read again.
      if (target.#source.type === 'error') target.requestUpdate();
    }
  }

  /**
   * Sets each element's layout class: `compact` for a narrow or short box
   * (every control, one short line of notice), `compact strip` for a very
   * short one (one row), `wide` for a large one (the kind's drawing). Set at once on what is shown, before the first
   * paint; the next render binds the same value.
   */
  static #resized(entries: ResizeObserverEntry[]): void {
    const html = root();
    const rem = (html && parseFloat(getComputedStyle(html).fontSize)) || 16;
    for (const { target, contentRect } of entries) {
      const { width, height } = contentRect;
      // A narrow box wraps every line more: its column fits only from a taller height.
      const strip = height < 10 * rem || (height < 12 * rem && width < 16 * rem);
      const size = strip ? 'compact strip' : width < 26 * rem || height < 16 * rem ? 'compact' : width >= 40 * rem && height >= 22 * rem ? 'wide' : '';
      const element = target as ConsentEmbedElement;
      if (size === element.#layout) continue;
      element.#layout = size;
      (element.renderRoot as ShadowRoot).firstElementChild?.setAttribute('data-size', size);
    }
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
    const resolution = ++this.#resolutions;
    const source = this.#read(resolution);
    this.#show(source);
    // The provider's file is fetched now, so that a click never waits on the network (74 to 122 ms for YouTube's);
    // what its code makes of the src is read at idle once the embed is near the viewport (see #prepare), and at once when consent needs it:
    // a consented embed, or a loaded one whose src changed, must not show the old content until idle.
    if (source === UNDECIDED || (source.type === 'frame' && (this.#consent.granted || this.#frame))) this.#loadCode(resolution);
    else if (source.type === 'frame') fetchCode(source.party.key);
  }

  /** Shows `source`: warns of what is wrong, follows consent for who it is, and lets go of what was loaded for something else. */
  #show(source: Source): void {
    if (source.type === 'error') warn(source.code, ...source.detail);
    if (this.#declared && !this.#toldDeclared && source.type !== 'pending') {
      this.#toldDeclared = true;
      // What is wrong with the element is its one warning.
      if (source.type !== 'error') templates().then(({ replacedRoot }) => replacedRoot(), unavailable);
    }
    this.#source = source;
    const shown = 'party' in source ? source.party : undefined;
    this.#consent.subject = shown;
    if (shown) markInUse(shown.key.split(':')[0]!);
    // What was loaded stays while it is the same: an equivalent src keeps the frame
    // playing, and a new company or notice text does not run the author's code again.
    // A target not read yet (the code is on its way) is no change of it.
    const key = shown?.key ?? '';
    const target = source.type === 'frame' && source.code ? JSON.stringify(source.code.target) : undefined;
    const template = source.type === 'template' ? source.template : undefined;
    const same = key === this.#frameKey && template === this.#loadedTemplate && (target === undefined || this.#target === undefined || target === this.#target);
    if (target !== undefined) this.#target = target;
    if (same) return;
    this.#loadedTemplate = template;
    this.#frameKey = key;
    this.#target = target;
    this.#frame?.remove();
    this.#frame = this.#content = undefined;
    this.#clicked = this.#vetoed = false;
  }

  /** Reads the attributes that decide what is shown, from the providers' data; the first problem found is the one reported. */
  #read(resolution: number): Source {
    const src = readText(this.src, true);
    const provider = readText(this.provider);
    if ('refused' in src) return fail('invalid-src', 'src-not-text', src.refused);
    if ('refused' in provider) {
      return fail('invalid-provider', 'provider-not-text', provider.refused);
    }
    const template = this.#template;
    if (!src.text && !template) {
      // Parsed before its children (the script is not deferred): the <template> may come next.
      if (readyStateOf() === 'loading') {
        afterParsing(() => {
          if (this.#source.type !== 'pending') return;
          this.#templateChanged = true;
          this.requestUpdate();
        });
        return PENDING;
      }
    }
    // The author's own embed code, read by the file that does it; or, with a declarative shadow root, where the parser put it.
    if (!src.text && (template || this.#declared)) {
      this.#part(resolution, templates(), ({ resolveTemplate }) => {
        const found = resolveTemplate(template, this);
        if (!found.ok) return fail(found.code, ...found.detail);
        // Said before any click: a choice for code that could not run would be asked for nothing.
        if (template?.content.querySelector('script') && !scriptsAllowed()) return fail('trusted-types', 'policy-refused', POLICY);
        return { type: 'template', template: template!, party: found.party, box: found.box };
      });
      return PENDING;
    }
    const found = match(src.text, provider.text);
    if (!found.ok) return fail(found.code, ...found.detail);
    // A server of software anyone runs: which software, its code says.
    if (undecided(found)) return UNDECIDED;
    return { type: 'frame', party: found.party!, box: found.box };
  }

  /** Fetches the provider's code (once per provider) and lets it read the `src`: an invalid one is reported now. */
  #loadCode(resolution: number): void {
    const source = this.#source;
    if (resolution !== this.#resolutions || resolution === this.#loadingCode) return;
    // Only a link the data matched (a frame without its code yet) or left undecided (pending).
    if (source.type === 'frame' ? source.code : source.type !== 'pending') return;
    const src = readText(this.src, true);
    const provider = readText(this.provider);
    if (!('text' in src) || !('text' in provider)) return;
    // Once per resolution, whoever asks first (the idle fetch, consent, a click): one answer, one warning.
    this.#loadingCode = resolution;
    this.#part(resolution, resolved(src.text, provider.text), (found) =>
      found.ok ? { type: 'frame', party: found.party, box: found.box, code: found } : fail(found.code, ...found.detail)
    );
  }

  /**
   * Waits for a file of the library (a provider's code, the template reader)
   * and shows what it makes of this element, unless the element was given
   * something else meanwhile. A file that cannot be loaded (a 404, a CSP that
   * blocks it) is a message and one warning, never a frame.
   */
  #part<T>(resolution: number, loading: Promise<T>, then: (loaded: T) => Source): void {
    const current = () => resolution === this.#resolutions;
    loading.then(
      (loaded) => {
        if (!current()) return;
        const before = this.#source;
        const source = then(loaded);
        this.#show(source);
        // Code that agrees with what the data showed changes nothing on screen: a hundred embeds are not updated
        // again for it, unless consent or a click waits for it.
        const same =
          before.type === 'frame' && source.type === 'frame' && before.party === source.party && boxProperties(before.box).join() === boxProperties(source.box).join();
        if (!same || this.#consent.granted || this.#waitingClick) this.requestUpdate();
        // The target read may name a poster by the site's template, or have previews: those update the element once made.
        else this.#readPoster(), this.#readPreview();
        // A click that came before the code: it counts now that the code found the link valid, and never otherwise.
        const clicked = this.#waitingClick;
        this.#waitingClick = false;
        if (clicked && source.type === 'frame' && source.code) this.#onLoad();
      },
      (error: unknown) => {
        this.#waitingClick = false;
        if (!current()) return;
        this.#show(fail('part-unavailable', 'part-failed', String(error)));
        this.requestUpdate();
      }
    );
  }

  /** Builds what loads after consent: the provider's frame, or a box with a copy of the author's embed code. */
  #build(): HTMLElement | undefined {
    const source = this.#source;
    if (source.type === 'frame' && source.code) {
      const { provider, target } = source.code;
      const context = { title: this.#name(source.party), autoplay: this.#clicked, host: location.hostname };
      let frame: HTMLElement;
      try {
        frame = provider.embed(target, context);
      } catch (error) {
        // A registered provider's code, or createFrame refusing an origin: a message, never a throw at the page.
        this.#show(fail('provider-error', 'provider-failed', provider.id, String(error)));
        return undefined;
      }
      // The clicked embed loads at once; createFrame makes the others lazy.
      const clicked = this.#clicked;
      if (clicked && frame instanceof HTMLIFrameElement) frame.loading = 'eager';
      frame.addEventListener(HEIGHT_EVENT, (event) => {
        this.#height = (event as CustomEvent<number>).detail;
        this.requestUpdate();
      });
      frame.addEventListener(FAILED_EVENT, (event) => {
        // Only about what is shown now: a frame withdrawn, or replaced for another src, has nothing more to say.
        if (frame !== this.#frame) return;
        // The clicked frame has focus, or is about to: the message takes it rather than the page's start, and a
        // screen reader reads it.
        if (clicked && (this.matches(':focus-within') || !find(':focus'))) this.#refocus = '[part=message]';
        this.#show(fail('provider-error', 'provider-failed', provider.id, String((event as CustomEvent).detail)));
        this.requestUpdate();
      });
      this.#height = undefined;
      return frame;
    }
    if (source.type !== 'template') return undefined;
    if (!this.#content) {
      this.#content = build(['div', { slot: 'embed', tabindex: '-1', part: 'content' }]);
      this.#content.append(runnable(source.template.content));
    }
    return this.#content;
  }

  /** Sets the box: the provider's, or the author's width and height, or what a loaded post reported. Only when it changed. */
  #setBox(): void {
    const source = this.#source;
    const w = this.#number('width');
    const h = this.#number('height');
    // Plain assignments: a destructured pair per element is bytecode and compiled code a hundred elements pay for.
    let ratio = '';
    let height = '';
    if ('party' in source) {
      const box = source.box;
      ratio = 'auto';
      height = 'auto';
      if (h > 0 && w > 0) ratio = `${w} / ${h}`;
      else if (h > 0) height = `${h}px`;
      else if ('ratio' in box) ratio = box.ratio;
      else height = `${box.height}px`;
    }
    if (this.#frame && this.#height) {
      ratio = 'auto';
      // The height the frame reports is its own: the bar that holds the control to withdraw is under it.
      height = `calc(${this.#height}px + var(--_bar))`;
    }
    if (this.#frame && source.type === 'template') ratio = height = 'auto';
    // The default box (16:9, no height) is what the element's own style has without the properties: nothing to write.
    if (ratio === DEFAULT_RATIO && height === 'auto') ratio = height = '';
    if (ratio === this.#ratio && height === this.#boxHeight) return;
    this.#ratio = ratio;
    this.#boxHeight = height;
    // CSSOM, not a style attribute: a strict `style-src` allows it. What is wrong is said in whatever box the page gave it.
    this.#setStyle('--_consent-embed-ratio', ratio);
    this.#setStyle('--_consent-embed-height', height);
  }

  #setStyle(name: string, value: string): void {
    if (value) this.style.setProperty(name, value);
    else this.style.removeProperty(name);
  }

  /**
   * A property read as text, once per change: what is not text (an object,
   * a function) is warned about and read as none. A poster may be a `URL`.
   */
  #textOf(name: 'lang' | 'title' | 'poster' | 'width' | 'height', code: WarningCode, ...message: Message): string {
    const read = readText(this[name], name === 'poster');
    if ('refused' in read) warn(code, ...message, read.refused);
    return ('text' in read && read.text) || '';
  }

  /** A `width`, `height` or `heading-level` as a number, or NaN for anything else (`100%` from pasted embed code, say). */
  #number(name: 'width' | 'height' | 'headingLevel'): number {
    const read = readText(this[name]);
    return 'text' in read ? Number(read.text ?? NaN) : NaN;
  }

  /**
   * The poster: the element's own, or the site's template filled in for the
   * target once the provider's code has read it (not for a server of software
   * anyone runs, whose ids are that server's). Made anew only when what it
   * stands for changed.
   */
  #readPoster(): void {
    const own = this.#ownPoster;
    const template = this.#settings.posterTemplate;
    const source = this.#source;
    const code = !own && template && source.type === 'frame' && !source.code?.provider.instances ? source.code : undefined;
    const key = own || (code ? `${template}\n${code.provider.id}\n${this.#target}` : '');
    if (key === this.#posterKey) return;
    this.#posterKey = key;
    this.#poster = undefined;
    const reading = ++this.#posterReads;
    if (key) {
      posters().then(({ Poster }) => {
        if (reading !== this.#posterReads) return;
        const changed = () => this.requestUpdate();
        this.#poster = code ? Poster.named(template!, code.provider.id, code.target, changed) : new Poster(own, changed);
        changed();
      }, unavailable);
    }
  }

  /**
   * The provider's previews, where the site turned them on, once its code has
   * read the target: their file offers them, and shows them once the visitor
   * allowed them (see core/previews.ts). Made anew only for another target.
   */
  #readPreview(): void {
    const source = this.#source;
    const code = this.#settings.previews && source.type === 'frame' ? source.code : undefined;
    const key = code ? `${code.provider.id}\n${this.#target}` : '';
    if (key === this.#previewKey) return;
    this.#previewKey = key;
    this.#preview?.drop();
    this.#preview = undefined;
    if (code) {
      previews().then(({ Preview }) => {
        if (key === this.#previewKey) this.#preview = Preview.for(this, code.provider.id, code.target);
      }, unavailable);
    }
  }

  /**
   * The author's `<img slot="poster">` or `<picture slot="poster">`, shown
   * only as core/poster.ts reads it; each problem said once per element.
   */
  #readSlottedPoster(slot: HTMLSlotElement): void {
    posters().then(({ readSlot }) => {
      const { poster, shown, wrong } = readSlot(slot);
      if (wrong && wrong !== this.#slotSaid) {
        if (wrong === 'shape') warn('invalid-poster', 'poster-slot-shape');
        else warn('foreign-poster', 'poster-elsewhere', wrong);
      }
      this.#slotSaid = wrong;
      this.#slotted = shown;
      slot.hidden = !shown;
      this.#slotWatch?.disconnect();
      // Addresses set later (a lazy loader's src) are read again before anything shows them.
      if (poster) (this.#slotWatch ??= new MutationObserver(() => this.#readSlottedPoster(slot))).observe(poster, { attributes: true, childList: true, subtree: true });
      this.requestUpdate();
    }, unavailable);
  }

  #onLoad(): void {
    const source = this.#source;
    // A click whose code came after the element left the page loads nothing: no one is there to have asked.
    if (!this.isConnected) return;
    if (source.type === 'frame' && !source.code) {
      // The provider's code has not read the link yet (it is fetched at idle): a link it finds invalid must record no consent.
      this.#waitingClick = true;
      this.#loadCode(this.#resolutions);
      return;
    }
    const offered = this.#offer().choices;
    const wanted = offered === 'remember' || (offered === 'both' && !!this.#shown && checkboxOf(this.#shown.base).checked);
    const scope = wanted && this.#consent.store.canRemember ? 'remember' : 'session';
    if (!this.#allowed(scope)) {
      this.requestUpdate();
      return;
    }
    this.#clicked = true;
    // Chosen: a placeholder shown again after a withdrawal asks afresh.
    this.#ticked = undefined;
    // Already granted (the site vetoed the load that consent allowed): this click asks for that load, not for a new choice.
    if (this.#consent.granted) return this.requestUpdate();
    // The frame first, in this very task, so that its request starts at once; the choice is recorded right after,
    // still in this task, and every other embed of the provider hears of it in later ones.
    this.#choosing = true;
    try {
      this.requestUpdate();
      this.performUpdate();
    } catch (error) {
      // A render that failed records no choice, and keeps nothing it may have built.
      this.#failed(error);
      this.#teardown();
      this.requestUpdate();
      return;
    } finally {
      this.#choosing = false;
    }
    this.#consent.grant(scope, 'placeholder', this.#settings.rememberDays).then((held) => {
      // Outrun by a newer withdrawal: this click's load must not happen later, unasked and playing.
      if (!held) this.#clicked = false;
    });
    // Recorded by now (the store takes a choice in before it writes it): what listens to the load hears it after the choice.
    this.#announce();
  }

  /** A grant this element did not make: the clicked embed loads in the click's own task; the others of its provider follow in later ones, nearest first. */
  #onGranted(): void {
    if (this.#clicked) return this.requestUpdate();
    // A choice remembered from before: an embed in view asks for its provider's code now, while its update waits its turn.
    if (this.#viewport.near) this.#ready();
    later(
      (this.#job ??= {
        urgent: () => this.#viewport.near,
        run: () => {
          this.requestUpdate();
          // In this task, not in a microtask after the queue: the queue's time budget is the update's.
          this.performUpdate();
        },
      })
    );
  }

  /** The control on a loaded embed: withdraws the choice for its provider, in every embed and tab. */
  #onWithdraw(): void {
    this.#refocus = '[part=button]';
    this.#consent.revoke('embed');
  }

  /** The element in this element's shadow root that has focus, if any. */
  #focused(): Element | null {
    // Always a shadow root: see `createRenderRoot`.
    return (this.renderRoot as ShadowRoot).activeElement;
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

  /** Puts what `render` shows into the shadow root, moving nothing that stays: a frame that stays keeps playing. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    place(this.renderRoot, this.render());
  }

  protected render(): Node[] {
    let shown: Node[];
    try {
      shown = this.#broken ? this.#renderBroken() : this.#renderState();
    } catch (error) {
      this.#failed(error);
      shown = this.#renderBroken();
    }
    this.#broken = false;
    return shown;
  }

  /** One view per state, each ending in a live region, which is heard when it speaks. */
  #renderState(): Node[] {
    const source = this.#source;
    const t = this.#text;
    // What consent allows is shown whether or not its words are here yet (the control fades in on hover or focus only).
    if (this.#frame && 'party' in source) return this.#renderLoaded(t ?? en, source.party, source.type === 'template');
    // The language, a file, or the document is on its way: the reserved box stays empty rather than flash English first.
    if (!t || source.type === 'pending') {
      // The placeholder gives way while its language loads: focus in it comes back to the same control.
      this.#keepFocus();
      return this.#made(['div', { part: 'base', class: 'base pending', 'data-theme': this.#settings.theme, 'aria-busy': 'true' }]);
    }
    if (source.type === 'error') return this.#renderMessage(t, t.error(source.code));
    return [this.#renderPlaceholder(t, source.party, source.type === 'template')];
  }

  /** The frame, or the slot that shows the author's code, with the control that withdraws the choice. */
  #renderLoaded(words: Translation, party: Party, template: boolean): Node[] {
    if (!this.#loaded) {
      this.#loaded = [BASE, WITHDRAW, STATUS, SLOT].map(build) as unknown as Loaded;
    }
    const [base, withdraw, status, slot] = this.#loaded;
    base.classList.toggle('content', template);
    place(base, [template ? slot : this.#frame!]);
    withdraw.lang = status.lang = words.lang;
    withdraw.dir = words.dir;
    setText(withdraw, words.withdraw(party));
    setText(status, this.#status);
    return [base, withdraw, status];
  }

  #renderBroken(): Node[] {
    return this.#made(['div', { part: 'base', class: 'base error' }, ['div', { class: 'panel', lang: 'en' }, ['p', { part: 'message' }, 'This embed cannot be shown.']]]);
  }

  /** Whether the author's fallback holds only text and links, with no `style` of its own: nothing that loads. */
  #fallbackInert(): boolean {
    return [...this.children].every(
      (child) => child.slot || child instanceof HTMLTemplateElement || [child, ...child.querySelectorAll('*')].every((el) => INERT.has(el.localName) && !el.hasAttribute('style'))
    );
  }

  #renderMessage(t: Translation, message: string): Node[] {
    const title = this.#title;
    return this.#made([
      'div', { part: 'base', class: 'base error', 'data-theme': this.#settings.theme },
      [
        'div', { class: 'panel', lang: t.lang, dir: t.dir },
        ['svg', { class: 'glyph', viewBox: '0 0 24 24', 'aria-hidden': 'true' }, ['path', { d: GLYPHS.error }]],
        ['p', { part: 'title', class: 'title', ...unless(!!title) }, title],
        // Focusable for a frame that fails after its click: see FAILED_EVENT.
        ['p', { part: 'message', tabindex: '-1' }, message],
        // The author's fallback (a plain link to the content): what a visitor can still follow, by their own choice.
        // Only text and links: an image or a frame in it would load from wherever it names, unasked.
        ...(this.#fallbackInert() ? [['slot', { class: 'fallback' }] as Made] : []),
      ],
    ]);
  }

  /**
   * The view built from `base` and a live region, or the same one again while
   * `base` says the same: a render that changes nothing moves nothing. Its
   * size is set anew each time, as the shared ResizeObserver may have set it
   * on a view shown then.
   */
  #made(base: Made): Node[] {
    const key = JSON.stringify(base);
    if (this.#view?.key !== key) this.#view = { key, nodes: [base, STATUS].map(build) };
    (this.#view.nodes[0] as HTMLElement).dataset.size = this.#layout;
    return this.#view.nodes;
  }

  /** Focus in the placeholder about to be replaced goes to the same control of the next: the checkbox, or else the button. */
  #keepFocus(): void {
    const base = this.#shown?.base;
    const focused = this.#focused();
    if (base?.contains(focused)) this.#refocus = focused === checkboxOf(base) ? '[part=remember] input' : '[part=button]';
  }

  /**
   * The placeholder: a copy of the one made for its language, party and
   * offer (see `modelOf`), with what differs from element to element set on
   * it directly: the title and the names it gives, the poster, the layout,
   * whether storage works, a veto. A hundred placeholders are a hundred
   * copies of one, not a hundred renders of three dozen bindings.
   */
  #renderPlaceholder(t: Translation, party: Party, listOrigins: boolean): HTMLElement {
    const { choices, preselect } = this.#offer();
    const days = this.#settings.rememberDays ?? DEFAULT_REMEMBER_DAYS;
    const model = modelOf(t, party, listOrigins, choices, preselect, this.#settings.theme, days);
    const canRemember = this.#consent.store.canRemember;
    let shown = this.#shown;
    let fresh = false;
    if (shown?.model !== model) {
      // A copy for a new language, theme or offer: focus in the one replaced goes to the same control of the new.
      this.#keepFocus();
      shown = this.#shown = { model, base: model.cloneNode(true) as HTMLElement, state: '' };
      fresh = true;
    }
    const { base } = shown;
    const poster = base.firstElementChild as HTMLImageElement;
    // By place, as placeholder.ts makes them: read from the copy, with no query, iterator or closure per element.
    const parts = panelOf(base).children as HTMLCollectionOf<HTMLElement>;
    const title = parts[0]!;
    const remember = parts[2]!;
    const button = buttonOf(base);
    const note = parts[4]!;
    const cannot = parts[5]!;
    const blocked = parts[7]!;
    const input = remember.firstElementChild as HTMLInputElement;
    // A copy for a new language or offer keeps what the visitor ticked; the rest is the new offer's.
    if (fresh && this.#ticked !== undefined) input.checked = this.#ticked && canRemember;
    else if (!fresh && !base.parentNode) {
      // Back after a loaded embed or a message: unticked unless the visitor or the site's preselection ticked it.
      input.checked = (this.#ticked ?? input.defaultChecked) && canRemember;
      this.#slotBack = true;
    }
    const name = this.#name(party);
    const level = this.#number('headingLevel');
    const heading = Number.isInteger(level) && level >= 1 && level <= 6 ? String(level) : '';
    // The provider's thumbnail, offered where the site turned previews on and nothing of the site's own is shown.
    const own = this.#poster?.url || this.#slotted;
    const preview = this.#preview?.show(panelOf(base), t, party, !own);
    const url = this.#poster?.url || preview?.url || '';
    const shownTitle = this.#title || preview?.title || '';
    const state = [name, shownTitle, heading, url, this.#slotted, this.#layout, canRemember, this.#vetoed].join('\n');
    if (state !== shown.state) {
      base.classList.toggle('has-poster', !!url || this.#slotted);
      base.dataset.size = this.#layout;
      toggle(poster, 'src', url);
      poster.hidden = !url;
      panelOf(base).setAttribute('aria-label', name);
      title.textContent = shownTitle;
      title.hidden = !shownTitle;
      toggle(title, 'role', heading && 'heading');
      toggle(title, 'aria-level', heading);
      button.setAttribute('aria-label', t.loadLabel(party.kind, name));
      if (!canRemember) input.checked = false;
      input.disabled = !canRemember;
      toggle(input, 'aria-describedby', canRemember ? '' : 'cannot-remember');
      note.hidden = !(choices === 'remember' && canRemember);
      cannot.hidden = canRemember || choices === 'session';
      blocked.hidden = !this.#vetoed;
      toggle(blocked, 'role', this.#vetoed === 'click' ? 'alert' : '');
      blocked.textContent = this.#vetoed ? t.blocked(party) : '';
      // Last: a patch that threw is tried again at the next render.
      shown.state = state;
    }
    // The copy alone, not inside a template of this element's: its live region is in it, and says nothing until a load.
    return base;
  }
}

/** The view of a loaded embed, and the slot its box holds for the author's code. */
type Loaded = readonly [base: HTMLElement, withdraw: HTMLElement, status: HTMLElement, slot: HTMLSlotElement];

/** The polite live region every view ends in. */
const STATUS: Made = ['p', { class: 'status', role: 'status' }];
const BASE: Made = ['div', { part: 'base', class: 'base' }];
const SLOT: Made = ['slot', { name: 'embed' }];
/** What a fallback may hold to be shown under a message: text, paragraphs, links. */
const INERT = new Set(['a', 'p', 'span', 'strong', 'em', 'b', 'i', 'br', 'small', 'code']);
const WITHDRAW: Made = ['button', { part: 'withdraw', class: 'withdraw', type: 'button' }];

/** JSON read, or what readSettings reports as not JSON. */
function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return 'not JSON';
  }
}

/** A file beside the core that a poster or a declarative root needed could not be loaded: one warning for the page, the embed works on. */
let toldUnavailable = false;
function unavailable(error: unknown): void {
  if (toldUnavailable) return;
  toldUnavailable = true;
  warn('part-unavailable', 'poster-part-failed', String(error));
}

/**
 * A copy of an author's template content whose scripts run when inserted, in
 * order, with their attributes, as they would have in the page. Template
 * content is inert until then: nothing in it is requested before consent.
 *
 * Each script is made anew rather than copied: under Trusted Types a copied
 * script's text counts as untrusted and never runs, even with the page's
 * nonce. Only the author's own text and address, read from their template,
 * pass through the library's policy; event handler attributes are left out
 * (a CSP that allows scripts by nonce does not run them anyway). Here, in the
 * core, rather than in the template reader: the policy is never lent out.
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

/** The elements in the page, in the order they connected: told of a change of the site's settings or texts. */
let connected: Set<ConsentEmbedElement> | undefined;

/**
 * One observer for the children of every element: a `<template>` added after
 * the element (by the parser, a framework, a site's script) is seen without
 * an observer per element.
 */
let children: MutationObserver | undefined;

/**
 * One ResizeObserver for every element's layout class. Its answers come after
 * layout and before paint, so the first paint is already right; a size
 * container per element would cost a style recalculation of each.
 */
let sizes: ResizeObserver | undefined;

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
