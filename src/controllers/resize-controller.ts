import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen, unlisten } from '../core/page.js';
import { resizing, type Resize } from '../providers/provider.js';

/** Reported heights are kept within this range: a frame may grow a post, not swallow the page. */
const MIN = 50;
const MAX = 5000;

const listening = new Set<ResizeController>();

function onMessage(event: MessageEvent): void {
  for (const controller of listening) controller.heard(event);
}

/**
 * Follows the height a host's frame reports by `postMessage`, for providers
 * whose frames do (posts, some players). A message counts only if it comes
 * from that frame's own window and its exact origin, and only the one number
 * the provider's protocol names is read from it, clamped. One `message`
 * listener serves every host on the page.
 */
export class ResizeController implements ReactiveController {
  /** The frame's content height in CSS pixels, once it reported one. */
  height: number | undefined;

  readonly #host: ReactiveControllerHost;
  #frame: HTMLIFrameElement | undefined;
  #resize: Resize | undefined;
  #origin = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Follows `frame` (or nothing): called whenever the host's embed changes. */
  watch(frame: HTMLElement | undefined): void {
    if (frame === this.#frame) return;
    this.#frame?.removeEventListener('load', this.#ask);
    this.height = undefined;
    this.#frame = frame instanceof HTMLIFrameElement ? frame : undefined;
    this.#resize = this.#frame && resizing.get(this.#frame);
    if (!this.#frame || !this.#resize) {
      this.#frame = this.#resize = undefined;
      listening.delete(this);
      return;
    }
    this.#origin = new URL(this.#frame.src).origin;
    if (this.#resize.ask !== undefined) this.#frame.addEventListener('load', this.#ask);
    this.hostConnected();
  }

  hostConnected(): void {
    if (!this.#resize) return;
    if (!listening.size) listen(window, 'message', onMessage as EventListener);
    listening.add(this);
  }

  hostDisconnected(): void {
    listening.delete(this);
    if (!listening.size) unlisten(window, 'message', onMessage as EventListener);
  }

  /** @internal Called by the shared listener for every message the page receives. */
  heard(event: MessageEvent): void {
    const frame = this.#frame;
    if (!frame || !this.#resize || event.source !== frame.contentWindow || event.origin !== this.#origin) return;
    let height: number | undefined;
    try {
      height = this.#resize.height(event.data);
    } catch {
      return; // A message of another shape: not ours to read.
    }
    if (typeof height !== 'number' || !Number.isFinite(height)) return;
    height = Math.round(Math.min(MAX, Math.max(MIN, height)));
    if (height === this.height) return;
    this.height = height;
    this.#host.requestUpdate();
  }

  readonly #ask = (): void => {
    try {
      this.#frame?.contentWindow?.postMessage(this.#resize?.ask, this.#origin);
    } catch {
      // A frame that navigated elsewhere is not asked.
    }
  };
}
