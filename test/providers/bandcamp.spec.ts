import { describeProvider } from '../support/providers.js';

const STANDARD = 'album=3797153450/size=large/bgcol=ffffff/linkcol=0687f5/tracklist=false/artwork=small/transparent=true/';
const EMBED = `https://bandcamp.com/EmbeddedPlayer/${STANDARD}`;

describeProvider('bandcamp', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'bandcamp', name: 'Bandcamp', company: 'Bandcamp', kind: 'audio', origins: ['https://bandcamp.com'] },
    box: { height: 120 },
  },
  valid: [
    [EMBED, {}],
    [`https://bandcamp.com/EmbeddedPlayer/${STANDARD.slice(0, -1)}`, {}],
    [`https://BANDCAMP.COM/EmbeddedPlayer/${STANDARD}`, {}],
    [EMBED, 'bandcamp', {}],
    // The older `.html` path and `v=2`, which the player no longer needs.
    [`https://bandcamp.com/EmbeddedPlayer.html/v=2/${STANDARD}`, {}],
    // Big artwork (the generator's default), slim, artwork only, a track of an album.
    [
      'https://bandcamp.com/EmbeddedPlayer/album=3797153450/size=large/bgcol=333333/linkcol=e99708/tracklist=false/transparent=true/',
      { src: 'https://bandcamp.com/EmbeddedPlayer/album=3797153450/size=large/bgcol=333333/linkcol=e99708/tracklist=false/transparent=true/', box: { height: 470 } },
    ],
    [
      'https://bandcamp.com/EmbeddedPlayer/album=672398703/size=small/bgcol=F7F0E4/linkcol=2aa7b5/transparent=true/',
      { src: 'https://bandcamp.com/EmbeddedPlayer/album=672398703/size=small/bgcol=F7F0E4/linkcol=2aa7b5/transparent=true/', box: { height: 42 } },
    ],
    [
      'https://bandcamp.com/EmbeddedPlayer/album=672398703/size=large/bgcol=ffffff/linkcol=0687f5/minimal=true/transparent=true/',
      { src: 'https://bandcamp.com/EmbeddedPlayer/album=672398703/size=large/bgcol=ffffff/linkcol=0687f5/minimal=true/transparent=true/', box: { height: 350 } },
    ],
    [
      'https://bandcamp.com/EmbeddedPlayer/track=897654312/size=large/bgcol=ffffff/linkcol=0687f5/tracklist=false/artwork=none/transparent=true/',
      { src: 'https://bandcamp.com/EmbeddedPlayer/track=897654312/size=large/bgcol=ffffff/linkcol=0687f5/tracklist=false/artwork=none/transparent=true/' },
    ],
    [
      'https://bandcamp.com/EmbeddedPlayer/album=2549803014/size=large/artwork=small/t=3/',
      { src: 'https://bandcamp.com/EmbeddedPlayer/album=2549803014/size=large/artwork=small/t=3/' },
    ],
  ],
  invalid: [
    [`http://bandcamp.com/EmbeddedPlayer/${STANDARD}`, null, 'invalid-src'],
    [`https://a:b@bandcamp.com/EmbeddedPlayer/${STANDARD}`, null, 'invalid-src'],
    [`https://bandcamp.com:8443/EmbeddedPlayer/${STANDARD}`, null, 'invalid-src'],
    [`https://bandcamp.com.evil.example/EmbeddedPlayer/${STANDARD}`, null, 'unknown-provider'],
    [`https://evilbandcamp.com/EmbeddedPlayer/${STANDARD}`, null, 'unknown-provider'],
    [EMBED, 'spotify', 'wrong-host'],
    ['https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT', 'bandcamp', 'wrong-host'],
    // Album and track pages carry no id the player could take.
    ['https://amorphband.bandcamp.com/album/dreiundzwanzig-2', null, 'page-link'],
    ['https://amorphband.bandcamp.com/track/blood-sacrifice/', null, 'page-link'],
    ['https://amorphband.bandcamp.com/album/dreiundzwanzig-2/extra', null, 'invalid-id'],
    ['https://amorphband.bandcamp.com/music', null, 'invalid-id'],
    [`https://amorphband.bandcamp.com/EmbeddedPlayer/${STANDARD}`, null, 'invalid-id'],
    // Every parameter checked: ids, sizes, colours, flags; each known one once.
    ['https://bandcamp.com/EmbeddedPlayer/size=large/bgcol=ffffff/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=37971534ab/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=1234567890123/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450/size=huge/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450/bgcol=red/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450/linkcol=0687f5%22/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450/tracklist=maybe/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450/album=1/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450/junk/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450%2Fsize=large/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/album=3797153450//size=large/', null, 'invalid-id'],
    ['https://bandcamp.com/EmbeddedPlayer/', null, 'invalid-id'],
    ['https://bandcamp.com/album=3797153450/', null, 'invalid-id'],
  ],
});
