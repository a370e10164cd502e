import { describeProvider } from '../support/providers.js';

const ID = '76979871';
const HASH = '8272103f6e';
const PLAYER = `https://player.vimeo.com/video/${ID}`;
const EMBED = `${PLAYER}?dnt=1`;
const UNLISTED = `${PLAYER}?h=${HASH}&dnt=1`;

describeProvider('vimeo', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay; clipboard-write; encrypted-media; picture-in-picture',
    referrerPolicy: 'strict-origin-when-cross-origin',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox allow-forms',
    title: 'T',
    loading: 'lazy',
    party: { key: 'vimeo', name: 'Vimeo', company: 'Vimeo', kind: 'video', privacyPolicy: 'https://vimeo.com/privacy', origins: ['https://player.vimeo.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://vimeo.com/${ID}`, {}],
    [`https://www.vimeo.com/${ID}`, {}],
    [`https://vimeo.com/${ID}/`, {}],
    [`https://vimeo.com/${ID}?share=copy`, {}],
    [`https://VIMEO.COM/${ID}`, {}],
    [`https://vimeo.com/${ID}#t=90`, { src: `${EMBED}#t=90s` }],
    [`https://vimeo.com/${ID}#t=90s`, { src: `${EMBED}#t=90s` }],
    [`https://vimeo.com/${ID}#t=1m30s`, { src: `${EMBED}#t=90s` }],
    [`https://vimeo.com/${ID}#t=1h2m3s`, { src: `${EMBED}#t=3723s` }],
    [`https://vimeo.com/${ID}#t=nonsense`, {}],
    [`https://vimeo.com/${ID}#t=0`, {}],
    [`https://vimeo.com/${ID}/${HASH}`, { src: UNLISTED }],
    [`https://vimeo.com/${ID}/${HASH}?share=copy`, { src: UNLISTED }],
    [`https://vimeo.com/${ID}/${HASH}#t=45s`, { src: `${UNLISTED}#t=45s` }],
    [`https://vimeo.com/channels/staffpicks/${ID}`, {}],
    [`https://vimeo.com/groups/shortfilms/videos/${ID}`, {}],
    [`https://vimeo.com/showcase/9876543/video/${ID}`, {}],
    [`https://player.vimeo.com/video/${ID}`, {}],
    [`https://player.vimeo.com/video/${ID}?h=${HASH}`, { src: UNLISTED }],
    [`https://player.vimeo.com/video/${ID}?h=${HASH}&badge=0&autopause=0&player_id=0&app_id=58479`, { src: UNLISTED }],
    [`https://player.vimeo.com/video/${ID}?autoplay=1&loop=1#t=30s`, { src: `${EMBED}#t=30s` }],
    [`https://vimeo.com/${ID}`, 'vimeo', {}],
  ],
  invalid: [
    [`http://vimeo.com/${ID}`, null, 'invalid-src'],
    [`https://user:pass@vimeo.com/${ID}`, null, 'invalid-src'],
    [`https://vimeo.com:8443/${ID}`, null, 'invalid-src'],
    [`https://vimeo.com.evil.example/${ID}`, null, 'unknown-provider'],
    [`https://evilvimeo.com/${ID}`, null, 'unknown-provider'],
    [`https://www.youtube.com/watch?v=dQw4w9WgXcQ`, 'vimeo', 'wrong-host'],
    [`https://evil.example/${ID}`, 'vimeo', 'wrong-host'],
    ['https://vimeo.com/abc', null, 'invalid-id'],
    ['https://vimeo.com/1234567890123', null, 'invalid-id'],
    ['https://vimeo.com/', null, 'invalid-id'],
    [`https://vimeo.com/${ID}/not-a-hash`, null, 'invalid-id'],
    [`https://vimeo.com/${ID}/${HASH}/extra`, null, 'invalid-id'],
    [`https://vimeo.com/${ID}%2F..`, null, 'invalid-id'],
    [`https://vimeo.com/..%2F${ID}`, null, 'invalid-id'],
    [`https://player.vimeo.com/video/${ID}?h=%22%3E%3Cb`, null, 'invalid-id'],
    [`https://player.vimeo.com/video/${ID}/extra`, null, 'invalid-id'],
    [`https://player.vimeo.com/${ID}`, null, 'invalid-id'],
    [`https://vimeo.com/channels/bad%2Fname/${ID}`, null, 'invalid-id'],
    [`https://vimeo.com/groups/shortfilms/${ID}`, null, 'invalid-id'],
    ['https://vimeo.com/user12345', null, 'invalid-id'],
  ],
});
