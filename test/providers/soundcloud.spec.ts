import { describeProvider } from '../support/providers.js';

const player = (resource: string, extra = '') => `https://w.soundcloud.com/player/?url=${resource}${extra}&visual=false`;
const FLICKERMOOD = player('https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood');

describeProvider('soundcloud', {
  defaults: {
    tag: 'iframe',
    src: FLICKERMOOD,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'soundcloud', name: 'SoundCloud', company: 'SoundCloud', kind: 'audio', origins: ['https://w.soundcloud.com'] },
    box: { height: 166 },
  },
  valid: [
    ['https://soundcloud.com/forss/flickermood', {}],
    ['https://soundcloud.com/forss/flickermood/', {}],
    ['https://soundcloud.com/forss/flickermood?si=0123456789abcdef&utm_source=clipboard&utm_medium=text', {}],
    ['https://www.soundcloud.com/forss/flickermood', {}],
    ['https://m.soundcloud.com/forss/flickermood', {}],
    ['https://SOUNDCLOUD.COM/forss/flickermood', {}],
    ['https://soundcloud.com/forss/flickermood', 'soundcloud', {}],
    // Private tracks and playlists keep their secret token; playlists get the taller player.
    ['https://soundcloud.com/forss/flickermood/s-AbC12xYz', { src: player('https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood%2Fs-AbC12xYz') }],
    ['https://soundcloud.com/forss/sets/soulhack', { src: player('https%3A%2F%2Fsoundcloud.com%2Fforss%2Fsets%2Fsoulhack'), box: { height: 450 } }],
    [
      'https://soundcloud.com/forss/sets/soulhack/s-AbC12',
      { src: player('https%3A%2F%2Fsoundcloud.com%2Fforss%2Fsets%2Fsoulhack%2Fs-AbC12'), box: { height: 450 } },
    ],
    // SoundCloud's own embed code: the resource by its URN, escaped twice, and its options replaced.
    [
      'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/soundcloud%253Atracks%253A1314216916&color=%23ff5500&auto_play=false&hide_related=false&show_comments=true&show_user=true&show_reposts=false&show_teaser=true',
      { src: player('https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2Fsoundcloud%253Atracks%253A1314216916') },
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/soundcloud%3Atracks%3A2221470425%3Fsecret_token%3Ds-ItCn8A5N42y&color=%23ff5500',
      { src: player('https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2Fsoundcloud%253Atracks%253A2221470425%253Fsecret_token%253Ds-ItCn8A5N42y') },
    ],
    // Older embed code: the number, over http, or with the secret as a query.
    [
      'https://w.soundcloud.com/player/?url=http%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F293&auto_play=true',
      { src: player('https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2Fsoundcloud%253Atracks%253A293') },
    ],
    [
      'https://w.soundcloud.com/player?url=https://api.soundcloud.com/playlists/1234567?secret_token=s-abcDE',
      { src: player('https%3A%2F%2Fapi.soundcloud.com%2Fplaylists%2Fsoundcloud%253Aplaylists%253A1234567%253Fsecret_token%253Ds-abcDE') },
    ],
    ['https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood&visual=true', {}],
    // Widget links to sets, by page (as SoundCloud's code writes it, `https%3A//…`, so the taller box shows) and by URN.
    [
      'https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/forss/sets/soulhack&color=%23ff5500',
      { src: player('https%3A%2F%2Fsoundcloud.com%2Fforss%2Fsets%2Fsoulhack'), box: { height: 450 } },
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/forss/sets/soulhack/s-AbC12',
      { src: player('https%3A%2F%2Fsoundcloud.com%2Fforss%2Fsets%2Fsoulhack%2Fs-AbC12'), box: { height: 450 } },
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/playlists/soundcloud%253Aplaylists%253A1234567',
      { src: player('https%3A%2F%2Fapi.soundcloud.com%2Fplaylists%2Fsoundcloud%253Aplaylists%253A1234567') },
    ],
  ],
  invalid: [
    ['http://soundcloud.com/forss/flickermood', null, 'invalid-src'],
    ['https://a:b@soundcloud.com/forss/flickermood', null, 'invalid-src'],
    ['https://soundcloud.com:8443/forss/flickermood', null, 'invalid-src'],
    ['https://soundcloud.com.evil.example/forss/flickermood', null, 'unknown-provider'],
    ['https://soundcloud.com/forss/flickermood', 'mixcloud', 'wrong-host'],
    ['https://www.mixcloud.com/spartacus/party-time/', 'soundcloud', 'wrong-host'],
    // on.soundcloud.com short links lead wherever SoundCloud's redirect says.
    ['https://on.soundcloud.com/AbCdEf123', null, 'short-link'],
    // Profiles, their tabs and SoundCloud's own pages are not tracks.
    ['https://soundcloud.com/forss', null, 'invalid-id'],
    ['https://soundcloud.com/forss/likes', null, 'invalid-id'],
    ['https://soundcloud.com/forss/sets', null, 'invalid-id'],
    ['https://soundcloud.com/discover/sets/charts-top', null, 'invalid-id'],
    ['https://soundcloud.com/you/likes', null, 'invalid-id'],
    // Bad names, over-long ones, encoded slashes, extra segments.
    ['https://soundcloud.com/forss/flicker.mood', null, 'invalid-id'],
    [`https://soundcloud.com/forss/${'a'.repeat(256)}`, null, 'invalid-id'],
    ['https://soundcloud.com/forss/flicker%2Fmood', null, 'invalid-id'],
    ['https://soundcloud.com/forss/flickermood/extra/more', null, 'invalid-id'],
    ['https://soundcloud.com/forss/sets/soulhack/extra', null, 'invalid-id'],
    // Widget URLs naming something else.
    ['https://w.soundcloud.com/player/?url=https%3A%2F%2Fevil.example%2Fforss%2Fflickermood', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=javascript:alert(1)', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/12ab', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/users/123', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/123%2F..%2Fusers', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/123456789012345678901', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/', null, 'invalid-id'],
    // Widget look-alikes: another host, a URN of the other kind, quotes and encoded slashes in the page named.
    ['https://w.soundcloud.com.evil.example/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood', null, 'unknown-provider'],
    ['https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com.evil.example%2Fforss%2Fflickermood', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/soundcloud%253Aplaylists%253A1234567', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/playlists/soundcloud%253Atracks%253A1234567', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/forss/sets/soul%22hack', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/forss/sets/soul%252Fhack', null, 'invalid-id'],
    ['https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/forss/sets', null, 'invalid-id'],
    ['https://w.soundcloud.com/other/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood', null, 'invalid-id'],
  ],
});
