import { describeProvider } from '../support/providers.js';

const UUID = '9c9de5e8-0a1e-484a-b099-e80766180a6d';
const SHORT = 'kkGMgK9ZtnKfYAgnEtQxbv';
const PLAYLIST = 'dVMbtrtTCs4TANWvU8ovsq';
const embed = (origin: string, id: string, query = '') => `${origin}/videos/embed/${id}?p2p=0${query}`;

describeProvider('peertube', {
  defaults: {
    tag: 'iframe',
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-same-origin allow-scripts allow-popups allow-forms',
    loading: 'lazy',
    box: { ratio: '16 / 9' },
  },
  valid: [
    [
      `https://framatube.org/w/${SHORT}`,
      {
        src: embed('https://framatube.org', SHORT),
        party: {
          key: 'peertube:framatube.org',
          name: 'framatube.org',
          company: 'framatube.org',
          software: 'PeerTube',
          kind: 'video',
          privacyPolicy: 'https://framatube.org/about/instance',
          origins: ['https://framatube.org'],
        },
      },
    ],
    [`https://framatube.org/w/${SHORT}/`, { src: embed('https://framatube.org', SHORT) }],
    [`https://FRAMATUBE.ORG/w/${SHORT}`, { src: embed('https://framatube.org', SHORT) }],
    [`https://framatube.org/w/${SHORT}?start=1m30s`, { src: embed('https://framatube.org', SHORT, '&start=90') }],
    [`https://framatube.org/w/${SHORT}?start=90`, { src: embed('https://framatube.org', SHORT, '&start=90') }],
    [`https://framatube.org/w/${SHORT}?start=later`, { src: embed('https://framatube.org', SHORT) }],
    [`https://framatube.org/w/${UUID}`, { src: embed('https://framatube.org', UUID) }],
    [`https://peertube.example.net/videos/watch/${UUID}`, { src: embed('https://peertube.example.net', UUID), party: { key: 'peertube:peertube.example.net' } }],
    [`https://peertube.example.net/videos/watch/${UUID}?t=42`, { src: embed('https://peertube.example.net', UUID, '&start=42') }],
    [`https://peertube.example.net/videos/embed/${SHORT}?autoplay=1&title=0`, { src: embed('https://peertube.example.net', SHORT) }],
    [`https://peertube.example.net/videos/embed/${UUID}?start=1h2m3s`, { src: embed('https://peertube.example.net', UUID, '&start=3723') }],
    [`https://framatube.org/w/p/${PLAYLIST}`, { src: `https://framatube.org/video-playlists/embed/${PLAYLIST}?p2p=0` }],
    [`https://framatube.org/videos/watch/playlist/${UUID}`, { src: `https://framatube.org/video-playlists/embed/${UUID}?p2p=0` }],
    [`https://framatube.org/video-playlists/embed/${PLAYLIST}`, { src: `https://framatube.org/video-playlists/embed/${PLAYLIST}?p2p=0` }],
    [`https://framatube.org/w/${SHORT}`, 'peertube', { src: embed('https://framatube.org', SHORT) }],
  ],
  invalid: [
    [`http://framatube.org/w/${SHORT}`, null, 'invalid-src'],
    [`https://www.youtube.com./w/${SHORT}`, null, 'invalid-src'],
    [`https://192.168.0.2/w/${SHORT}`, null, 'unknown-provider'],
    [`https://tube.home/w/${SHORT}`, null, 'unknown-provider'],
    [`https://videos.lan/w/${SHORT}`, 'peertube', 'wrong-host'],
    [`https://user:pass@framatube.org/w/${SHORT}`, null, 'invalid-src'],
    [`https://framatube.org:9000/w/${SHORT}`, null, 'invalid-src'],
    ['https://framatube.org/w/short', null, 'unknown-provider'],
    [`https://framatube.org/w/${SHORT}0`, null, 'unknown-provider'],
    [`https://framatube.org/w/${SHORT}/extra`, null, 'unknown-provider'],
    [`https://framatube.org/w/..%2F${SHORT}`, null, 'unknown-provider'],
    [`https://framatube.org/videos/watch/${UUID.toUpperCase()}x`, null, 'unknown-provider'],
    [`https://framatube.org/videos/watch/${UUID.slice(0, -1)}`, null, 'unknown-provider'],
    [`https://framatube.org/w/p/${PLAYLIST}%2F`, null, 'unknown-provider'],
    [`https://framatube.org/a/framasoft/videos`, null, 'unknown-provider'],
    ['https://framatube.org/w/short', 'peertube', 'invalid-id'],
    [`https://framatube.org/watch/${SHORT}`, 'peertube', 'invalid-id'],
  ],
});
