import { css } from '@lit/reactive-element';

// Plain and inheriting: a privacy page has its own type and colours.
export const styles = css`
  :host {
    --_accent: var(--consent-embed-accent, #0a66c2);
    --_accent-color: var(--consent-embed-accent-color, #ffffff);
    --_focus: var(--consent-embed-focus-color, #ffbf47);
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: 0.6em 0;
    border-bottom: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  }

  .who {
    display: flex;
    flex-direction: column;
    flex: 1 1 12em;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  [part='name'] {
    font-weight: 600;
  }

  [part='company'] {
    font-size: 0.875em;
  }

  [part='scope'] {
    flex: 1 1 12em;
  }

  p {
    margin: 0.6em 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
    margin-top: 0.6em;
  }

  .actions:empty {
    display: none;
  }

  button {
    min-height: 44px;
    padding: 0.4em 1.1em;
    border: 0;
    border-radius: 4px;
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

  button:focus-visible,
  input:focus-visible,
  [part='empty']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  [part='status']:empty {
    margin: 0;
  }
`;
