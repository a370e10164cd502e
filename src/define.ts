// `import 'consent-embed/define.js'` registers the elements (a side effect, listed in `sideEffects`).
import { define } from './register.js';

export { define };

define();
