import { describeProvider } from '../support/providers.js';

const FRAME = 'https://datawrapper.dwcdn.net/WpAbK/2/';

describeProvider('datawrapper', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'datawrapper',
      name: 'Datawrapper',
      company: 'Datawrapper',
      kind: 'chart',
      privacyPolicy: 'https://www.datawrapper.de/privacy',
      origins: ['https://datawrapper.dwcdn.net'],
    },
    box: { height: 500 },
  },
  valid: [
    [FRAME, {}],
    ['https://datawrapper.dwcdn.net/WpAbK/2', {}],
    ['https://DATAWRAPPER.DWCDN.NET/WpAbK/2/', {}],
    ['https://datawrapper.dwcdn.net/WpAbK/2/?utm_source=newsletter', {}],
    ['https://datawrapper.dwcdn.net/WpAbK/2/?dark=true', { src: `${FRAME}?dark=true` }],
    ['https://datawrapper.dwcdn.net/WpAbK/2/?dark=auto', { src: `${FRAME}?dark=auto` }],
    ['https://datawrapper.dwcdn.net/WpAbK/2/?dark=%22onload', {}],
    // Without a version, and the publish step's share link: the latest version.
    ['https://datawrapper.dwcdn.net/WpAbK/', { src: 'https://datawrapper.dwcdn.net/WpAbK/' }],
    ['https://www.datawrapper.de/_/WpAbK/', { src: 'https://datawrapper.dwcdn.net/WpAbK/' }],
    ['https://datawrapper.de/_/WpAbK', { src: 'https://datawrapper.dwcdn.net/WpAbK/' }],
    [FRAME, 'datawrapper', {}],
  ],
  invalid: [
    ['http://datawrapper.dwcdn.net/WpAbK/2/', null, 'invalid-src'],
    ['https://user:pass@datawrapper.dwcdn.net/WpAbK/2/', null, 'invalid-src'],
    ['https://datawrapper.dwcdn.net:8443/WpAbK/2/', null, 'invalid-src'],
    ['https://datawrapper.dwcdn.net.evil.example/WpAbK/2/', null, 'unknown-provider'],
    ['https://evildatawrapper.de/_/WpAbK/', null, 'unknown-provider'],
    // A Cyrillic а in the host.
    ['https://www.dаtawrapper.de/_/WpAbK/', null, 'unknown-provider'],
    ['https://public.flourish.studio/visualisation/18552565/', 'datawrapper', 'wrong-host'],
    ['https://datawrapper.dwcdn.net/WpAb/2/', null, 'invalid-id'],
    ['https://datawrapper.dwcdn.net/WpAbKWpAbKW/2/', null, 'invalid-id'],
    ['https://datawrapper.dwcdn.net/Wp-bK/2/', null, 'invalid-id'],
    ['https://datawrapper.dwcdn.net/WpAbK/v2/', null, 'invalid-id'],
    ['https://datawrapper.dwcdn.net/WpAbK/2/extra/', null, 'invalid-id'],
    ['https://datawrapper.dwcdn.net/WpAbK%2F..%2F/2/', null, 'invalid-id'],
    ['https://datawrapper.dwcdn.net/lib/embed.min.js', null, 'invalid-id'],
    ['https://www.datawrapper.de/_/WpAbK/2/', null, 'invalid-id'],
    ['https://www.datawrapper.de/WpAbK/', null, 'invalid-id'],
    ['https://www.datawrapper.de/pricing', null, 'invalid-id'],
  ],
});
