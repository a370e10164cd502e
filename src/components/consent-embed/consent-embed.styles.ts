import { css } from 'lit';

// Static styles only: they are adopted as constructable stylesheets, which a
// `style-src 'self'` policy allows, where `style=` bindings would be blocked.
export const styles = css`
  :host {
    display: block;
    position: relative;
    /* The box is reserved by a ratio or a height alone (see providers/boxes.ts);
       content is positioned inside it, so the placeholder and the frame have
       exactly the same size. The same rule is in consent-embed.css. */
    aspect-ratio: var(--consent-embed-aspect-ratio, var(--_consent-embed-ratio, 16 / 9));
    height: var(--consent-embed-height, var(--_consent-embed-height, auto));
    border-radius: var(--consent-embed-radius, 12px);
    overflow: hidden;
    font-family: var(--consent-embed-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    font-size: 0.9375rem;
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  /* Colours: dark unless the visitor prefers light, or the site forces one.
     A site's --consent-embed-* properties win over both. */
  .base,
  .withdraw {
    --_background: var(--consent-embed-background, #1d2127);
    --_color: var(--consent-embed-color, #f3f5f7);
    --_muted: var(--consent-embed-muted-color, #b8c0ca);
    --_accent: var(--consent-embed-accent, #1f6feb);
    --_accent-color: var(--consent-embed-accent-color, #ffffff);
    --_link: var(--consent-embed-link-color, #9ecbff);
    --_focus: var(--consent-embed-focus-color, #ffbf47);
    --_space: var(--consent-embed-spacing, 0.75rem);
  }

  @media (prefers-color-scheme: light) {
    .base:not([data-theme='dark']):not(.has-poster) {
      --_background: var(--consent-embed-background, #eef1f5);
      --_color: var(--consent-embed-color, #1f2328);
      --_muted: var(--consent-embed-muted-color, #4d5561);
      --_accent: var(--consent-embed-accent, #0a66c2);
      --_link: var(--consent-embed-link-color, #0550ae);
      --_focus: var(--consent-embed-focus-color, #9a5b00);
    }
  }

  .base[data-theme='light']:not(.has-poster) {
    --_background: var(--consent-embed-background, #eef1f5);
    --_color: var(--consent-embed-color, #1f2328);
    --_muted: var(--consent-embed-muted-color, #4d5561);
    --_accent: var(--consent-embed-accent, #0a66c2);
    --_link: var(--consent-embed-link-color, #0550ae);
    --_focus: var(--consent-embed-focus-color, #9a5b00);
  }

  .base {
    position: absolute;
    inset: 0;
    background: var(--_background);
    color: var(--_color);
    /* The placeholder's layout follows its box, not the viewport: one page can
       hold a hero video and a sidebar map. */
    container: box / size;
  }

  /* The author's own embed code sizes itself, and the box follows it. */
  .base.content {
    position: static;
    container-type: normal;
    background: none;
  }

  .poster {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .panel {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: safe center;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space) calc(var(--_space) * 1.5);
    overflow: hidden;
    text-align: center;
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
    padding-block: 0.55em;
    padding-inline: 1.1em 1.4em;
    border: 0;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-color);
    font: inherit;
    font-size: 1.0625em;
    font-weight: 650;
    cursor: pointer;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    transition: transform 0.12s ease, filter 0.12s ease, box-shadow 0.12s ease;
  }

  .load:hover {
    filter: brightness(1.12);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.3);
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

  .notice {
    max-width: 46ch;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .has-poster .notice {
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
     Checked, it fills with the accent around a ring of the background. */
  input[type='checkbox'] {
    appearance: none;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    border: 2px solid currentColor;
    border-radius: 0.3em;
    background: transparent;
    cursor: pointer;
  }

  input[type='checkbox']:checked {
    border-color: var(--_accent);
    background: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_background);
  }

  input[type='checkbox']:hover:enabled {
    border-color: var(--_accent);
  }

  input[type='checkbox']:disabled,
  input:disabled + span {
    opacity: 0.6;
    cursor: default;
  }

  .note {
    max-width: 46ch;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .has-poster .note {
    color: var(--_color);
  }

  button:focus-visible,
  input:focus-visible,
  a:focus-visible,
  iframe:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* What is wrong looks wrong: no glyph of a kind, a warning sign, a dashed edge. */
  .base.error {
    border: 2px dashed var(--_muted);
    border-radius: inherit;
  }

  .error .glyph {
    fill: var(--_focus);
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
  @container box (max-width: 26rem) or (max-height: 16rem) {
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
      padding-block: 0.35em;
      padding-inline: 0.85em 1.1em;
      font-size: 1em;
    }

    .glyph {
      width: 1.35em;
      height: 1.35em;
    }
  }

  /* Very short boxes (a small video, an audio player): one row, no title (it names the group and the button). */
  @container box (max-height: 10rem) {
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

  iframe {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
  }

  iframe:focus-visible {
    outline-offset: -3px;
  }

  /* Over the frame's corner, outside it: the third party cannot hide or
     press it. Faded out until the pointer or focus is on the embed, but
     never display:none, so keyboards and screen readers always reach it. */
  .withdraw {
    position: absolute;
    top: 0.4em;
    inset-inline-end: 0.4em;
    z-index: 1;
    min-height: 24px;
    padding: 0.15em 0.7em;
    border: 0;
    border-radius: 999px;
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    background: rgb(0 0 0 / 0.78);
    color: #ffffff;
    cursor: pointer;
    opacity: 0;
    transition: opacity 0.15s;
  }

  :host(:hover) .withdraw,
  :host(:focus-within) .withdraw {
    opacity: 1;
  }

  /* Without hover, a tap on an unseen control would withdraw by surprise: it stays visible. */
  @media (hover: none) {
    .withdraw {
      opacity: 1;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .load,
    .withdraw {
      transition: none;
    }

    .load:active {
      transform: none;
    }
  }

  /* Forced colours: the system's own, with every control outlined. */
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }

    .load,
    .withdraw {
      border: 2px solid ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      opacity: 1;
    }

    input[type='checkbox'] {
      appearance: auto;
    }

    .glyph {
      fill: ButtonText;
    }
  }
`;
