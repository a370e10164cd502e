import { describeProvider } from '../support/providers.js';

const ID = 'FsjDdnIRcroIM';
const FRAME = `https://giphy.com/embed/${ID}`;
const CLIP = 'h48wFAB9JpSTSiXwHw';

describeProvider('giphy', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'giphy', name: 'GIPHY', company: 'GIPHY (Shutterstock)', kind: 'image', origins: ['https://giphy.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://giphy.com/gifs/cheezburger-sloth-yawn-${ID}`, {}],
    [`https://giphy.com/gifs/${ID}`, {}],
    ['https://giphy.com/gifs/happy-birthday-l4KibWpBGWchSqCRy', { src: 'https://giphy.com/embed/l4KibWpBGWchSqCRy' }],
    [`https://www.giphy.com/gifs/cheezburger-sloth-yawn-${ID}/`, {}],
    [`https://giphy.com/gifs/OnceInHollywood-leonardo-dicaprio-${ID}`, {}],
    [`https://giphy.com/gifs/cartoon-halloween-ghost-${ID}/fullscreen`, {}],
    [`https://giphy.com/stickers/transparent-cat-${ID}`, {}],
    [`https://giphy.com/embed/${ID}`, {}],
    [`https://GIPHY.COM/gifs/${ID}`, {}],
    [`https://giphy.com/clips/studiosoriginals-love-reaction-${CLIP}`, { src: `https://giphy.com/embed/${CLIP}/video` }],
    ['https://giphy.com/videos/quinnxcii-coffee-VG8PNQDwsfOzU4mQAL', { src: 'https://giphy.com/embed/VG8PNQDwsfOzU4mQAL/video' }],
    [`https://giphy.com/embed/${CLIP}/video`, { src: `https://giphy.com/embed/${CLIP}/video` }],
    [`https://media.giphy.com/media/${ID}/giphy.gif`, {}],
    [`https://media2.giphy.com/media/${ID}/giphy.gif?cid=efa1862exnke7e3i&rid=giphy.gif`, {}],
    [`https://media1.giphy.com/media/v1.Y2lkPTc5MGI3NjEx/${ID}/giphy.webp`, {}],
    [`https://i.giphy.com/${ID}.webp`, {}],
    [`https://i.giphy.com/media/${ID}/200w.webp`, {}],
    [`https://giphy.com/media/${ID}/source.gif`, {}],
    [`https://giphy.com/gifs/${ID}`, 'giphy', {}],
  ],
  invalid: [
    [`http://giphy.com/gifs/${ID}`, null, 'invalid-src'],
    [`https://a:b@giphy.com/gifs/${ID}`, null, 'invalid-src'],
    [`https://giphy.com:8443/gifs/${ID}`, null, 'invalid-src'],
    [`https://giphy.com.evil.example/gifs/${ID}`, null, 'unknown-provider'],
    [`https://evilgiphy.com/gifs/${ID}`, null, 'unknown-provider'],
    // A Cyrillic "р" in the host.
    [`https://gi\u0440hy.com/gifs/${ID}`, null, 'unknown-provider'],
    [`https://imgur.com/gifs/${ID}`, 'giphy', 'wrong-host'],
    // Short links: only GIPHY knows the GIF behind them.
    ['https://gph.is/g/E0v7wbp', null, 'short-link'],
    ['https://gph.is/1BiCGRS', null, 'short-link'],
    [`https://giphy.com/embed/${'a'.repeat(33)}`, null, 'invalid-id'],
    ['https://giphy.com/embed/Fsj_DdnIRcroIM', null, 'invalid-id'],
    ['https://giphy.com/embed/abc', null, 'invalid-id'],
    // Title words without an id: none of them is one.
    ['https://giphy.com/gifs/happy-birthday', null, 'invalid-id'],
    ['https://giphy.com/clips/funny-animals', null, 'invalid-id'],
    ['https://giphy.com/embed/abcdefghi', null, 'invalid-id'],
    ['https://media.giphy.com/media/abcdefghi/giphy.gif', null, 'invalid-id'],
    ['https://i.giphy.com/abcdefghi.gif', null, 'invalid-id'],
    [`https://giphy.com/embed/Fsj%2F${ID}`, null, 'invalid-id'],
    [`https://giphy.com/gifs/..%2F${ID}`, null, 'invalid-id'],
    [`https://giphy.com/gifs/sloth-${ID}/extra`, null, 'invalid-id'],
    [`https://giphy.com/embed/${ID}/extra`, null, 'invalid-id'],
    [`https://media.giphy.com/media/${ID}/giphy.txt`, null, 'invalid-id'],
    ['https://giphy.com/explore/cats', null, 'invalid-id'],
    ['https://developers.giphy.com/docs/api/', null, 'invalid-id'],
  ],
});
