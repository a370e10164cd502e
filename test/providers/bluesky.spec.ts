import { describeProvider } from '../support/providers.js';

const DID = 'did:plc:z72i7hdynmk6r22z27h6tvur';
const RKEY = '3l6oveex3ii2l';
const FRAME = `https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?id=${RKEY}`;

describeProvider('bluesky', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'bluesky', name: 'Bluesky', company: 'Bluesky Social', kind: 'post', origins: ['https://embed.bsky.app'] },
    box: { height: 600 },
  },
  valid: [
    [`https://bsky.app/profile/${DID}/post/${RKEY}`, {}],
    [`https://bsky.app/profile/${DID}/post/${RKEY}/`, {}],
    [`https://bsky.app/profile/${DID}/post/${RKEY}?ref_src=embed`, {}],
    [`https://BSKY.APP/profile/${DID}/post/${RKEY}`, {}],
    [
      `https://bsky.app/profile/did:web:example.com/post/${RKEY}`,
      { src: `https://embed.bsky.app/embed/did:web:example.com/app.bsky.feed.post/${RKEY}?id=${RKEY}` },
    ],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}`, {}],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?id=123&ref_url=https%253A%252F%252Fexample.org`, {}],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?colorMode=dark`, { src: `${FRAME}&colorMode=dark` }],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.post/${RKEY}?colorMode=purple`, {}],
    [`https://bsky.app/profile/${DID}/post/${RKEY}`, 'bluesky', {}],
  ],
  invalid: [
    [`http://bsky.app/profile/${DID}/post/${RKEY}`, null, 'invalid-src'],
    [`https://u:p@bsky.app/profile/${DID}/post/${RKEY}`, null, 'invalid-src'],
    [`https://bsky.app:444/profile/${DID}/post/${RKEY}`, null, 'invalid-src'],
    [`https://bsky.app.evil.example/profile/${DID}/post/${RKEY}`, null, 'unknown-provider'],
    [`https://x.com/profile/${DID}/post/${RKEY}`, 'bluesky', 'wrong-host'],
    // A handle: the embed server takes only a DID, and finding one is a network look-up.
    [`https://bsky.app/profile/bsky.app/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/jay.bsky.team/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/did:plc:short/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/did%3Aplc%3Az72i7hdynmk6r22z27h6tvur/post/${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/3l6oveex3ii2`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/3L6OVEEX3II2L`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/${RKEY}x`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/..%2F${RKEY}`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/post/${RKEY}/extra`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}`, null, 'invalid-id'],
    [`https://bsky.app/profile/${DID}/lists/${RKEY}`, null, 'invalid-id'],
    [`https://embed.bsky.app/embed/${DID}/app.bsky.feed.like/${RKEY}`, null, 'invalid-id'],
  ],
});
