import { baseOf } from './page.js';
import { fillPoster, posterName } from './poster-name.js';
import { warn } from './warn.js';

/** One fetch per poster address, however many placeholders show it. */
const posters = new Map<string, Promise<string | undefined>>();
const blocked = new Set<string>();

/**
 * Resolves a poster address against the page, accepting only the page's own
 * origin: fetching anything else would tell that host about the visitor.
 */
export function posterHref(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, baseOf());
    if (url.origin === location.origin) return url.href;
  } catch {
    // Falls through to the warning.
  }
  warn('foreign-poster', 'poster-elsewhere', value);
  return undefined;
}

/**
 * Fetches a same-origin poster and returns an object URL of its bytes.
 *
 * An address on this site can still redirect elsewhere (an open redirect, an
 * image proxy, a CDN rewrite), and an `<img>` would follow it. A `same-origin`
 * fetch fails at a redirect to another origin before that request is made,
 * and showing the bytes it got, rather than the address, means nothing is
 * requested a second time. Under a CSP that takes `connect-src 'self'` (for
 * the fetch) and `img-src blob:` (for the bytes).
 */
export function loadPoster(href: string, named = false): Promise<string | undefined> {
  let loading = posters.get(href);
  if (!loading) posters.set(href, (loading = fetchPoster(href, named)));
  return loading;
}

async function fetchPoster(href: string, named: boolean): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(href, { mode: 'same-origin', credentials: 'same-origin' });
  } catch {
    warn('foreign-poster', 'poster-unfetched', href);
    return undefined;
  }
  const type = response.headers.get('content-type') ?? '';
  // A template names a poster for every embed, and the site's build may have made none for some: those show none, unsaid.
  if (named && response.status === 404) return undefined;
  if (!response.ok || !type.startsWith('image/')) {
    if (response.ok) warn('invalid-poster', 'poster-not-image', href, type);
    else warn('invalid-poster', 'poster-answered', href, String(response.status));
    return undefined;
  }
  try {
    return URL.createObjectURL(await response.blob());
  } catch {
    warn('invalid-poster', 'poster-unread', href);
    return undefined;
  }
}

/** Reports, once per poster, an image the browser would not show (a CSP without `img-src blob:`, a broken file). */
function posterFailed(href: string): void {
  if (blocked.has(href)) return;
  blocked.add(href);
  warn('invalid-poster', 'poster-undecoded', href);
}

/**
 * One element's poster, made once its `poster` is read as text: the address
 * on this site it stands for, and the bytes to show once fetched. Here rather
 * than in the core: a page without posters never runs it.
 */
export class Poster {
  /** The object URL of the fetched bytes, once they are here. */
  url: string | undefined;
  #href: string | undefined;
  readonly #changed: () => void;

  /** Named by the site's template: a poster the site's build did not make is none, unsaid. */
  readonly #named: boolean;

  /** `changed` is called when there is something new to show. */
  constructor(value: string | undefined, changed: () => void, named = false) {
    this.#href = value === undefined ? undefined : posterHref(value);
    this.#changed = changed;
    this.#named = named;
  }

  /** The poster the site's template names for a provider's target, if the target has a name: see poster-name.ts. */
  static named(template: string, provider: string, target: unknown, changed: () => void): Poster {
    const name = posterName(target);
    return new Poster(name && fillPoster(template, provider, name), changed, true);
  }

  /** Fetches the bytes, when the element wants them shown: one fetch per address, whoever asks. */
  fetch(): void {
    const href = this.#href;
    if (!href || this.url) return;
    void loadPoster(href, this.#named).then((url) => {
      if (url && href === this.#href && !this.url) {
        this.url = url;
        this.#changed();
      }
    });
  }

  /** The browser would not show the bytes: said once, and the poster is given up, never fetched again. */
  failed(): void {
    if (this.#href) posterFailed(this.#href);
    this.#href = this.url = undefined;
    this.#changed();
  }
}

/**
 * Whether an address the page names stays on this site: read as the browser
 * reads it, against the document's base. A `data:` or `blob:` image is the
 * page's own bytes.
 */
function onSite(address: string): boolean {
  try {
    const url = new URL(address, baseOf());
    return url.origin === location.origin || url.protocol === 'data:' || url.protocol === 'blob:';
  } catch {
    return false;
  }
}

/**
 * The addresses of a `srcset`, as the HTML standard splits it: an address runs
 * to the next space (it may hold commas), then descriptors run to a comma.
 */
export function candidates(srcset: string): string[] {
  const found: string[] = [];
  for (let rest = srcset; (rest = rest.replace(/^[\s,]+/, '')); ) {
    const address = /^\S+/.exec(rest)![0];
    rest = rest.slice(address.length);
    found.push(address.replace(/,+$/, ''));
    // Descriptors follow only an address that did not end in a comma.
    if (!address.endsWith(',')) rest = rest.replace(/^[^,]*/, '');
  }
  return found;
}

/**
 * What the author's poster slot holds, and whether it may be shown: one
 * `<img>`, or one `<picture>` of `<source>` and `<img>`, without a `style` of
 * its own, every address of it on this site. The browser fetched it while
 * parsing the page, before any script: an image from elsewhere has told that
 * host already, and is hidden so that the warning is noticed. `wrong` is
 * `shape`, an address from elsewhere, or empty.
 */
export function readSlot(slot: HTMLSlotElement): { poster?: Element; shown: boolean; wrong: string } {
  const [poster, ...more] = slot.assignedElements({ flatten: true });
  if (!poster) return { shown: false, wrong: '' };
  const parts = [poster, ...poster.querySelectorAll('*')];
  const shaped =
    !more.length &&
    (poster instanceof HTMLImageElement || (poster.localName === 'picture' && parts.slice(1).every((el) => el.localName === 'source' || el.localName === 'img'))) &&
    parts.every((el) => !el.hasAttribute('style'));
  if (!shaped) return { poster, shown: false, wrong: 'shape' };
  const addresses = parts.flatMap((el) => [...(el.getAttribute('src') ? [el.getAttribute('src')!] : []), ...candidates(el.getAttribute('srcset') ?? '')]);
  const foreign = addresses.find((address) => !onSite(address));
  return { poster, shown: !!addresses.length && !foreign, wrong: foreign ?? '' };
}
