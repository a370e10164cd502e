// The shapes of provider ids and host names: plain tests without state, so
// that the template reader (a file beside the core) carries its own copy
// rather than borrowing the core's.

export const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/;
export const HOST = /^(\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Whether `url` is an absolute https URL. */
export const isHttps = (url: string): boolean => URL.canParse(url) && new URL(url).protocol === 'https:';

/** Whether `id` has the shape of a provider id. */
export const isProviderId = (id: string): boolean => PROVIDER_ID.test(id);

/** Whether `host` is a host name, not a pattern. */
export const isHost = (host: string): boolean => HOST.test(host) && !host.startsWith('*.');
