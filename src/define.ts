// `import 'consent-embed/define.js'` registers the elements, with every
// built-in provider and the published languages (a side effect, listed in
// `sideEffects`). For a smaller bundle, import the element class from
// `consent-embed`, register only the providers you use, and call `define()`
// from `consent-embed/define.js`'s sibling `consent-embed/register.js`.
import { usePublishedLanguages } from './i18n/published.js';
import { builtins } from './providers/builtins.js';
import { addProviders } from './providers/registry.js';
import { define } from './register.js';

export { define };

addProviders(builtins);
usePublishedLanguages();
define();
