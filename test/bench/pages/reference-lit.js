// The Lit reference: see reference.js. Lit is imported statically, and the page preloads its two files.
import { ReactiveElement, unsafeCSS } from '/node_modules/@lit/reactive-element/reactive-element.js';
import { CSS, placeholder } from './reference.js';

const observer = new IntersectionObserver((entries) => entries.forEach((e) => (e.target.near = e.isIntersecting)), { rootMargin: '50% 0px' });
const listeners = new Set();
class Viewport {
  constructor(host) {
    (this.host = host).addController(this);
  }
  hostConnected() {
    observer.observe(this.host);
  }
  hostDisconnected() {
    observer.unobserve(this.host);
  }
}
class Consent {
  granted = false;
  constructor(host) {
    (this.host = host).addController(this);
  }
  hostConnected() {
    listeners.add(this);
  }
  hostDisconnected() {
    listeners.delete(this);
  }
}
const names = ['src', 'provider', 'poster', 'width', 'height', 'company', 'origins', 'privacyPolicy', 'kind', 'rememberDays', 'choices', 'preselect', 'posterLoading', 'theme', 'texts', 'headingLevel'];
customElements.define(
  'reference-embed',
  class extends ReactiveElement {
    static properties = { ...Object.fromEntries(names.map((name) => [name, {}])), title: { reflect: true } };
    static styles = unsafeCSS(CSS);
    viewport = new Viewport(this);
    consent = new Consent(this);
    update(changed) {
      super.update(changed);
      if (!this.base) this.renderRoot.append((this.base = placeholder(this, this.title)));
    }
  }
);
window.referenceReady = true;
