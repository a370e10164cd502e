import { describeProvider } from '../support/providers.js';

const IMAGE = 'AsQ0K3P';
const ALBUM = '9UGCL';
const FRAME = `https://imgur.com/${IMAGE}/embed?pub=true`;
const ALBUM_FRAME = `https://imgur.com/a/${ALBUM}/embed?pub=true`;

describeProvider('imgur', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'imgur', name: 'Imgur', company: 'Imgur (MediaLab)', kind: 'image', origins: ['https://imgur.com'] },
    box: { height: 500 },
  },
  valid: [
    [`https://imgur.com/${IMAGE}`, {}],
    [`https://www.imgur.com/${IMAGE}/`, {}],
    [`https://m.imgur.com/${IMAGE}`, {}],
    [`https://IMGUR.COM/${IMAGE}`, {}],
    [`https://imgur.com/${IMAGE}/embed?pub=true&ref=https%3A%2F%2Fexample.org&w=540`, {}],
    [`https://i.imgur.com/${IMAGE}.jpg`, {}],
    [`https://i.imgur.com/${IMAGE}l.jpg`, {}],
    [`https://i.imgur.com/${IMAGE}.gifv`, {}],
    [`https://i.imgur.com/${IMAGE}.mp4`, {}],
    ['https://i.imgur.com/abcdeh.png', { src: 'https://imgur.com/abcde/embed?pub=true' }],
    [`https://imgur.com/a/${ALBUM}`, { src: ALBUM_FRAME }],
    [`https://imgur.com/a/funny-cat-pictures-${ALBUM}`, { src: ALBUM_FRAME }],
    [`https://imgur.com/gallery/${ALBUM}`, { src: ALBUM_FRAME }],
    [`https://imgur.com/gallery/when-the-cat-sees-a-cucumber-${ALBUM}`, { src: ALBUM_FRAME }],
    [`https://imgur.com/t/cats/when-the-cat-sees-a-cucumber-${ALBUM}`, { src: ALBUM_FRAME }],
    ['https://imgur.com/gallery/dogs-1xkq2hv', { src: 'https://imgur.com/a/1xkq2hv/embed?pub=true' }],
    [`https://imgur.com/a/${ALBUM}/embed?pub=true&context=false`, { src: ALBUM_FRAME }],
    [`https://imgur.com/${IMAGE}`, 'imgur', {}],
  ],
  invalid: [
    [`http://imgur.com/${IMAGE}`, null, 'invalid-src'],
    [`https://a:b@imgur.com/${IMAGE}`, null, 'invalid-src'],
    [`https://imgur.com:8443/${IMAGE}`, null, 'invalid-src'],
    [`https://imgur.com.evil.example/${IMAGE}`, null, 'unknown-provider'],
    [`https://evilimgur.com/${IMAGE}`, null, 'unknown-provider'],
    // A Cyrillic "і" in the host.
    [`https://\u0456mgur.com/${IMAGE}`, null, 'unknown-provider'],
    // Imgur's embed script is not a post.
    ['https://s.imgur.com/min/embed.js', null, 'unknown-provider'],
    [`https://giphy.com/a/${ALBUM}`, 'imgur', 'wrong-host'],
    [`https://imgur.com/${IMAGE}8X`, null, 'invalid-id'],
    ['https://imgur.com/abc', null, 'invalid-id'],
    ['https://imgur.com/a/9UG_L', null, 'invalid-id'],
    [`https://imgur.com/a/9UG%2FCL`, null, 'invalid-id'],
    [`https://imgur.com/a/..%2F${ALBUM}`, null, 'invalid-id'],
    [`https://imgur.com/a/${ALBUM}/extra`, null, 'invalid-id'],
    ['https://imgur.com/upload', null, 'invalid-id'],
    // Imgur's own pages are lowercase words; an id mixes cases and digits, and is 7 long or, on older posts, 5.
    ['https://imgur.com/random', null, 'invalid-id'],
    ['https://imgur.com/signup', null, 'invalid-id'],
    ['https://imgur.com/explore', null, 'invalid-id'],
    ['https://imgur.com/gallery/random', null, 'invalid-id'],
    ['https://imgur.com/t/funny/viral', null, 'invalid-id'],
    ['https://imgur.com/gallery/funny-catpics', null, 'invalid-id'],
    ['https://imgur.com/AsQ0K3', null, 'invalid-id'],
    ['https://imgur.com/gallery', null, 'invalid-id'],
    ['https://imgur.com/user/someone', null, 'invalid-id'],
    [`https://i.imgur.com/${IMAGE}`, null, 'invalid-id'],
    [`https://i.imgur.com/${IMAGE}.txt`, null, 'invalid-id'],
    ['https://i.imgur.com/abcdef.png', null, 'invalid-id'],
  ],
});
