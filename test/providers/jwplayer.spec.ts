import { describeProvider } from '../support/providers.js';

const MEDIA = 'nPripu9l';
const PLAYER = 'ALJ3XQCI';
const FRAME = `https://cdn.jwplayer.com/players/${MEDIA}-${PLAYER}.html`;

describeProvider('jwplayer', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'jwplayer', name: 'JW Player', company: 'JW Player', kind: 'video', origins: ['https://cdn.jwplayer.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [FRAME, {}],
    [`${FRAME}?mute=true`, {}],
    [`https://cdn.jwplayer.com/players/${MEDIA}-${PLAYER}.js`, {}],
    [`https://content.jwplatform.com/players/${MEDIA}-${PLAYER}.html`, {}],
    [`https://content.jwplatform.com/players/${MEDIA}-${PLAYER}.js`, {}],
    [`https://cdn.jwplayer.com/previews/${MEDIA}-${PLAYER}`, {}],
    [`https://content.jwplatform.com/previews/${MEDIA}-${PLAYER}`, {}],
    // A playlist id takes the media's place.
    ['https://cdn.jwplayer.com/players/6ZBuVtMl-hyiwVmuN.html', { src: 'https://cdn.jwplayer.com/players/6ZBuVtMl-hyiwVmuN.html' }],
    [`https://CDN.JWPLAYER.COM/players/${MEDIA}-${PLAYER}.html`, {}],
    [FRAME, 'jwplayer', {}],
  ],
  invalid: [
    [`http://cdn.jwplayer.com/players/${MEDIA}-${PLAYER}.html`, null, 'invalid-src'],
    [`https://user:pass@cdn.jwplayer.com/players/${MEDIA}-${PLAYER}.html`, null, 'invalid-src'],
    [`https://cdn.jwplayer.com:8443/players/${MEDIA}-${PLAYER}.html`, null, 'invalid-src'],
    [`https://cdn.jwplayer.com.evil.example/players/${MEDIA}-${PLAYER}.html`, null, 'unknown-provider'],
    [`https://evilcdn.jwplayer.com/players/${MEDIA}-${PLAYER}.html`, null, 'unknown-provider'],
    [`https://jwplayer.com/players/${MEDIA}-${PLAYER}.html`, null, 'unknown-provider'],
    // A Cyrillic р in the host.
    [`https://cdn.jwрlayer.com/players/${MEDIA}-${PLAYER}.html`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'jwplayer', 'wrong-host'],
    // The media alone: only the account knows its player.
    [`https://cdn.jwplayer.com/previews/${MEDIA}`, null, 'page-link'],
    [`https://content.jwplatform.com/previews/${MEDIA}`, null, 'page-link'],
    [`https://cdn.jwplayer.com/players/${MEDIA}.js`, null, 'page-link'],
    [`https://cdn.jwplayer.com/players/nPripu9-${PLAYER}.html`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/players/${MEDIA}-ALJ3XQCIx.html`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/players/nPri_u9l-${PLAYER}.html`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/players/..%2F${MEDIA}-${PLAYER}.html`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/players/${MEDIA}-${PLAYER}-x.html`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/players/extra/${MEDIA}-${PLAYER}.html`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/players/${MEDIA}-${PLAYER}`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/v2/media/${MEDIA}`, null, 'invalid-id'],
    [`https://cdn.jwplayer.com/manifests/${MEDIA}.m3u8`, null, 'invalid-id'],
  ],
});
