import { describeProvider } from '../support/providers.js';

const BV = 'BV1so4y1m7U5';
const PLAYER = 'https://player.bilibili.com/player.html?isOutside=true';
const EMBED = `${PLAYER}&bvid=${BV}&autoplay=0`;

describeProvider('bilibili', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'bilibili', name: 'Bilibili', company: 'Bilibili', kind: 'video', origins: ['https://player.bilibili.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://www.bilibili.com/video/${BV}`, {}],
    [`https://www.bilibili.com/video/${BV}/`, {}],
    [`https://www.bilibili.com/video/${BV}/?spm_id_from=333.1007.tianma.1-1-1.click&vd_source=0123456789abcdef`, {}],
    [`https://m.bilibili.com/video/${BV}`, {}],
    [`https://bilibili.com/video/${BV}`, {}],
    [`https://WWW.BILIBILI.COM/video/bv1so4y1m7U5`, {}],
    // The part of a multi-part video, and a start time as Bilibili writes it, with decimals.
    ['https://www.bilibili.com/video/BV1ms411Q7vw/?p=4', { src: `${PLAYER}&bvid=BV1ms411Q7vw&p=4&autoplay=0` }],
    [`https://www.bilibili.com/video/${BV}?p=1`, {}],
    [`https://www.bilibili.com/video/${BV}?t=12.5`, { src: `${PLAYER}&bvid=${BV}&t=12&autoplay=0` }],
    [`https://www.bilibili.com/video/${BV}?p=x&t=soon`, {}],
    // The old av numbers, long ones too.
    ['https://www.bilibili.com/video/av8903802/', { src: `${PLAYER}&aid=8903802&autoplay=0` }],
    ['https://www.bilibili.com/video/av114868162141203', { src: `${PLAYER}&aid=114868162141203&autoplay=0` }],
    // Bilibili's embed code, new (`p`) and old (`page`), and the player with an aid only.
    [`https://player.bilibili.com/player.html?isOutside=true&aid=375588815&bvid=${BV}&cid=339262048&p=1`, {}],
    [`https://player.bilibili.com/player.html?aid=375588815&bvid=${BV}&cid=339262048&page=2`, { src: `${PLAYER}&bvid=${BV}&p=2&autoplay=0` }],
    [
      'https://player.bilibili.com/player.html?aid=92494333&cid=157926707&page=1&t=30&autoplay=1',
      { src: `${PLAYER}&aid=92494333&t=30&autoplay=0` },
    ],
    [`https://www.bilibili.com/video/${BV}`, 'bilibili', {}],
  ],
  invalid: [
    [`http://www.bilibili.com/video/${BV}`, null, 'invalid-src'],
    [`https://user:pass@www.bilibili.com/video/${BV}`, null, 'invalid-src'],
    [`https://www.bilibili.com:8443/video/${BV}`, null, 'invalid-src'],
    [`https://www.bilibili.com.evil.example/video/${BV}`, null, 'unknown-provider'],
    [`https://evilbilibili.com/video/${BV}`, null, 'unknown-provider'],
    // A Cyrillic і in the host name.
    [`https://www.b\u0456libili.com/video/${BV}`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'bilibili', 'wrong-host'],
    ['https://b23.tv/Ab1Cd2E', null, 'short-link'],
    ['https://b23.tv/BV1so4y1m7U5', 'bilibili', 'short-link'],
    // A BV id is BV1 and nine base-58 digits; an aid is a number.
    ['https://www.bilibili.com/video/BV1so4y1m7U', null, 'invalid-id'],
    ['https://www.bilibili.com/video/BV1so4y1m7U55', null, 'invalid-id'],
    ['https://www.bilibili.com/video/BV1so4y1m7I5', null, 'invalid-id'],
    ['https://www.bilibili.com/video/BV2so4y1m7U5', null, 'invalid-id'],
    ['https://www.bilibili.com/video/av89O3802', null, 'invalid-id'],
    [`https://www.bilibili.com/video/${BV}/extra`, null, 'invalid-id'],
    [`https://www.bilibili.com/video/..%2F${BV}`, null, 'invalid-id'],
    ['https://www.bilibili.com/bangumi/play/ep21495/', null, 'invalid-id'],
    ['https://space.bilibili.com/12345', null, 'unknown-provider'],
    [`https://player.bilibili.com/player.html?bvid=${BV}%22`, null, 'invalid-id'],
    [`https://player.bilibili.com/player.js?bvid=${BV}`, null, 'invalid-id'],
    ['https://player.bilibili.com/player.html', null, 'invalid-id'],
  ],
});
