import { describeProvider } from '../support/providers.js';

const TRACK = '4cOdK2wGLETKBW3PvgPWqT';
const EMBED = `https://open.spotify.com/embed/track/${TRACK}`;
const embed = (type: string, id: string) => `https://open.spotify.com/embed/${type}/${id}`;

describeProvider('spotify', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay; clipboard-write; encrypted-media; picture-in-picture',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'spotify', name: 'Spotify', company: 'Spotify', kind: 'audio', origins: ['https://open.spotify.com'] },
    box: { height: 352 },
  },
  valid: [
    [`https://open.spotify.com/track/${TRACK}`, {}],
    [`https://open.spotify.com/track/${TRACK}?si=a1b2c3d4e5f64789`, {}],
    [`https://open.spotify.com/track/${TRACK}/`, {}],
    [`https://open.spotify.com/intl-de/track/${TRACK}?si=x`, {}],
    [`https://open.spotify.com/intl-pt/track/${TRACK}`, {}],
    [`https://OPEN.SPOTIFY.COM/track/${TRACK}`, {}],
    [`https://open.spotify.com/embed/track/${TRACK}?utm_source=generator&theme=0`, {}],
    [`https://open.spotify.com/track/${TRACK}`, 'spotify', {}],
    ['https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3', { src: embed('album', '1DFixLWuPkv3KT3TnV35m3') }],
    ['https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=abc&pi=u-xyz', { src: embed('playlist', '37i9dQZF1DXcBWIGoYBM5M') }],
    ['https://open.spotify.com/user/spotify/playlist/37i9dQZF1DXcBWIGoYBM5M', { src: embed('playlist', '37i9dQZF1DXcBWIGoYBM5M') }],
    ['https://open.spotify.com/embed/user/spotify/playlist/37i9dQZF1DXcBWIGoYBM5M', { src: embed('playlist', '37i9dQZF1DXcBWIGoYBM5M') }],
    ['https://open.spotify.com/episode/512ojhOuo1ktJprKbVcKyQ', { src: embed('episode', '512ojhOuo1ktJprKbVcKyQ') }],
    ['https://open.spotify.com/embed-podcast/episode/512ojhOuo1ktJprKbVcKyQ', { src: embed('episode', '512ojhOuo1ktJprKbVcKyQ') }],
    ['https://open.spotify.com/show/2MAi0BvDc6GTFvKFPXnkCL', { src: embed('show', '2MAi0BvDc6GTFvKFPXnkCL') }],
    ['https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF', { src: embed('artist', '0OdUWJ0sBjDrqHygGUXeCF') }],
    ['https://embed.spotify.com/?uri=spotify:album:1DFixLWuPkv3KT3TnV35m3', { src: embed('album', '1DFixLWuPkv3KT3TnV35m3') }],
    // Localised links (`/intl-xx/`) for every kind.
    ['https://open.spotify.com/intl-fr/album/1DFixLWuPkv3KT3TnV35m3?si=x', { src: embed('album', '1DFixLWuPkv3KT3TnV35m3') }],
    ['https://open.spotify.com/intl-ja/artist/0OdUWJ0sBjDrqHygGUXeCF', { src: embed('artist', '0OdUWJ0sBjDrqHygGUXeCF') }],
    ['https://open.spotify.com/intl-es/playlist/37i9dQZF1DXcBWIGoYBM5M', { src: embed('playlist', '37i9dQZF1DXcBWIGoYBM5M') }],
    ['https://open.spotify.com/intl-it/show/2MAi0BvDc6GTFvKFPXnkCL', { src: embed('show', '2MAi0BvDc6GTFvKFPXnkCL') }],
    ['https://open.spotify.com/intl-nl/episode/512ojhOuo1ktJprKbVcKyQ', { src: embed('episode', '512ojhOuo1ktJprKbVcKyQ') }],
    ['https://open.spotify.com/embed/artist/0OdUWJ0sBjDrqHygGUXeCF', { src: embed('artist', '0OdUWJ0sBjDrqHygGUXeCF') }],
  ],
  invalid: [
    [`http://open.spotify.com/track/${TRACK}`, null, 'invalid-src'],
    [`https://u:p@open.spotify.com/track/${TRACK}`, null, 'invalid-src'],
    [`https://open.spotify.com:8443/track/${TRACK}`, null, 'invalid-src'],
    [`https://open.spotify.com.evil.example/track/${TRACK}`, null, 'unknown-provider'],
    [`https://open.spotify.com/track/${TRACK}`, 'soundcloud', 'wrong-host'],
    ['https://soundcloud.com/forss/flickermood', 'spotify', 'wrong-host'],
    // spotify.link short links lead wherever Spotify's redirect says.
    ['https://spotify.link/AbCdEfGhIj', null, 'short-link'],
    // Ids: 22 base-62 characters, no more, no less.
    [`https://open.spotify.com/track/${TRACK}x`, null, 'invalid-id'],
    ['https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWq', null, 'invalid-id'],
    ['https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPW_T', null, 'invalid-id'],
    ['https://open.spotify.com/track/4cOdK2wGLETKBW3P%2FgPWqT', null, 'invalid-id'],
    // Wrong kinds, extra segments, other pages.
    [`https://open.spotify.com/audiobook/${TRACK}`, null, 'invalid-id'],
    [`https://open.spotify.com/track/${TRACK}/extra`, null, 'invalid-id'],
    [`https://open.spotify.com/intl-de/intl-fr/track/${TRACK}`, null, 'invalid-id'],
    [`https://open.spotify.com/user/spotify/track/${TRACK}`, null, 'invalid-id'],
    ['https://open.spotify.com/user/spotify', null, 'invalid-id'],
    ['https://open.spotify.com/', null, 'invalid-id'],
    [`https://embed.spotify.com/?uri=spotify:track:${TRACK}x`, null, 'invalid-id'],
    // Look-alikes of the localised and user paths, quotes in ids and names.
    [`https://open.spotify.com/intl-deu/track/${TRACK}`, null, 'invalid-id'],
    [`https://open.spotify.com/intl-/track/${TRACK}`, null, 'invalid-id'],
    [`https://open.spotify.com/intl-de/intl/track/${TRACK}`, null, 'invalid-id'],
    ['https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPW"T', null, 'invalid-id'],
    ['https://open.spotify.com/user/spo"tify/playlist/37i9dQZF1DXcBWIGoYBM5M', null, 'invalid-id'],
    ['https://open.spotify.com/user/spo%2Ftify/playlist/37i9dQZF1DXcBWIGoYBM5M', null, 'invalid-id'],
    [`https://embed.spotify.com/?uri=spotify:track:${TRACK}%22`, null, 'invalid-id'],
    [`https://embed.spotify.com.evil.example/?uri=spotify:track:${TRACK}`, null, 'unknown-provider'],
  ],
});
