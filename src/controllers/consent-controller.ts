import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentScope } from '../core/record.js';
import type { ConsentStore } from '../core/store.js';

/**
 * Keeps a host in step with the consent for one provider: read once when the
 * host connects or the provider changes, then pushed by the store for changes
 * from this page and from other tabs.
 */
export class ConsentController implements ReactiveController {
  /** Whether the provider has consent now. */
  granted = false;
  /** Whether `granted` is known: false from connecting (or a new provider) until the store answered or a change was heard. */
  settled = false;

  readonly #host: ReactiveControllerHost;
  readonly #store: () => ConsentStore;
  #provider: string | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Counts changes heard, so a read that a change overtook is dropped. */
  #changes = 0;

  constructor(host: ReactiveControllerHost, store: () => ConsentStore) {
    this.#host = host;
    this.#store = store;
    host.addController(this);
  }

  get store(): ConsentStore {
    return this.#store();
  }

  /** The provider to follow; undefined while the host has no valid one. */
  set provider(id: string | undefined) {
    if (id === this.#provider) return;
    this.#provider = id;
    this.granted = this.settled = false;
    if (this.#unsubscribe) void this.#read();
  }

  hostConnected(): void {
    this.#unsubscribe = this.store.subscribe(({ provider, record }) => {
      if (provider !== this.#provider) return;
      this.#changes++;
      this.granted = record !== undefined;
      this.settled = true;
      this.#host.requestUpdate();
    });
    void this.#read();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // Unheard while away: only a fresh read on reconnecting may grant again.
    this.granted = this.settled = false;
  }

  /** Records the visitor's choice; the store's change event flips `granted`. */
  grant(scope: ConsentScope): void {
    if (this.#provider) void this.store.grant(this.#provider, scope).then(() => this.#host.requestUpdate());
  }

  async #read(): Promise<void> {
    const id = this.#provider;
    if (!id) return;
    const changes = this.#changes;
    const record = await this.store.get(id);
    if (id !== this.#provider || !this.#unsubscribe) return;
    // A change heard during the read is newer than its answer.
    if (changes === this.#changes) this.granted = record !== undefined;
    this.settled = true;
    // Also re-render when nothing was found: the store may now know it cannot remember.
    this.#host.requestUpdate();
  }
}
