// What the script-tag core lends the files it loads from beside itself.
//
// The core is one classic script with Lit, the store, the registry, the
// settings and the texts inlined. A file loaded on demand (a provider's code,
// the settings view, the bridge engine, the template reader) must use those
// very instances, not copies: one Lit, one store whose memory holds this
// page's choices, one registry of the providers in use. The build points each
// such file's imports of these modules at this kit (rollup.config.js), and
// inlines anything else it needs: modules without state only.
import * as lit from 'lit';
import * as api from './core/api.js';
import * as config from './core/config.js';
import * as defaultStore from './core/default-store.js';
import * as events from './core/events.js';
import * as page from './core/page.js';
import * as record from './core/record.js';
import * as trustedTypes from './core/trusted-types.js';
import * as warn from './core/warn.js';
import * as languages from './i18n/languages.js';
import * as registry from './providers/registry.js';

/** By source module, without its extension: the key the build maps an import to. */
export const kit = {
  lit,
  'core/api': api,
  'core/config': config,
  'core/default-store': defaultStore,
  'core/events': events,
  'core/page': page,
  'core/record': record,
  'core/trusted-types': trustedTypes,
  'core/warn': warn,
  'i18n/languages': languages,
  'providers/registry': registry,
};
