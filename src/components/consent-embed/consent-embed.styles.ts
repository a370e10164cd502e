import { css } from 'lit';

// Static styles only: they are adopted as constructable stylesheets, which a
// `style-src 'self'` policy allows, where `style=` bindings would be blocked.
export const styles = css`
  :host {
    --_background: var(--consent-embed-background, #1f2328);
    --_color: var(--consent-embed-color, #f6f8fa);
    --_accent: var(--consent-embed-accent, #0a66c2);
    --_accent-color: var(--consent-embed-accent-color, #ffffff);
    --_link: var(--consent-embed-link-color, #9ecbff);
    --_radius: var(--consent-embed-radius, 8px);
    --_focus: var(--consent-embed-focus-color, #ffbf47);

    display: block;
    position: relative;
    /* The box is reserved by a ratio or a height alone (see providers/boxes.ts);
       content is positioned inside it, so the placeholder and the frame have
       exactly the same size. The same rule is in consent-embed.css. */
    aspect-ratio: var(--consent-embed-aspect-ratio, var(--_consent-embed-ratio, 16 / 9));
    height: var(--consent-embed-height, var(--_consent-embed-height, auto));
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_background);
    color: var(--_color);
    font-size: 0.9375rem;
    line-height: 1.4;
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    position: absolute;
    inset: 0;
  }

  /* The author's own embed code sizes itself, and the box follows it. */
  .base.content {
    position: static;
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
    gap: 0.5em;
    padding: 1em 1.25em;
    overflow: auto;
    background: rgb(0 0 0 / 0.55);
  }

  /* Centred by auto margins rather than justify-content, which would push an
     overflowing top out of scroll reach in a small box. */
  .panel > :first-child {
    margin-top: auto;
  }

  .panel > :last-child {
    margin-bottom: auto;
  }

  @container (max-width: 30rem) {
    .panel {
      gap: 0.35em;
      padding: 0.6em 0.8em;
      font-size: 0.8125rem;
    }

    button,
    label {
      min-height: 32px;
    }

    button {
      padding: 0.3em 1em;
    }
  }

  .base:not(.has-poster) .panel {
    background: none;
  }

  p {
    margin: 0;
  }

  .title {
    font-weight: 600;
    font-size: 1.1em;
  }

  a {
    color: var(--_link);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
  }

  button {
    min-height: 44px;
    padding: 0.5em 1.25em;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_accent-color);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    cursor: pointer;
  }

  input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--_accent);
  }

  input:disabled + span {
    opacity: 0.75;
  }

  button:focus-visible,
  input:focus-visible,
  a:focus-visible,
  iframe:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .note {
    font-size: 0.875em;
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
    right: 0.4em;
    z-index: 1;
    min-height: 24px;
    padding: 0.15em 0.6em;
    font-size: 0.8125rem;
    font-weight: 600;
    background: rgb(0 0 0 / 0.75);
    color: #ffffff;
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
`;
