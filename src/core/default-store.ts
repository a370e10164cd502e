import { ConsentStore } from './store.js';

let store: ConsentStore | undefined;

/** The store every element of this copy of the library shares, made on first use. */
export function defaultStore(): ConsentStore {
  return (store ??= new ConsentStore());
}
