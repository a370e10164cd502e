import { onSettingsChange, siteSettings } from './config.js';
import { ConsentEmbedChangeEvent } from './events.js';
import { tellDocument } from './page.js';
import { ConsentStore } from './store.js';

let store: ConsentStore | undefined;

/**
 * The store every element of this copy of the library shares, made on first
 * use with the site's settings (see config.ts), and following them: a new
 * policy version applies at once. It tells `document` of every change that is
 * a choice (not a record read back from storage) as a `consent-embed-change` event.
 */
export function defaultStore(): ConsentStore {
  if (!store) {
    const { policyVersion, rememberDays } = siteSettings();
    const made = (store = new ConsentStore({ policyVersion, rememberDays }));
    onSettingsChange(() => {
      const next = siteSettings().policyVersion;
      if (next !== made.policyVersion) made.policyVersion = next;
    });
    made.subscribe((change) => {
      if (change.source !== 'storage') tellDocument(new ConsentEmbedChangeEvent(change));
    });
  }
  return store;
}

/**
 * Calls `listener` for every grant and withdrawal, from this page, another
 * tab or a bridge, with what `consent-embed-change` carries. Returns the
 * function that unsubscribes.
 */
export function onChange(listener: (change: ConsentEmbedChangeEvent) => void): () => void {
  return defaultStore().subscribe((change) => {
    if (change.source !== 'storage') listener(new ConsentEmbedChangeEvent(change));
  });
}
