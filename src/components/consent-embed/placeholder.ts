import { build } from '../../core/page.js';
import type { Translation } from '../../i18n/translation.js';
import type { EmbedKind } from '../../providers/provider.js';
import type { Party } from '../../providers/registry.js';

let sent: boolean | undefined;
/** Whether the browser sends Global Privacy Control: said on the placeholder, never taken as a choice. Read once: it holds for the page. */
export const gpc = (): boolean => (sent ??= (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true);

/**
 * The kind of each embed, drawn: first-party inline SVG (no request, no
 * font), 24-unit paths, filled with the button's text colour.
 */
export const GLYPHS: Record<EmbedKind | 'error', string> = {
  video: 'M8 5.5v13l10.5-6.5z',
  map: 'M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z',
  post: 'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z',
  audio: 'M9 4v10.6A3.5 3.5 0 1 0 11 18V8h7V4z',
  call: 'M3 7a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v2.5l5-3v11l-5-3V17a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  calendar: 'M7 2v2H5a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zM5 9h14v10H5z',
  code: 'M8.6 16.6 4 12l4.6-4.6L10 8.8 6.8 12l3.2 3.2zm6.8 0L14 15.2l3.2-3.2L14 8.8l1.4-1.4L20 12z',
  content: 'M4 4h16v16H4zm2 2v12h12V6z',
  image: 'M4 4h16v16H4zm2 2v12h12V6zm1 10 3-4 2.5 3 1.5-2 3 3z',
  document: 'M6 3h8l4 4v14H6zm2 2v14h8V8h-3V5zm1.5 7h5v1.5h-5zm0 3h5v1.5h-5z',
  chart: 'M4 4h16v16H4zm2 2v12h12V6zM8 16h2v-5H8zm3.5 0h2V8h-2zm3.5 0h2v-3h-2z',
  form: 'M4 4h16v16H4zm2 2v12h12V6zm2 3h8v1.5H8zm0 3h8v1.5H8zm0 3h5v1.5H8z',
  design: 'M4 4h16v16H4zm2 2v12h12V6zm3.5 2a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM11 17l3-5 3 5z',
  error: 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
};

/**
 * The kind of each embed, drawn large above the title: line art in a
 * 96 × 54 box, stroked in the service's colour, one path each. It gives the
 * room a large box has to what the content is, and shrinks away where the
 * box has none to spare (see the styles).
 */
export const DRAWINGS: Record<EmbedKind, string> = {
  // A player: its screen, the play sign, the seek bar.
  video: 'M6 4h84v40H6zM42 15v18l14-9zM6 51h84',
  // A map's grid and a pin.
  map: 'M6 4h84v46H6zM6 20h84M6 36h84M34 4v46M62 4v46M48 8a7 7 0 0 0-7 7c0 6 7 13 7 13s7-7 7-13a7 7 0 0 0-7-7z',
  // A post: the author's picture and name, and lines of text.
  post: 'M12 4h72v46H12zM30 16a5 5 0 1 1-10 0 5 5 0 0 1 10 0M35 13h24M35 19h14M20 30h56M20 37h56M20 44h34',
  // A waveform.
  audio: 'M8 24v6M13 19v16M18 22v10M23 14v26M28 18v18M33 9v36M38 15v24M43 21v12M48 12v30M53 7v40M58 14v26M63 19v16M68 10v34M73 16v22M78 22v10M83 18v18M88 23v8',
  // Two people, each in a tile of the call: heads and shoulders.
  call: 'M6 8h40v38H6zM50 8h40v38H50zM17 39a9 9 0 0 1 18 0M61 39a9 9 0 0 1 18 0M26 16a4 4 0 1 0 0 8 4 4 0 0 0 0-8M70 16a4 4 0 1 0 0 8 4 4 0 0 0 0-8',
  // A month: rings, a heading row, days, and one marked.
  calendar: 'M12 8h72v42H12zM12 18h72M30 4v8M66 4v8M21 27h6M36 27h6M51 27h6M66 27h6M21 35h6M36 35h6M51 35h6M66 35h6M21 43h6M36 43h6M51 43h6',
  // An editor: its bar, and indented lines of code.
  code: 'M8 4h80v46H8zM8 12h80M22 21h22M28 29h30M28 37h22M22 44h12',
  // A page of something.
  content: 'M8 4h80v46H8zM16 14h64M16 22h64M16 30h64M16 38h40',
  // A picture: hills, and the sun.
  image: 'M8 4h80v46H8zM8 42l22-18 16 12 12-8 30 20M67 12a4 4 0 1 0 0 8 4 4 0 0 0 0-8',
  // A page with its corner turned, and lines.
  document: 'M30 2h28l12 12v38H30zM58 2v12h12M37 22h26M37 29h26M37 36h26M37 43h16',
  // Axes, bars, and a line across them.
  chart: 'M10 4v44h80M23 44V32M38 44V22M53 44V27M68 44V14M16 26l15-9 15 5 15-11 17-5',
  // Fields, and the button that sends them.
  form: 'M18 4h60v8H18zM18 18h60v8H18zM18 32h60v8H18zM18 46h22v6H18z',
  // An artboard with shapes.
  design: 'M8 4h80v46H8zM27 12v16M42 12h16v16H42zM64 28l8-16 8 16z',
};

/** The placeholders made so far, by language, party and offer; each is copied for every element that shows it. */
const models = new WeakMap<Translation, WeakMap<Party, Map<string, HTMLElement>>>();

/** The panel of a copy of the placeholder, by its place in `modelOf`'s model. */
export const panelOf = (base: Element): Element => base.children[1]!;
/** The load button of a copy of the placeholder, by its place in `modelOf`'s model. */
export const buttonOf = (base: Element): Element => panelOf(base).children[3]!;
/** The remember checkbox of a copy of the placeholder, by its place in `modelOf`'s model. */
export const checkboxOf = (base: Element): HTMLInputElement => panelOf(base).children[2]!.firstElementChild as HTMLInputElement;

/** The attributes of an element shown only when `shown`. */
export const unless = (shown: boolean): Record<string, string> => (shown ? {} : { hidden: '' });

/**
 * The placeholder for a language, a party and an offer: made once, its texts
 * set as text and its values as attributes, and copied for every element that
 * shows it (which sets what differs from element to element on its copy).
 */
export function modelOf(t: Translation, party: Party, listOrigins: boolean, choices: string, preselect: string, theme: string, days: number): HTMLElement {
  let byParty = models.get(t);
  if (!byParty) models.set(t, (byParty = new WeakMap()));
  let byOffer = byParty.get(party);
  if (!byOffer) byParty.set(party, (byOffer = new Map()));
  // Global Privacy Control is read once, for the page: it is no part of the offer.
  const key = [listOrigins, choices, preselect, theme, days].join();
  let model = byOffer.get(key);
  // Made apart, and kept apart from the minifier's inlining: the lookup runs for every element, and is compiled for
  // it once a hundred run; the model's making runs once per offer and would only make that compiled code bigger.
  if (!model) byOffer.set(key, (model = /*#__NOINLINE__*/ make(t, party, listOrigins, choices, preselect, theme, days)));
  return model;
}

/** The placeholder for an offer, made: see `modelOf`. */
function make(t: Translation, party: Party, listOrigins: boolean, choices: string, preselect: string, theme: string, days: number): HTMLElement {
  const hosts = listOrigins ? party.origins.map((origin) => new URL(origin).hostname) : [];
  const { lang, dir } = t;
  const base = build([
    // In the language's direction, so that the name in the corner and the drawing take its sides.
    'div', { part: 'base', class: 'base', 'data-size': '', 'data-theme': theme, 'data-kind': party.kind, dir },
    // No referrer: a provider's thumbnail (previews) is not told which page shows it; the site's own posters are bytes.
    ['img', { part: 'poster', class: 'poster', alt: '', referrerpolicy: 'no-referrer', hidden: '' }],
    [
      'div', { part: 'placeholder', class: 'panel named', role: 'group', lang, dir },
      ['p', { part: 'title', class: 'title', hidden: '' }],
      [
        'p', { part: 'notice', class: 'notice', id: 'notice' },
        ['span', { class: 'long' }, hosts.length ? `${t.notice(party)} ${t.contacts(hosts)}` : t.notice(party)],
        ['span', { class: 'short' }, t.noticeShort(party)],
        ' ',
        ['a', { part: 'privacy-link', target: '_blank', rel: 'noopener noreferrer', ...(party.privacyPolicy ? { href: party.privacyPolicy } : { hidden: '' }) }, t.privacyLink(party)],
      ],
      // Before the button, in reading and in tab order: a visitor who wants to remember meets it first.
      ['label', { part: 'remember', class: 'remember', ...unless(choices === 'both') }, ['input', { type: 'checkbox', ...(preselect === 'remember' && { checked: '' }) }], ['span', {}, t.remember(party, days)]],
      [
        'button', { part: 'button', class: 'load', type: 'button', 'aria-describedby': 'notice' },
        ['svg', { part: 'glyph', class: 'glyph', viewBox: '0 0 24 24', 'aria-hidden': 'true' }, ['path', { d: GLYPHS[party.kind] }]],
        ['span', { class: 'label' }, t.load(party.kind)],
      ],
      ['p', { class: 'note', hidden: '' }, t.rememberedFor(party, days)],
      ['p', { class: 'note', id: 'cannot-remember', hidden: '' }, t.cannotRemember],
      ['p', { part: 'gpc', class: 'note', ...unless(gpc()) }, t.gpc],
      ['p', { part: 'blocked', class: 'note', hidden: '' }],
      // Last in the panel, so that the parts above keep their places; shown first (see the styles).
      ['svg', { part: 'art', class: 'art', viewBox: '0 0 96 54', 'aria-hidden': 'true' }, ['path', { d: DRAWINGS[party.kind] }]],
    ],
    ['p', { class: 'status', role: 'status', lang }],
    // Which service, at a glance: its name in its colour, in the corner. The notice says it in words: not read out.
    ['p', { part: 'badge', class: 'badge', 'aria-hidden': 'true', lang }, party.name],
    // The author's own `<img slot="poster">` or `<picture slot="poster">`, under the panel (see the styles).
    ['slot', { name: 'poster', hidden: '' }],
  ]);
  // CSSOM, which a strict `style-src` allows; copies of the model keep it. Checked as #rrggbb by registration.
  if (party.brand) base.style.setProperty('--_brand', party.brand);
  return base;
}

