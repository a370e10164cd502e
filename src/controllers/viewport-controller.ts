import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

type Host = ReactiveControllerHost & Element;

/** Hosts by element, so the one observer can find the controller an entry is for. */
const controllers = new WeakMap<Element, ViewportController>();
let observer: IntersectionObserver | undefined;

function shared(): IntersectionObserver | undefined {
  if (!observer && typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) controllers.get(entry.target)?.seen(entry.isIntersecting);
      },
      // "Near": within half a viewport above or below, so a frame is ready as it scrolls in.
      { rootMargin: '50% 0px' }
    );
  }
  return observer;
}

/**
 * Tells a host whether it is near the viewport, through one IntersectionObserver
 * shared by every host on the page. An element that is not rendered (hidden,
 * or in another element's unshown fallback) is never near.
 */
export class ViewportController implements ReactiveController {
  /** Whether the host is within reach of the viewport, as last reported. */
  near = false;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const io = shared();
    if (!io) {
      this.near = true; // Without an observer, everything counts as near, as before there were observers.
      return;
    }
    controllers.set(this.#host, this);
    io.observe(this.#host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.#host);
    controllers.delete(this.#host);
    this.near = false;
  }

  /** @internal Called by the shared observer. */
  seen(near: boolean): void {
    if (near === this.near) return;
    this.near = near;
    this.#host.requestUpdate();
  }
}
