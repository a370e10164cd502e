// The shapes of provider ids and host names: plain tests without state, so
// that the files beside the core that need them (the template reader, the
// list of choices) carry their own copies rather than borrowing the core's.

export const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/;
export const HOST = /^(\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Whether `url` is an absolute https URL. */
export const isHttps = (url: string): boolean => URL.canParse(url) && new URL(url).protocol === 'https:';

/** Whether `id` has the shape of a provider id. */
export const isProviderId = (id: string): boolean => PROVIDER_ID.test(id);

/** Whether `host` is a host name, not a pattern. */
export const isHost = (host: string): boolean => HOST.test(host) && !host.startsWith('*.');

/**
 * Top-level names that are never public: RFC 6761 (`test`, `localhost`,
 * `invalid`, `example`), RFC 6762 (`local`, and `intranet`, `internal`,
 * `private`, `corp`, `home`, `lan` from its appendix G), RFC 8375
 * (`home.arpa`, under `arpa`), RFC 7686 (`onion`), RFC 9476 (`alt`), ICANN's
 * `internal` and the names it will not delegate for collisions (`corp`,
 * `home`, `mail`), and `localdomain`, which many routers hand out.
 */
const PRIVATE_TLD = /\.(?:localhost|local|localdomain|test|invalid|example|internal|intranet|private|corp|home|lan|mail|arpa|onion|alt)$/;

/**
 * Whether a provider of many servers may take `hostname`: a name under a public
 * top-level domain, not an IP address or a name of the visitor's own network,
 * which a click must never send the visitor (with camera and microphone, for a
 * call) to. A public name that resolves to a private address (wildcard DNS
 * such as `192-168-1-2.nip.io`) cannot be told apart by its name; see the README.
 */
export function publicHost(hostname: string): boolean {
  return HOST.test(hostname) && !hostname.startsWith('*.') && !PRIVATE_TLD.test(hostname);
}
