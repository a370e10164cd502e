import { make } from '../core/page.js';
import type { ProviderData } from './provider.js';

/**
 * For a provider that offers only a script, and one that must run while its
 * page is parsed (GitHub Gist's uses `document.write`): a frame whose whole
 * document is that one script tag, from one of the provider's origins. The
 * document is a `data:` URL, so it has an opaque origin of its own and the
 * sandbox keeps it there: the script never runs in the site's page. The
 * document is built here from a validated URL, whose serialisation escapes
 * every character that could end the attribute.
 */
export function createScriptFrame(
  provider: Pick<ProviderData, 'id' | 'origins'>,
  options: { readonly script: URL; readonly title: string }
): HTMLIFrameElement {
  const { script } = options;
  if (script.protocol !== 'https:' || !provider.origins.includes(script.origin)) {
    throw new Error(`consent-embed: ${provider.id} asked for a script from ${script.origin}, not one of its origins`);
  }
  const page = `<!doctype html><meta name="referrer" content="no-referrer"><script src="${script.href}"></script>`;
  const frame = make('iframe');
  frame.title = options.title;
  frame.referrerPolicy = 'no-referrer';
  frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  frame.loading = 'lazy';
  frame.setAttribute('part', 'frame');
  frame.src = `data:text/html;charset=utf-8,${encodeURIComponent(page)}`;
  return frame;
}
