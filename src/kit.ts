// What the script-tag core lends the files it loads from beside itself.
//
// The core is one classic script with Lit's ReactiveElement, the store, the registry, the
// settings and the texts inlined. A file loaded on demand (a provider's code,
// the settings view, the bridge engine, the template reader) must use those
// very instances, not copies: one Lit, one store whose memory holds this
// page's choices, one registry of the providers in use. The build points each
// such file's imports of these modules at this kit (rollup.config.js), name by
// name: a file that imports a name not lent here fails the build, and a file
// that would inline a module holding the core's state fails it too. Anything
// else a file needs it carries itself: modules without state only. Never
// lent: the Trusted Types policy's functions, which would let any script on
// the page make trusted values (the page-wide kit is reachable by all).
import { adoptStyles, css } from '@lit/reactive-element';
import { checked, revoke, revokeAll, sourceOf } from './core/api.js';
import { onSettingsChange, siteSettings } from './core/config.js';
import { defaultStore } from './core/default-store.js';
import { baseOf, build, listen, make, pageWide, place, readyStateOf, setText, toggle, unlisten } from './core/page.js';
import { readText, warn } from './core/warn.js';
import { onTranslationsChange, pageLanguage, textsFor } from './i18n/languages.js';
import { createFrame, FAILED_EVENT } from './providers/provider.js';
import { add, getProvider, hasCode, known, partyOf, providersInUse } from './providers/registry.js';

/** By source module, without its extension: the key the build maps an import to. */
export const kit = {
  lit: { adoptStyles, css },
  'core/api': { checked, revoke, revokeAll, sourceOf },
  'core/config': { onSettingsChange, siteSettings },
  'core/default-store': { defaultStore },
  'core/page': { baseOf, build, listen, make, pageWide, place, readyStateOf, setText, toggle, unlisten },
  'core/warn': { readText, warn },
  'i18n/languages': { onTranslationsChange, pageLanguage, textsFor },
  'providers/provider': { createFrame, FAILED_EVENT },
  'providers/registry': { add, getProvider, hasCode, known, partyOf, providersInUse },
};
