import { ConsentEmbedSettingsElement } from './components/consent-embed-settings/consent-embed-settings.js';
import { ConsentEmbedElement } from './components/consent-embed/consent-embed.js';

/**
 * Registers `<consent-embed>` and `<consent-embed-settings>`. A second copy of
 * the library on the page (the script tag twice, or beside an npm build) finds
 * the tags taken and leaves the first definitions in place instead of throwing.
 */
export function define(): void {
  if (!customElements.get('consent-embed')) customElements.define('consent-embed', ConsentEmbedElement);
  if (!customElements.get('consent-embed-settings')) customElements.define('consent-embed-settings', ConsentEmbedSettingsElement);
}
