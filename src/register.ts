import { ConsentEmbedElement } from './components/consent-embed/consent-embed.js';

/**
 * Registers `<consent-embed>`. A second copy of the library on the page (the
 * script tag twice, or beside an npm build) finds the tag taken and leaves the
 * first definition in place instead of throwing.
 */
export function define(): void {
  if (!customElements.get('consent-embed')) customElements.define('consent-embed', ConsentEmbedElement);
}
