import type { ConsentScope } from './record.js';
import type { ChangeSource, ConsentChange } from './store.js';

/**
 * Fired on `document` for every grant and withdrawal, from any source: this
 * page, another tab, a consent-manager bridge. It carries what a site needs
 * for its own consent log; the library keeps none and sends nothing.
 */
export class ConsentEmbedChangeEvent extends Event {
  static readonly type = 'consent-embed-change';
  /** The consent key: a provider id, or `id:host` for one server of a provider of many. */
  readonly provider: string;
  readonly granted: boolean;
  readonly scope: ConsentScope | 'withdrawn';
  readonly source: ChangeSource;
  /** True when the change was made in another tab: that tab logs it too. */
  readonly remote: boolean;
  /** Milliseconds since the epoch; grants only. */
  readonly grantedAt: number | undefined;
  /** Milliseconds since the epoch; remembered grants only. */
  readonly expiresAt: number | undefined;
  /** The site's policy version the grant was given under, if it set one. */
  readonly policyVersion: string | undefined;

  constructor({ provider, record, source, remote }: ConsentChange) {
    super(ConsentEmbedChangeEvent.type, { bubbles: true, composed: true });
    this.provider = provider;
    this.granted = record !== undefined;
    this.scope = record?.scope ?? 'withdrawn';
    this.source = source;
    this.remote = remote;
    this.grantedAt = record?.grantedAt;
    this.expiresAt = record?.expiresAt;
    this.policyVersion = record?.policy;
  }
}

/**
 * Fired on a `<consent-embed>` before it loads its third party, whether the
 * visitor just clicked it or consent was given before. Cancelable: a site
 * whose own settings forbid the load calls `preventDefault()`; nothing loads,
 * no consent is recorded for a click, and the placeholder says why.
 */
export class ConsentEmbedRequestEvent extends Event {
  static readonly type = 'consent-embed-request';
  readonly provider: string;
  /** True when the visitor clicked this embed's button; false for a load that consent given earlier allows. */
  readonly clicked: boolean;
  /** The scope the click asks for; undefined when not clicked. */
  readonly scope: ConsentScope | undefined;

  constructor(provider: string, clicked: boolean, scope?: ConsentScope) {
    super(ConsentEmbedRequestEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.provider = provider;
    this.clicked = clicked;
    this.scope = scope;
  }
}

/** Fired on a `<consent-embed>` once its third party is in the page: the frame, or the author's embed code. */
export class ConsentEmbedLoadEvent extends Event {
  static readonly type = 'consent-embed-load';
  readonly provider: string;
  /** What was inserted. */
  readonly content: HTMLElement;

  constructor(provider: string, content: HTMLElement) {
    super(ConsentEmbedLoadEvent.type, { bubbles: true, composed: true });
    this.provider = provider;
    this.content = content;
  }
}


declare global {
  interface DocumentEventMap {
    'consent-embed-change': ConsentEmbedChangeEvent;
  }
  interface HTMLElementEventMap {
    'consent-embed-request': ConsentEmbedRequestEvent;
    'consent-embed-load': ConsentEmbedLoadEvent;
  }
}
