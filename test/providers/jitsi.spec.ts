import { describeProvider } from '../support/providers.js';

const PREJOIN = '#config.prejoinConfig.enabled=true';
const COOKIE = 'vpaas-magic-cookie-6381f715d48d4625a56d59db90356bdb';

describeProvider('jitsi', {
  defaults: {
    tag: 'iframe',
    allow: 'camera; microphone; display-capture; autoplay; clipboard-write; fullscreen',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    box: { ratio: '16 / 9' },
  },
  valid: [
    [
      'https://meet.jit.si/ConsentEmbedDemo',
      {
        src: `https://meet.jit.si/ConsentEmbedDemo${PREJOIN}`,
        party: {
          key: 'jitsi:meet.jit.si',
          name: 'meet.jit.si',
          company: 'meet.jit.si',
          software: 'Jitsi Meet',
          kind: 'call',
          privacyPolicy: 'https://meet.jit.si/',
          origins: ['https://meet.jit.si'],
        },
      },
    ],
    ['https://meet.jit.si/ConsentEmbedDemo/', { src: `https://meet.jit.si/ConsentEmbedDemo${PREJOIN}` }],
    ['https://MEET.JIT.SI/team_standup-42', { src: `https://meet.jit.si/team_standup-42${PREJOIN}` }],
    // A token or settings in the copied link are not passed on.
    ['https://meet.jit.si/ConsentEmbedDemo?jwt=eyJhbGciOi.x.y', { src: `https://meet.jit.si/ConsentEmbedDemo${PREJOIN}` }],
    ['https://meet.jit.si/ConsentEmbedDemo#config.startWithVideoMuted=false', { src: `https://meet.jit.si/ConsentEmbedDemo${PREJOIN}` }],
    ['https://meet.jit.si/ConsentEmbedDemo?utm_source=mail', { src: `https://meet.jit.si/ConsentEmbedDemo${PREJOIN}` }],
    [
      `https://8x8.vc/${COOKIE}/SalesCall`,
      {
        src: `https://8x8.vc/${COOKIE}/SalesCall${PREJOIN}`,
        party: { key: 'jitsi:8x8.vc', name: '8x8.vc', privacyPolicy: 'https://8x8.vc/', origins: ['https://8x8.vc'] },
      },
    ],
    [`https://8x8.vc/${COOKIE}/SalesCall/`, { src: `https://8x8.vc/${COOKIE}/SalesCall${PREJOIN}` }],
    [
      'https://jitsi.example.org/Weekly',
      { src: `https://jitsi.example.org/Weekly${PREJOIN}`, party: { key: 'jitsi:jitsi.example.org', origins: ['https://jitsi.example.org'] } },
    ],
    ['https://jitsi.uni-example.ac.uk/lecture-7', { src: `https://jitsi.uni-example.ac.uk/lecture-7${PREJOIN}` }],
    ['https://meet.jit.si/ConsentEmbedDemo', 'jitsi', { src: `https://meet.jit.si/ConsentEmbedDemo${PREJOIN}` }],
    // Any other server, once the author names the provider.
    [
      'https://video.example.net/Weekly',
      'jitsi',
      { src: `https://video.example.net/Weekly${PREJOIN}`, party: { key: 'jitsi:video.example.net', privacyPolicy: 'https://video.example.net/' } },
    ],
  ],
  invalid: [
    ['http://meet.jit.si/ConsentEmbedDemo', null, 'invalid-src'],
    // Another provider's host with a trailing dot is that provider's server, not a Jitsi one.
    ['https://www.youtube.com./embed', 'jitsi', 'invalid-src'],
    ['https://meet.jit.si./ConsentEmbedDemo', null, 'invalid-src'],
    // Never a call, with camera and microphone, to the visitor's own network.
    ['https://192.168.1.1/Room', 'jitsi', 'wrong-host'],
    ['https://[::1]/Room', 'jitsi', 'wrong-host'],
    ['https://router.local/Room', 'jitsi', 'wrong-host'],
    ['https://intranet/Room', 'jitsi', 'wrong-host'],
    // Names reserved for private networks (RFC 6761, 6762, 8375, 7686, 9476, ICANN): never public servers.
    ...['nas.home', 'intranet.corp', 'meet.internal', 'box.lan', 'pi.localdomain', 'hub.home.arpa', 'x.intranet', 'x.private', 'x.mail', 'x.onion', 'x.alt', 'jitsi.test', 'jitsi.example'].map(
      (host): [string, string, string] => [`https://${host}/Room`, 'jitsi', 'wrong-host']
    ),
    ['https://jitsi.nas.home/Room', null, 'unknown-provider'],
    ['https://user:pass@meet.jit.si/ConsentEmbedDemo', null, 'invalid-src'],
    ['https://meet.jit.si:8443/ConsentEmbedDemo', null, 'invalid-src'],
    // Not unmistakably Jitsi: left alone unless the author names the provider.
    ['https://video.example.net/Weekly', null, 'unknown-provider'],
    ['https://meet.jit.si.evil.example/ConsentEmbedDemo', null, 'unknown-provider'],
    ['https://jitsi.org/about', null, 'unknown-provider'],
    ['https://notjitsi.example.org/Weekly', null, 'unknown-provider'],
    ['https://www.jitsi.example.org/Weekly', null, 'unknown-provider'],
    ['https://8x8.vc/SalesCall', null, 'unknown-provider'],
    // Another provider's link forced to this one: not a room path. (A provider of
    // many servers has no hosts to be wrong about; a forced one-word path on any
    // host is taken as a room, as the author asked.)
    // Forced onto a host another provider serves: never a Jitsi frame on YouTube's one-word paths.
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'jitsi', 'wrong-host'],
    ['https://youtu.be/dQw4w9WgXcQ', 'jitsi', 'wrong-host'],
    ['https://calendly.com/acme/intro', 'jitsi', 'wrong-host'],
    // Bad rooms.
    ['https://meet.jit.si/', null, 'unknown-provider'],
    ['https://meet.jit.si/', 'jitsi', 'invalid-id'],
    ['https://meet.jit.si/external_api.js', null, 'unknown-provider'],
    ['https://meet.jit.si/http-bind', null, 'unknown-provider'],
    ['https://meet.jit.si/static', 'jitsi', 'invalid-id'],
    ['https://meet.jit.si/Room%2FOther', null, 'unknown-provider'],
    ['https://meet.jit.si/..%2Fconfig', 'jitsi', 'invalid-id'],
    ['https://meet.jit.si/Room%20Name', null, 'unknown-provider'],
    ['https://meet.jit.si/Room/extra', null, 'unknown-provider'],
    ['https://meet.jit.si/Room/extra', 'jitsi', 'invalid-id'],
    [`https://meet.jit.si/${'a'.repeat(101)}`, null, 'unknown-provider'],
    [`https://8x8.vc/${COOKIE}/`, null, 'unknown-provider'],
    [`https://8x8.vc/${COOKIE}/Sales/extra`, null, 'unknown-provider'],
    ['https://8x8.vc/vpaas-magic-cookie-XYZ/SalesCall', null, 'unknown-provider'],
    [`https://8x8.vc/${COOKIE}x/SalesCall`, null, 'unknown-provider'],
    ['https://video.example.net/@user/123', 'jitsi', 'invalid-id'],
  ],
});
