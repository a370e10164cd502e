import { ConsentEmbedChangeEvent } from './events.js';
import { ConsentStore, type ConsentStoreOptions } from './store.js';

let store: ConsentStore | undefined;
let options: ConsentStoreOptions = {};

/**
 * The store every element of this copy of the library shares, made on first
 * use. It tells `document` of every change that is a choice (not a record
 * read back from storage) as a `consent-embed-change` event.
 */
export function defaultStore(): ConsentStore {
  if (!store) {
    store = new ConsentStore(options);
    store.subscribe((change) => {
      if (change.source !== 'storage') document.dispatchEvent(new ConsentEmbedChangeEvent(change));
    });
  }
  return store;
}

/**
 * Sets the shared store's options. Call it before the elements are defined:
 * a policy version set later still applies to every read from then on, but
 * the days a remembered choice lasts and the storage names are fixed once the store exists.
 */
export function configureStore(next: ConsentStoreOptions): void {
  options = { ...options, ...next };
  if (store) store.policyVersion = options.policyVersion;
}
