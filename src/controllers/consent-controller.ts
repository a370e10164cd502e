import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentRecord, ConsentScope } from '../core/record.js';
import type { ChangeSource, ConsentStore } from '../core/store.js';

/** Who a host asks about: the record's key, and what the visitor is shown of it. */
export interface Subject {
  readonly key: string;
  readonly digest: string;
  readonly name: string;
  readonly company: string;
}

/**
 * Keeps a host in step with the consent for one provider: read once when the
 * host connects or the provider changes, then pushed by the store for changes
 * from this page and from other tabs.
 */
export class ConsentController implements ReactiveController {
  /** Whether the provider has consent now, for what the visitor is shown. */
  granted = false;
  /**
   * Whether `granted` is known: false from connecting (or a new provider)
   * until the store answered or a change was heard, and false after a read
   * that storage could not answer.
   */
  settled = false;

  readonly #host: ReactiveControllerHost;
  readonly #store: () => ConsentStore;
  /** Takes away what consent allowed, at once and outside rendering; see the constructor. */
  readonly #teardown: () => void;
  #subject: Subject | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Counts changes heard, so a read that a change overtook is dropped. */
  #changes = 0;

  /**
   * `teardown` is called the moment consent to the followed provider ends,
   * before the host is asked to update: a withdrawal must not wait for, or
   * depend on, a render that may fail (a bad property, a broken translation).
   */
  constructor(host: ReactiveControllerHost, store: () => ConsentStore, teardown: () => void = () => {}) {
    this.#host = host;
    this.#store = store;
    this.#teardown = teardown;
    host.addController(this);
  }

  get store(): ConsentStore {
    return this.#store();
  }

  /** The provider to follow; undefined while the host has no valid one. */
  set subject(subject: Subject | undefined) {
    if (subject?.key === this.#subject?.key && subject?.digest === this.#subject?.digest) return;
    this.#subject = subject;
    this.granted = this.settled = false;
    if (this.#unsubscribe) void this.#read();
  }

  hostConnected(): void {
    this.#unsubscribe = this.store.subscribe(({ provider, record }) => {
      if (provider !== this.#subject?.key) return;
      this.#changes++;
      const was = this.granted;
      this.granted = this.#covers(record);
      this.settled = true;
      if (was && !this.granted) this.#withdrawn();
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

  /** Records the visitor's choice; the store's change event flips `granted`. Resolves to whether consent holds after it. */
  async grant(scope: ConsentScope, source: ChangeSource, days?: number): Promise<boolean> {
    const subject = this.#subject;
    if (!subject) return false;
    const { key, digest, name, company } = subject;
    await this.store.grant(key, scope, { source, digest, name, company, days });
    this.#host.requestUpdate();
    return subject === this.#subject && this.granted;
  }

  /** Withdraws the choice for the provider, everywhere. */
  revoke(source: ChangeSource): void {
    if (this.#subject) void this.store.revoke(this.#subject.key, { source });
  }

  #withdrawn(): void {
    try {
      this.#teardown();
    } catch (error) {
      // The host's own teardown failing is a bug, but the store's other listeners must still hear.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  /**
   * Whether a record is consent to what this host shows: one given for another
   * name, company or set of origins is asked again. Records from before digests
   * were kept count, so that upgrading the library loses no choice.
   */
  #covers(record: ConsentRecord | undefined): boolean {
    return record !== undefined && (record.digest === undefined || record.digest === this.#subject?.digest);
  }

  async #read(): Promise<void> {
    const subject = this.#subject;
    if (!subject) return;
    const changes = this.#changes;
    const { record, known } = await this.store.read(subject.key);
    if (subject !== this.#subject || !this.#unsubscribe) return;
    // A change heard during the read is newer than its answer.
    if (changes === this.#changes) {
      this.granted = this.#covers(record);
      this.settled = known;
    }
    // Also re-render when nothing was found: the store may now know it cannot remember.
    this.#host.requestUpdate();
  }
}
