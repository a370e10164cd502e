// The script-tag entry: registers the elements and exposes `window.ConsentEmbed`.
import { define } from './define.js';
import * as api from './index.js';

declare global {
  interface Window {
    ConsentEmbed?: typeof api & { define: typeof define };
  }
}

// The first copy on a page keeps the global, as it keeps the tag.
window.ConsentEmbed ??= { ...api, define };
