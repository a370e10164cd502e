import { describeProvider } from '../support/providers.js';

const ID = '6718335390845095173';
const FRAME = `https://www.tiktok.com/player/v1/${ID}`;

describeProvider('tiktok', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'tiktok', name: 'TikTok', company: 'TikTok', kind: 'video', origins: ['https://www.tiktok.com'] },
    box: { ratio: '9 / 16' },
  },
  valid: [
    [`https://www.tiktok.com/@scout2015/video/${ID}`, {}],
    [`https://www.tiktok.com/@scout2015/video/${ID}/`, {}],
    [`https://www.tiktok.com/@scout2015/video/${ID}?is_from_webapp=1&sender_device=pc&web_id=7123`, {}],
    [`https://tiktok.com/@scout2015/video/${ID}?lang=en`, {}],
    [`https://m.tiktok.com/@scout2015/video/${ID}`, {}],
    [`https://www.tiktok.com/@user.name_1/video/${ID}`, {}],
    [`https://www.tiktok.com/embed/v2/${ID}`, {}],
    [`https://www.tiktok.com/embed/${ID}`, {}],
    [`https://www.tiktok.com/player/v1/${ID}?music_info=1&description=1`, {}],
    [`https://WWW.TIKTOK.COM/@scout2015/video/${ID}`, {}],
    [`https://www.tiktok.com/@scout2015/video/${ID}`, 'tiktok', {}],
  ],
  invalid: [
    [`http://www.tiktok.com/@scout2015/video/${ID}`, null, 'invalid-src'],
    [`https://a:b@www.tiktok.com/@scout2015/video/${ID}`, null, 'invalid-src'],
    [`https://www.tiktok.com:8443/@scout2015/video/${ID}`, null, 'invalid-src'],
    [`https://www.tiktok.com.evil.example/@scout2015/video/${ID}`, null, 'unknown-provider'],
    [`https://www.tiktokk.com/@scout2015/video/${ID}`, null, 'unknown-provider'],
    [`https://www.youtube.com/@scout2015/video/${ID}`, 'tiktok', 'wrong-host'],
    // Short links: only TikTok knows the video behind them.
    // Short links: only TikTok's redirect knows where they lead.
    ['https://vm.tiktok.com/ZMabcdef/', null, 'short-link'],
    ['https://vt.tiktok.com/ZSabcdef/', null, 'short-link'],
    ['https://www.tiktok.com/t/ZTabcdef/', null, 'short-link'],
    ['https://tiktok.com/t/ZTabcdef', null, 'short-link'],
    ['https://www.tiktok.com/tt/ZTabcdef', null, 'invalid-id'],
    ['https://www.tiktok.com/@t/ZTabcdef', null, 'invalid-id'],
    ['https://www.tiktok.com/@scout2015/video/abc', null, 'invalid-id'],
    ['https://www.tiktok.com/@scout2015/video/123', null, 'invalid-id'],
    ['https://www.tiktok.com/@scout2015/video/123456789012345678901', null, 'invalid-id'],
    [`https://www.tiktok.com/@scout2015/video/..%2F${ID}`, null, 'invalid-id'],
    [`https://www.tiktok.com/@scout%2F2015/video/${ID}`, null, 'invalid-id'],
    [`https://www.tiktok.com/@scout2015/video/${ID}/extra`, null, 'invalid-id'],
    [`https://www.tiktok.com/@scout2015/photo/${ID}`, null, 'invalid-id'],
    [`https://www.tiktok.com/scout2015/video/${ID}`, null, 'invalid-id'],
    ['https://www.tiktok.com/@scout2015', null, 'invalid-id'],
  ],
});
