// The references: what the stack itself costs, for a reading of the targets. Each renders the placeholder
// consent-embed renders (the same 29 nodes in a shadow root, one shared stylesheet) and swaps it for a
// youtube-nocookie frame on a click, and nothing else: no store, no registry, no texts, no checks.
//
//   ?element=custom   a plain custom element: attachShadow, adopt the sheet, clone, one listener
//   reference-lit.js  a Lit 3 ReactiveElement with consent-embed's 17 reactive properties and two controllers
//                     (a shared IntersectionObserver, a subscription), rendering the same clone in update()
export const CSS = `
  :host { display: block; position: relative; aspect-ratio: 16 / 9; overflow: hidden; contain: layout paint; font: 15px/1.4 system-ui, sans-serif }
  .base { position: absolute; inset: 0; background: #eef1f5; color: #1f2328 }
  .panel, iframe { position: absolute; inset: 0; width: 100%; height: 100%; box-sizing: border-box; border: 0 }
  .panel { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 9px; padding: 12px; text-align: center }
  .load { min-height: 48px; padding: .5em 1.2em; border: 0; border-radius: 999px; background: #0a66c2; color: #fff; font: inherit; cursor: pointer }
  .glyph { width: 1.6em; height: 1.6em; fill: currentColor; vertical-align: middle }
  .short, .status { display: none } .notice, .note { font-size: .875em; color: #4d5561 } p { margin: 0 }
`;

const model = document.createElement('template');
// Static markup of the page's own: the same elements as consent-embed's placeholder.
model.innerHTML =
  '<div part="base" class="base"><img part="poster" class="poster" alt="" hidden><div part="placeholder" class="panel" role="group">' +
  '<p part="title" class="title"></p><button part="button" class="load" type="button" aria-describedby="notice">' +
  '<svg part="glyph" class="glyph" viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5.5v13l10.5-6.5z"></path></svg><span class="label">Load video</span></button>' +
  '<p part="notice" class="notice" id="notice"><span class="long">This video is hosted by YouTube. Loading it sends your IP address and more to Google.</span>' +
  '<span class="short">Loading sends data to Google.</span> <a part="privacy-link" target="_blank" rel="noopener noreferrer" href="https://policies.google.com/privacy">YouTube privacy policy</a></p>' +
  '<label part="remember" class="remember"><input type="checkbox"><span>Always load YouTube on this site (180 days)</span></label>' +
  '<p class="note" hidden></p><p class="note" id="cannot-remember" hidden></p><p part="gpc" class="note" hidden></p><p part="blocked" class="note" hidden></p>' +
  '</div><p class="status" role="status"></p></div>';

/** Swaps the placeholder in `root` for the video's frame and focuses it, as a facade's click does. */
function load(root, src, title) {
  const id = new URL(src).searchParams.get('v');
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`;
  root.querySelector('.panel').replaceWith(frame);
  frame.focus({ preventScroll: true });
}

export function placeholder(host, title) {
  const base = model.content.firstElementChild.cloneNode(true);
  base.querySelector('.title').textContent = title;
  base.querySelector('.load').setAttribute('aria-label', `Load video: ${title}`);
  base.querySelector('.load').addEventListener('click', () => load(host.shadowRoot, host.getAttribute('src'), title));
  return base;
}

if (new URL(import.meta.url).searchParams.get('element') === 'custom') {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  customElements.define(
    'reference-embed',
    class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
        this.shadowRoot.append(placeholder(this, this.title));
      }
    }
  );
  window.referenceReady = true;
}
