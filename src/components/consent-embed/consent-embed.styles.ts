import { css } from '@lit/reactive-element';

// Static styles only: they are adopted as constructable stylesheets, which a
// `style-src 'self'` policy allows, where `style=` bindings would be blocked.
// One sheet, shared by every element; no size container (a style
// recalculation per element): small boxes get `data-size` from one shared
// ResizeObserver instead.
export const styles = css`
  :host {
    display: block;
    position: relative;
    /* The box is reserved by a ratio or a height alone (see providers/boxes.ts);
       content is positioned inside it, so the placeholder, and the frame with
       the bar under it, fill the same box. The same rule is in consent-embed.css. */
    aspect-ratio: var(--consent-embed-aspect-ratio, var(--_consent-embed-ratio, 16 / 9));
    height: var(--consent-embed-height, var(--_consent-embed-height, auto));
    border-radius: var(--consent-embed-radius, 12px);
    overflow: hidden;
    /* What happens inside one embed never lays out the rest of the page. */
    contain: layout paint;
    /* Every browser that runs this script (class static blocks: Chrome 94, Firefox 93, Safari 16.4) has
       system-ui: the names that stood after it (-apple-system, 'Segoe UI', Roboto…) only ever served
       a character the system font lacks, which the browser's own fallback serves as well. */
    font-family: var(--consent-embed-font, system-ui, sans-serif);
    font-size: 0.9375rem;
    line-height: 1.4;
    /* The bar under a loaded embed that holds the control to withdraw (see .withdraw). */
    --_bar: 2rem;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /* Colours: the visitor's preference, unless the site forces one; a poster
     is always under a dark veil. A site's --consent-embed-* properties win. */
  .base,
  .withdraw {
    color-scheme: light dark;
    --_background: var(--consent-embed-background, light-dark(#eef1f5, #1d2127));
    --_color: var(--consent-embed-color, light-dark(#1f2328, #f3f5f7));
    --_muted: var(--consent-embed-muted-color, light-dark(#4d5561, #b8c0ca));
    --_accent: var(--consent-embed-accent, light-dark(#0a66c2, #1f6feb));
    --_accent-color: var(--consent-embed-accent-color, #fff);
    --_link: var(--consent-embed-link-color, light-dark(#0550ae, #9ecbff));
    --_focus: var(--consent-embed-focus-color, light-dark(#9a5b00, #ffbf47));
    --_space: var(--consent-embed-spacing, 0.75rem);
    /* The service's colour (set on the base from its data), toned for text: no lighter than a dark grey on a light
       panel, no darker than a light grey on a dark one. Undefined without a colour: var() then takes the fallback. */
    --_tone: light-dark(oklch(from var(--_brand) min(l, 0.44) c h), oklch(from var(--_brand) max(l, 0.8) c h));
  }

  [dir=rtl] {
    --_corner: 100%;
  }

  [data-theme=light] {
    color-scheme: light;
  }

  [data-theme=dark],
  .has-poster {
    color-scheme: dark;
  }

  .base {
    position: absolute;
    inset: 0;
    background: var(--_background);
    /* A breath of the service's colour from the corner of its name: a page of many embeds reads them apart. */
    background-image: radial-gradient(circle at var(--_corner, 0) 0, color-mix(in oklab, var(--_brand) 12%, transparent), transparent 70%);
    color: var(--_color);
    /* A placeholder far from the viewport is not laid out or painted until it comes near: its box is the host's, so nothing moves. */
    content-visibility: auto;
    isolation: isolate;
  }

  /* The author's own embed code sizes itself, and the box follows it. */
  .content {
    position: static;
    background: none;
    content-visibility: visible;
  }

  .poster,
  iframe,
  .panel {
    position: absolute;
    inset: 0;
  }

  /* Insets alone stretch the panel, padding included; an image or a frame keeps its own size without these. */
  .poster,
  iframe {
    width: 100%;
    height: 100%;
  }

  .poster {
    object-fit: cover;
  }

  /* The author's slotted poster fills the box under the panel, as the poster attribute's does: the base is its
     stacking context (isolation), so that z-index -1 puts it over the base's background, not under it. */
  ::slotted([slot=poster]) {
    position: absolute;
    inset: 0;
    z-index: -1;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .panel {
    display: flex;
    flex-flow: column;
    align-items: center;
    justify-content: safe center;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space) calc(var(--_space) * 1.5);
    overflow: hidden;
    text-align: center;
  }

  /* The service's name in the corner, set as a wordmark in its colour, after a mark of it. */
  .badge {
    position: absolute;
    top: var(--_space);
    inset-inline-start: calc(var(--_space) * 1.25);
    display: flex;
    align-items: center;
    gap: 0.45em;
    font-size: 0.8125rem;
    font-weight: 750;
    letter-spacing: 0.01em;
    color: var(--_tone, var(--_muted));
    pointer-events: none;
  }

  .badge::before {
    content: '';
    width: 0.75em;
    height: 0.75em;
    border-radius: 0.2em;
    background: currentColor;
  }

  /* On a poster: white on a dark chip, whatever the picture under it. */
  .has-poster .badge {
    padding: 0.2em 0.6em;
    border-radius: 999px;
    background: rgb(0 0 0 / 0.72);
    color: #fff;
  }

  /* The kind's drawing, first in the panel: up to 8rem tall, and the first to give way when the box has too little
     room (it alone may shrink to nothing), so it grows and shrinks with the box with no measuring. */
  .art {
    order: -1;
    flex: 0 1 8rem;
    min-height: 0;
    width: 100%;
    max-width: 18rem;
    fill: none;
    stroke: var(--_tone, var(--_muted));
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    opacity: 0.6;
    pointer-events: none;
  }

  .art path {
    vector-effect: non-scaling-stroke;
  }

  .has-poster .art,
  [data-size~=strip] .art,
  [data-size~=compact] .badge {
    display: none;
  }

  /* Room for the name above what the panel centres. */
  .named {
    padding-top: calc(var(--_space) * 2.5);
  }

  .has-poster .panel {
    background: linear-gradient(rgb(0 0 0 / 0.35), rgb(0 0 0 / 0.7));
    text-shadow: 0 1px 2px rgb(0 0 0 / 0.6);
  }

  p {
    margin: 0;
  }

  .title {
    max-width: 40ch;
    font-size: 1.125em;
    font-weight: 650;
    overflow-wrap: anywhere;
  }

  .load {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 48px;
    padding: 0.55em 1.4em 0.55em 1.1em;
    border: 0;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-color);
    font: inherit;
    font-size: 1.0625em;
    font-weight: 650;
    cursor: pointer;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    transition: transform 0.12s, filter 0.12s;
  }

  .load:hover {
    filter: brightness(1.12);
  }

  .load:active {
    transform: scale(0.97);
  }

  .glyph {
    width: 1.6em;
    height: 1.6em;
    flex: none;
    fill: currentColor;
  }

  .notice,
  .note {
    max-width: 46ch;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .note {
    font-size: 0.8125em;
  }

  .has-poster :is(.notice, .note) {
    color: var(--_color);
  }

  .short {
    display: none;
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  .remember {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 32px;
    font-size: 0.875em;
    text-align: start;
    cursor: pointer;
  }

  /* A drawn checkbox: the browser's default is a white square on any theme.
     Checked, it fills with the accent around a ring of the background. Its
     border is the panel's text colour: a form control's own (FieldText)
     follows the colour scheme, not a site's --consent-embed-* colours, and
     would be black on a panel a site made dark. */
  input {
    appearance: none;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    color: inherit;
    border: 2px solid currentColor;
    border-radius: 0.3em;
    cursor: pointer;
  }

  input:checked {
    border-color: var(--_accent);
    background: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_background);
  }

  input:hover:enabled {
    border-color: var(--_accent);
  }

  input:disabled,
  input:disabled + span {
    opacity: 0.6;
    cursor: default;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* What is wrong looks wrong: no glyph of a kind, a warning sign, a dashed edge. */
  .error {
    border: 2px dashed var(--_muted);
    border-radius: inherit;
  }

  .error .glyph {
    fill: var(--_focus);
  }

  .fallback::slotted(*) {
    max-width: 46ch;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Compact: a narrow or short box keeps every control, with one short line of notice. */
  [data-size~=compact] {
    .panel {
      gap: calc(var(--_space) * 0.4);
      padding: calc(var(--_space) * 0.5) var(--_space);
      font-size: 0.875rem;
    }

    .title {
      font-size: 1em;
    }

    .long {
      display: none;
    }

    .short {
      display: inline;
    }

    .load {
      min-height: 44px;
      padding: 0.35em 1.1em 0.35em 0.85em;
      font-size: 1em;
    }

    .glyph {
      width: 1.35em;
      height: 1.35em;
    }
  }

  /* Large boxes (a full-width video, a hero): the kind's drawing, and a larger name in its corner. Not larger type in
     the panel: the layout is known from the shared ResizeObserver, which may tell it after the first paint, and
     centred text that grows then would move (a layout shift). */
  [data-size~=wide] .badge {
    font-size: 0.875rem;
  }

  /* Very short boxes (a small video, an audio player): one row, no title (it names the group and the button). */
  [data-size~=strip] {
    .panel {
      flex-flow: row wrap;
      align-content: center;
      column-gap: var(--_space);
      row-gap: 0.15em;
      /* Room for the focus ring. */
      padding-block: 6px;
      font-size: 0.8125rem;
    }

    .title {
      display: none;
    }

    .load {
      min-height: 32px;
    }

    .remember {
      min-height: 24px;
    }

    .notice,
    .note {
      flex-basis: 100%;
    }
  }

  /* The frame above the bar, in the same box: the page around it does not move when it loads. */
  iframe {
    height: calc(100% - var(--_bar));
    border: 0;
  }

  /* The author's own code sizes itself: the bar is below it, in the placeholder's background. */
  .content {
    padding-bottom: var(--_bar);
    background: linear-gradient(var(--_background) 0 0) bottom / 100% var(--_bar) no-repeat;
  }

  iframe:focus-visible {
    outline-offset: -3px;
  }

  /* Next to the embed, never over it: in a bar of its own under the frame, at its end. Over the frame it would
     hide the player's own buttons, and on a touch screen, where nothing hovers, it would stay over them. The bar
     has the placeholder's background, so its colours are known whatever the page's. */
  .withdraw {
    position: absolute;
    bottom: 0;
    inset-inline-end: 0;
    z-index: 1;
    height: var(--_bar);
    max-width: 100%;
    padding: 0 calc(var(--_space) * 1.25);
    border: 0;
    border-radius: 0;
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    background: none;
    color: var(--_link);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }

  .withdraw:hover {
    text-decoration: underline;
  }

  .withdraw:focus-visible {
    outline-offset: -3px;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      transform: none !important;
    }
  }

  /* Forced colours: the system's own, with every control outlined. */
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
      background-image: none;
    }

    /* The service's colour gives way to the system's, as every other colour does. */
    .badge {
      color: CanvasText;
    }

    .art {
      stroke: CanvasText;
    }

    /* The glyph is drawn in currentColor: ButtonText here too. */
    .load {
      border: 2px solid ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }

    input {
      appearance: auto;
    }
  }
`;
