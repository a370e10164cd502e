import { mastodon } from './mastodon.js';
import type { Provider } from './provider.js';
import { youtube } from './youtube.js';

/**
 * Every provider the library knows out of the box, in the order the README
 * lists them. A URL is matched against their hosts; providers of many servers
 * (`instances`) are tried by URL shape, in this order, after every host.
 */
export const builtins: readonly Provider<any>[] = [youtube, mastodon];
