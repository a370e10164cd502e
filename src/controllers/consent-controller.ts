import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { ConsentRecord, ConsentScope } from '../core/record.js';
import type { ChangeSource, ConsentChange, ConsentStore } from '../core/store.js';

/** Who a host asks about: the record's key, and what the visitor is shown of it. */
export interface Subject {
  readonly key: string;
  readonly digest: string;
  readonly name: string;
  readonly company: string;
}

/**
 * What a host does on a change of consent, each given the host: one object
 * may serve every host of a kind (a static one), rather than closures made
 * for each of a hundred elements.
 */
export interface ConsentControllerOptions {
  /**
   * Takes away what consent allowed: called the moment consent to the
   * followed provider ends, before the host is asked to update. A withdrawal
   * must not wait for, or depend on, a render that may fail (a bad property,
   * a broken translation).
   */
  readonly teardown?: (host: ReactiveControllerHost) => void;
  /**
   * Asks the host to update after a grant it did not make itself. By default
   * at once; a host of which a page may hold a hundred defers it, so that one
   * click does not re-render every embed of the provider in its own task.
   */
  readonly granted?: (host: ReactiveControllerHost) => void;
}

/**
 * The controllers connected to each store, in the order they connected. One
 * subscription per store tells them all, in that order, at the place in the
 * store's listeners where the first of them subscribed: not a listener and an
 * unsubscriber per element.
 */
const following = new WeakMap<ConsentStore, Set<ConsentController>>();

/**
 * Keeps a host in step with the consent for one provider: read once when the
 * host connects or the provider changes, then pushed by the store for changes
 * from this page and from other tabs. The host is asked to update only when
 * what it shows could change: consent, or whether the store can remember.
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
  readonly #options: ConsentControllerOptions;
  #subject: Subject | undefined;
  /** The controllers of the store this one hears from, while connected. */
  #following: Set<ConsentController> | undefined;
  /** Counts changes heard, so a read that a change overtook is dropped. */
  #changes = 0;

  constructor(host: ReactiveControllerHost, store: () => ConsentStore, options: ConsentControllerOptions = {}) {
    this.#host = host;
    this.#store = store;
    this.#options = options;
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
    if (this.#following) void this.#read();
  }

  hostConnected(): void {
    const store = this.store;
    let all = following.get(store);
    if (!all) {
      const told = (all = new Set());
      following.set(store, told);
      // A controller that connects while a change is told hears it too; one that disconnects meanwhile does not.
      store.subscribe((change) => {
        for (const controller of told) {
          try {
            controller.#heard(change);
          } catch (error) {
            // As the store does for its listeners: one broken host must not keep the others from hearing.
            queueMicrotask(() => {
              throw error;
            });
          }
        }
      });
    }
    (this.#following = all).add(this);
    void this.#read();
  }

  hostDisconnected(): void {
    this.#following?.delete(this);
    this.#following = undefined;
    // Unheard while away: only a fresh read on reconnecting may grant again.
    this.granted = this.settled = false;
  }

  /** Records the visitor's choice; the store's change event flips `granted`. Resolves to whether consent holds after it. */
  async grant(scope: ConsentScope, source: ChangeSource, days?: number): Promise<boolean> {
    const subject = this.#subject;
    if (!subject) return false;
    const { key, digest, name, company } = subject;
    await this.store.grant(key, scope, { source, digest, name, company, days });
    return subject === this.#subject && this.granted;
  }

  /** Withdraws the choice for the provider, everywhere. */
  revoke(source: ChangeSource): void {
    if (this.#subject) void this.store.revoke(this.#subject.key, { source });
  }

  #heard({ provider, record }: ConsentChange): void {
    if (provider !== this.#subject?.key) return;
    this.#changes++;
    this.settled = true;
    this.#set(this.#covers(record));
  }

  #set(granted: boolean): void {
    const was = this.granted;
    this.granted = granted;
    if (was && !granted) {
      try {
        this.#options.teardown?.(this.#host);
      } catch {
        // The host's teardown is plain DOM removal; whatever failed, the update below renders the placeholder.
      }
    }
    if (granted && !was && this.#options.granted) this.#options.granted(this.#host);
    else if (granted !== was) this.#host.requestUpdate();
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
    const remembers = this.store.canRemember;
    const { record, known } = await this.store.read(subject.key);
    if (subject !== this.#subject || !this.#following) return;
    // A change heard during the read is newer than its answer.
    if (changes !== this.#changes) return;
    this.settled = known;
    // What the host shows only changes with consent, or with the store finding out it cannot remember.
    if (this.store.canRemember !== remembers) this.#host.requestUpdate();
    this.#set(this.#covers(record));
  }
}
