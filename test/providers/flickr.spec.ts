import { describeProvider } from '../support/providers.js';

const USER = '8757881@N04';
const PHOTO = '2971804544';
const SET = '72157622811325971';
const PAGE = `https://www.flickr.com/photos/${USER}/${PHOTO}`;
const FRAME = `${PAGE}/player/`;
const ALBUM_FRAME = `https://www.flickr.com/photos/${USER}/albums/${SET}/player/`;

describeProvider('flickr', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'flickr', name: 'Flickr', company: 'Flickr (SmugMug)', kind: 'image', origins: ['https://www.flickr.com'] },
    box: { ratio: '4 / 3' },
  },
  valid: [
    [PAGE, {}],
    [`${PAGE}/`, {}],
    [`https://flickr.com/photos/${USER}/${PHOTO}/`, {}],
    [`https://WWW.FLICKR.COM/photos/${USER}/${PHOTO}/`, {}],
    [`${PAGE}/in/photostream/`, {}],
    [`${PAGE}/in/album-${SET}/`, {}],
    [`${PAGE}/in/explore-2015-04-29/`, {}],
    [`${PAGE}/lightbox/`, {}],
    [`${PAGE}/player/`, {}],
    [`${PAGE}/in/dateposted-public/player/`, {}],
    ['https://www.flickr.com/photos/mlleghoul/14782326131/', { src: 'https://www.flickr.com/photos/mlleghoul/14782326131/player/' }],
    // The photo's id in base 58.
    ['https://flic.kr/p/5wBgXo', { src: `https://www.flickr.com/photos/_/${PHOTO}/player/` }],
    [`https://www.flickr.com/photos/${USER}/albums/${SET}`, { src: ALBUM_FRAME }],
    [`https://www.flickr.com/photos/${USER}/albums/${SET}/with/${PHOTO}/`, { src: ALBUM_FRAME }],
    [`https://www.flickr.com/photos/${USER}/sets/${SET}/`, { src: ALBUM_FRAME }],
    [`https://www.flickr.com/photos/${USER}/albums/${SET}/player/`, { src: ALBUM_FRAME }],
    [PAGE, 'flickr', {}],
  ],
  invalid: [
    [`http://www.flickr.com/photos/${USER}/${PHOTO}/`, null, 'invalid-src'],
    [`https://a:b@www.flickr.com/photos/${USER}/${PHOTO}/`, null, 'invalid-src'],
    [`https://www.flickr.com:8443/photos/${USER}/${PHOTO}/`, null, 'invalid-src'],
    [`https://www.flickr.com.evil.example/photos/${USER}/${PHOTO}/`, null, 'unknown-provider'],
    [`https://evilflickr.com/photos/${USER}/${PHOTO}/`, null, 'unknown-provider'],
    // A Cyrillic "о" in the host.
    [`https://www.flickr.c\u043em/photos/${USER}/${PHOTO}/`, null, 'unknown-provider'],
    // Flickr's embed script, which the library does not run.
    ['https://embedr.flickr.com/assets/client-code.js', null, 'unknown-provider'],
    [`https://imgur.com/photos/${USER}/${PHOTO}/`, 'flickr', 'wrong-host'],
    // An album's short link names no owner, which its player needs.
    ['https://flic.kr/s/aHBqjBhq5Y', null, 'short-link'],
    ['https://flic.kr/p/0OIl', null, 'invalid-id'],
    ['https://flic.kr/ps/abc123', null, 'invalid-id'],
    [`https://www.flickr.com/photos/${USER}/`, null, 'invalid-id'],
    [`https://www.flickr.com/photos/${USER}/29718O4544/`, null, 'invalid-id'],
    [`https://www.flickr.com/photos/${USER}/${'1'.repeat(21)}/`, null, 'invalid-id'],
    [`https://www.flickr.com/photos/us%2Fer/${PHOTO}/`, null, 'invalid-id'],
    [`https://www.flickr.com/photos/..%2F${USER}/${PHOTO}/`, null, 'invalid-id'],
    [`https://www.flickr.com/photos/us:er/${PHOTO}/`, null, 'invalid-id'],
    [`${PAGE}/extra/`, null, 'invalid-id'],
    [`https://www.flickr.com/photos/${USER}/albums/${SET}/extra/`, null, 'invalid-id'],
    ['https://www.flickr.com/groups/somegroup/pool/', null, 'invalid-id'],
  ],
});
