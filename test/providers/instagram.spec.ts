import { describeProvider } from '../support/providers.js';

const CODE = 'CmQbVQUqBLj';
const FRAME = `https://www.instagram.com/p/${CODE}/embed/`;

describeProvider('instagram', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'strict-origin-when-cross-origin',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'instagram', name: 'Instagram', company: 'Meta', kind: 'post', origins: ['https://www.instagram.com'] },
    box: { height: 600 },
  },
  valid: [
    [`https://www.instagram.com/p/${CODE}/`, {}],
    [`https://www.instagram.com/p/${CODE}`, {}],
    [`https://instagram.com/p/${CODE}/?utm_source=ig_web_copy_link&igsh=MzRlODBiNWFlZA==`, {}],
    [`https://www.instagram.com/p/${CODE}/?img_index=2`, {}],
    [`https://m.instagram.com/p/${CODE}/`, {}],
    [`https://instagr.am/p/${CODE}/`, {}],
    [`https://www.instagram.com/reel/${CODE}/`, {}],
    [`https://www.instagram.com/reels/${CODE}/`, {}],
    [`https://www.instagram.com/tv/${CODE}/`, {}],
    [`https://www.instagram.com/natgeo/p/${CODE}/`, {}],
    [`https://www.instagram.com/nat.geo_1/reel/${CODE}/`, {}],
    [`https://www.instagram.com/p/${CODE}/embed/`, {}],
    [`https://www.instagram.com/p/${CODE}/embed/captioned/?cr=1&v=14`, { src: `${FRAME}captioned/` }],
    [`https://WWW.INSTAGRAM.COM/p/${CODE}/`, {}],
    ['https://www.instagram.com/p/B_ab-12/', { src: 'https://www.instagram.com/p/B_ab-12/embed/' }],
    // Shortcodes of 2010 are a few characters long.
    ['https://www.instagram.com/p/fBwFP/', { src: 'https://www.instagram.com/p/fBwFP/embed/' }],
    [`https://www.instagram.com/p/${CODE}/`, 'instagram', {}],
  ],
  invalid: [
    [`http://www.instagram.com/p/${CODE}/`, null, 'invalid-src'],
    [`https://me:pw@www.instagram.com/p/${CODE}/`, null, 'invalid-src'],
    [`https://www.instagram.com:444/p/${CODE}/`, null, 'invalid-src'],
    [`https://www.instagram.com.evil.example/p/${CODE}/`, null, 'unknown-provider'],
    [`https://instagram.co/p/${CODE}/`, null, 'unknown-provider'],
    [`https://x.com/p/${CODE}/`, 'instagram', 'wrong-host'],
    ['https://www.instagram.com/p/a.b/', null, 'invalid-id'],
    ['https://www.instagram.com/p//', null, 'invalid-id'],
    [`https://www.instagram.com/p/${'a'.repeat(65)}/`, null, 'invalid-id'],
    [`https://www.instagram.com/p/${CODE}%2F/`, null, 'invalid-id'],
    [`https://www.instagram.com/p/..%2F${CODE}/`, null, 'invalid-id'],
    [`https://www.instagram.com/p/${CODE}/extra/`, null, 'invalid-id'],
    [`https://www.instagram.com/p/${CODE}/embed/other/`, null, 'invalid-id'],
    [`https://www.instagram.com/a/b/p/${CODE}/`, null, 'invalid-id'],
    ['https://www.instagram.com/natgeo/', null, 'invalid-id'],
    [`https://www.instagram.com/stories/natgeo/${CODE}/`, null, 'invalid-id'],
    [`https://www.instagram.com/p/${CODE}!/`, null, 'invalid-id'],
  ],
});
