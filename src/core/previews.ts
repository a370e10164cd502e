// Previews: a provider's own thumbnails behind its placeholders, for sites
// that turn them on (the `previews` setting). A file beside the core, loaded
// the first time a page does: a page without previews never runs it.
//
// Nothing here asks the provider for anything until the visitor allowed that
// provider's previews, with the control this file puts in the placeholder.
// That choice is consent of its own, under the key `youtube/previews` (see
// preview-key.ts): kept, heard across tabs and withdrawn like the embed's,
// listed by <consent-embed-settings>, and no part of the embed's consent.
import { css } from '@lit/reactive-element';
import { previews as english } from '../i18n/en-previews.js';
import type { Translation } from '../i18n/translation.js';
import type { Party } from '../providers/registry.js';
import { allowedHost, SOURCES, type Source, type Target } from '../providers/thumbnails.js';
import { siteSettings } from './config.js';
import { defaultStore } from './default-store.js';
import { build } from './page.js';
import { previewKey, previewOf } from './preview-key.js';
import { readText, warn } from './warn.js';

/** What an element lends its previews: its update, and its `src` (a provider's endpoint may read the page it names). */
interface Host extends HTMLElement {
  requestUpdate(): void;
  readonly src: unknown;
}

/** A thumbnail found: its address, on one of the provider's hosts, and the title oEmbed gave, if any. */
interface Found {
  readonly url: string;
  readonly title: string | undefined;
}

/** How long the provider's oEmbed answer may take, and how large it may be: it is a few hundred bytes of JSON. */
const TIMEOUT = 8000;
const MAX_BYTES = 64 * 1024;

/**
 * Whether the visitor allowed each provider's previews, as far as this page
 * knows: absent while storage is being read, so that a returning visitor's
 * placeholder does not offer what they allowed already. Only a grant read or
 * heard is a yes. A read storage could not answer is unknown, not a
 * withdrawal: as an embed's load button is, the offer is shown (asking again
 * loads nothing), and no thumbnail is.
 */
const allowed = new Map<string, boolean>();
/** Counts what this page heard per provider, so that a read answering after a change is not taken over it. */
const heard = new Map<string, number>();
/** The previews on the page, by provider: told of every change of their choice. */
const shown = new Map<string, Set<Preview>>();
/** One search per thumbnail, however many placeholders show it: one request, and one warning if it fails. */
const found = new Map<string, Promise<Found | undefined>>();
let listening = false;

/** The offer's look, added to each shadow root that shows one: the core's styles hold nothing of previews. */
const styles = css`
  .previews {
    display: flex;
    flex-flow: column;
    align-items: center;
    gap: 0.35em;
  }

  .previews-button {
    min-height: 32px;
    padding: 0.25em 1em;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    cursor: pointer;
  }

  .previews-button:hover {
    background: rgb(127 127 127 / 0.18);
  }

  /* One row has no room for a second offer: the visitor can still allow previews in a larger box, or in the settings. */
  [data-size~='strip'] .previews {
    display: none;
  }

  @media (forced-colors: active) {
    .previews-button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

/** Lit's `css` gives a CSSResult; the script-tag core's (scripts/lit-css-tag.js) gives the sheet itself. */
const sheet: CSSStyleSheet = (styles as { styleSheet?: CSSStyleSheet }).styleSheet ?? (styles as unknown as CSSStyleSheet);

/**
 * One element's previews: the offer in its placeholder until the visitor
 * allows its provider's previews, then the thumbnail, until they withdraw.
 */
export class Preview {
  /** The thumbnail's address once it is known to load, and the title oEmbed gave. */
  url: string | undefined;
  title: string | undefined;
  readonly #host: Host;
  readonly #id: string;
  /** Where the thumbnail is: the image's address, or the oEmbed request that names it. */
  readonly #address: URL;
  readonly #source: Source;
  #loading = false;
  #dropped = false;
  /** The offer made for one language, and the placeholder's panel it was last shown in. */
  #offer: { readonly t: Translation; readonly node: HTMLElement } | undefined;
  #panel: Element | undefined;
  #party: Party | undefined;

  private constructor(host: Host, id: string, source: Source, address: URL) {
    this.#host = host;
    this.#id = id;
    this.#source = source;
    this.#address = address;
  }

  /**
   * The previews of `host`, showing the target `target` of provider `id`;
   * none where the provider has no source a browser may use (see
   * providers/thumbnails.ts) or the target names no thumbnail.
   */
  static for(host: Host, id: string, target: unknown): Preview | undefined {
    const source = Object.hasOwn(SOURCES, id) ? SOURCES[id] : undefined;
    if (!source?.browser) return undefined;
    const t = (target ?? {}) as Target;
    let address: URL | undefined;
    try {
      if (source.browser === 'direct') address = source.direct?.(t);
      else {
        const src = readText(host.src, true);
        address = source.oembed?.(t, new URL('text' in src ? (src.text ?? '') : ''));
      }
    } catch {
      // A src the provider's code accepted is a URL; anything else has no preview.
    }
    if (!address) return undefined;
    const preview = new Preview(host, id, source, address);
    preview.#enlist();
    follow(id);
    // Where the choice is known already (another element read it), the element shows the offer or the thumbnail now.
    if (allowed.has(id)) queueMicrotask(() => preview.refresh());
    return preview;
  }

  /**
   * Puts the offer in `panel` while the visitor has not allowed the
   * provider's previews, or takes it out; returns the thumbnail to show once
   * they have. `wanted` is false where the element shows a poster of the site's own.
   */
  show(panel: Element, t: Translation, party: Party, wanted: boolean): { readonly url?: string | undefined; readonly title?: string | undefined } | undefined {
    this.#panel = panel;
    this.#party = party;
    this.#enlist();
    const on = allowed.get(this.#id);
    this.#place(wanted && on === false ? this.#offerFor(t, party) : undefined, panel);
    if (!wanted || !on) return undefined;
    this.#load();
    return this;
  }

  /** Lets go: the element shows another target, or no previews. */
  drop(): void {
    this.#dropped = true;
    shown.get(this.#id)?.delete(this);
    this.#offer?.node.remove();
  }

  /**
   * The visitor withdrew: the thumbnail is taken out of the placeholder at
   * once, before any render, which may fail; the render after it agrees.
   */
  clear(): void {
    const url = this.url;
    this.url = this.title = undefined;
    this.#loading = false;
    const base = this.#panel?.parentElement;
    const poster = base?.firstElementChild;
    if (url && poster instanceof HTMLImageElement && poster.getAttribute('src') === url) {
      poster.removeAttribute('src');
      poster.hidden = true;
      base!.classList.remove('has-poster');
    }
    this.#update();
  }

  /** The visitor allowed the previews: the element renders again, and its render asks for the thumbnail. */
  refresh(): void {
    this.#update();
  }

  #enlist(): void {
    if (this.#dropped) return;
    let all = shown.get(this.#id);
    if (!all) shown.set(this.#id, (all = new Set()));
    all.add(this);
  }

  #update(): void {
    try {
      this.#host.requestUpdate();
    } catch {
      // An element a page broke: the others are still told.
    }
  }

  /** The offer for language `t`: its notice before its control, which names it as its description. */
  #offerFor(t: Translation, party: Party): HTMLElement {
    if (this.#offer?.t !== t) {
      const texts = t.previews ?? english;
      const node = build([
        'div', { part: 'previews', class: 'previews' },
        ['p', { part: 'previews-notice', class: 'note', id: 'previews-notice' }, texts.notice(party)],
        ['button', { part: 'previews-button', class: 'previews-button', type: 'button', 'aria-describedby': 'previews-notice' }, texts.show(party)],
      ]);
      node.lastElementChild!.addEventListener('click', () => this.#allow());
      this.#offer?.node.remove();
      this.#offer = { t, node };
    }
    return this.#offer.node;
  }

  /** Shows `offer` at the end of the panel, or takes the one shown out: focus in it goes to the load button. */
  #place(offer: HTMLElement | undefined, panel: Element): void {
    const old = this.#offer?.node;
    if (old && old !== offer && old.parentNode) {
      const root = old.getRootNode() as ShadowRoot;
      const focused = old.contains(root.activeElement);
      old.remove();
      if (focused) panel.querySelector<HTMLElement>('[part=button]')?.focus();
    }
    if (!offer || offer.parentNode === panel) return;
    const root = panel.getRootNode();
    if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    panel.append(offer);
  }

  /**
   * The visitor allowed the provider's previews: a choice of its own, for the
   * browsing session or remembered as the placeholder's checkbox says, which
   * every placeholder of the provider (and every tab) hears from the store.
   */
  #allow(): void {
    const party = this.#party;
    const input = this.#panel?.querySelector<HTMLInputElement>('[part=remember] input');
    const store = defaultStore();
    const remember = !!input?.checked && !input.disabled && store.canRemember;
    const terms = party && { digest: party.digest, name: party.name, company: party.company };
    void store.grant(previewKey(this.#id), remember ? 'remember' : 'session', { source: 'placeholder', days: siteSettings().rememberDays, ...terms });
  }

  /** Finds the thumbnail (once per address for the page) and shows it, while the visitor still allows it. */
  #load(): void {
    if (this.#loading || this.url) return;
    this.#loading = true;
    const key = this.#address.href;
    let finding = found.get(key);
    if (!finding) found.set(key, (finding = find(this.#id, this.#source, this.#address)));
    void finding.then((thumbnail) => {
      // Failed, or withdrawn meanwhile: a later grant tries again.
      if (!thumbnail) found.delete(key);
      if (!thumbnail || !this.#loading || allowed.get(this.#id) !== true || this.#dropped) return;
      this.#loading = false;
      this.url = thumbnail.url;
      this.title = thumbnail.title;
      this.#update();
    });
  }
}

/** Reads the visitor's choice for `id`'s previews once, then follows every change of it, from this tab and others. */
function follow(id: string): void {
  if (!listening) {
    listening = true;
    defaultStore().subscribe(({ provider: key, record }) => {
      const of = previewOf(key);
      if (of === undefined) return;
      heard.set(of, (heard.get(of) ?? 0) + 1);
      set(of, !!record);
    });
  }
  if (allowed.has(id) || heard.has(id)) return;
  heard.set(id, 0);
  void defaultStore()
    .read(previewKey(id))
    .then(({ record }) => {
      if (!heard.get(id)) set(id, !!record);
    });
}

/** Tells every preview of `id` the choice: shown at once on a grant, torn down at once on a withdrawal. */
function set(id: string, on: boolean): void {
  if (allowed.get(id) === on) return;
  allowed.set(id, on);
  for (const preview of [...(shown.get(id) ?? [])]) {
    if (on) preview.refresh();
    else preview.clear();
  }
}

/**
 * The thumbnail: for a direct address, the image itself; for oEmbed, the
 * `thumbnail_url` of the provider's answer, refused unless it is on one of the
 * provider's hosts. Either way the image is loaded once here, without a
 * referrer, and shown only if it decodes: a missing one is no poster, with
 * one warning. Asked only once the visitor allowed it, and never again after
 * they withdrew.
 */
async function find(id: string, source: Source, address: URL): Promise<Found | undefined> {
  let image = address;
  let title: string | undefined;
  if (source.browser === 'oembed') {
    let answer: Record<string, unknown>;
    try {
      const response = await fetch(address, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
        // The endpoint answers itself: a redirect would lead who knows where.
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT),
      });
      if (!response.ok) {
        warn('preview-failed', 'preview-answered', address.href, String(response.status));
        return undefined;
      }
      answer = JSON.parse(await capped(response)) as Record<string, unknown>;
      if (typeof answer !== 'object' || answer === null) throw new TypeError('not an object');
    } catch {
      warn('preview-failed', 'preview-unfetched', address.href);
      return undefined;
    }
    const given = answer.thumbnail_url;
    let url: URL | undefined;
    try {
      // Not URL.canParse: Safari has it from 17, and the script runs from 16.4.
      if (typeof given === 'string') url = new URL(given);
    } catch {
      // No address: refused below.
    }
    if (!url || url.protocol !== 'https:' || url.username || url.password || !allowedHost(source.hosts, url.hostname)) {
      warn('preview-failed', 'preview-elsewhere', typeof given === 'string' ? given : typeof given);
      return undefined;
    }
    image = url;
    if (typeof answer.title === 'string') title = answer.title.replace(/\p{Cc}+/gu, ' ').trim().slice(0, 200) || undefined;
  }
  // Withdrawn while the answer came: the image is not asked for.
  if (allowed.get(id) !== true) return undefined;
  return (await decodes(image.href)) ? { url: image.href, title } : undefined;
}

/**
 * Whether the image at `href` loads and decodes, without a referrer. Wider
 * than 120 pixels: YouTube answers an id without a thumbnail with its 120 by
 * 90 stand-in, which is no preview of anything.
 */
function decodes(href: string): Promise<boolean> {
  return new Promise((resolve) => {
    const image = new Image();
    image.referrerPolicy = 'no-referrer';
    image.onload = () => {
      const fine = image.naturalWidth > 120;
      if (!fine) warn('preview-failed', 'preview-undecoded', href);
      resolve(fine);
    };
    image.onerror = () => {
      warn('preview-failed', 'preview-undecoded', href);
      resolve(false);
    };
    image.src = href;
  });
}

/** The body as text, refused past MAX_BYTES: read piece by piece, never whole first. */
async function capped(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_BYTES) {
      void reader.cancel();
      throw new RangeError('too large');
    }
    text += decoder.decode(value, { stream: true });
  }
}
