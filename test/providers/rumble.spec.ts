import { describeProvider } from '../support/providers.js';

const ID = 'v6uz6v';
const EMBED = `https://rumble.com/embed/${ID}/`;

describeProvider('rumble', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay',
    referrerPolicy: 'strict-origin-when-cross-origin',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'rumble', name: 'Rumble', company: 'Rumble', kind: 'video', origins: ['https://rumble.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [EMBED, {}],
    [`https://rumble.com/embed/${ID}`, {}],
    [`https://RUMBLE.COM/embed/${ID}/`, {}],
    // Rumble's embed code names the embedding publisher; rel and autoplay are the page's own choices.
    [`https://rumble.com/embed/${ID}/?pub=4`, { src: `${EMBED}?pub=4` }],
    [`https://rumble.com/embed/v17j3tt/?pub=3fid3f`, { src: 'https://rumble.com/embed/v17j3tt/?pub=3fid3f' }],
    [`https://rumble.com/embed/${ID}/?pub=7&rel=5&autoplay=2`, { src: `${EMBED}?pub=7` }],
    [`https://rumble.com/embed/${ID}/?pub=4&start=90`, { src: `${EMBED}?pub=4&start=90` }],
    [`https://rumble.com/embed/${ID}/?start=soon`, {}],
    // Start times as the other video sites write them, read as every provider reads them.
    [`https://rumble.com/embed/${ID}/?start=1m30s`, { src: `${EMBED}?start=90` }],
    [`https://rumble.com/embed/${ID}/?start=90s`, { src: `${EMBED}?start=90` }],
    [`https://rumble.com/embed/v3myz7t/?pub=7dth1`, { src: 'https://rumble.com/embed/v3myz7t/?pub=7dth1' }],
    [EMBED, 'rumble', {}],
  ],
  invalid: [
    [`http://rumble.com/embed/${ID}/`, null, 'invalid-src'],
    [`https://user:pass@rumble.com/embed/${ID}/`, null, 'invalid-src'],
    [`https://rumble.com:8443/embed/${ID}/`, null, 'invalid-src'],
    [`https://rumble.com.evil.example/embed/${ID}/`, null, 'unknown-provider'],
    [`https://evilrumble.com/embed/${ID}/`, null, 'unknown-provider'],
    // Rumble's links have no www.
    [`https://www.rumble.com/embed/${ID}/`, null, 'unknown-provider'],
    // A Cyrillic е in the host name.
    [`https://rumbl\u0435.com/embed/${ID}/`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'rumble', 'wrong-host'],
    // A video page's id is not its embed id (page v3pkd5e plays embed v3myz7t): only Rumble knows the other.
    ['https://rumble.com/v3pkd5e-a-real-cear-that-cant-be-called-a-cear.html', null, 'page-link'],
    ['https://rumble.com/v5ry3zq-liz-gunn-lawfare-case-appeal.html?e9s=src_v1_ucp', null, 'page-link'],
    ['https://rumble.com/vDMUM1?key=value', null, 'page-link'],
    ['https://rumble.com/videos?page=2', null, 'invalid-id'],
    ['https://rumble.com/c/WMAR', null, 'invalid-id'],
    ['https://rumble.com/embed/', null, 'invalid-id'],
    ['https://rumble.com/embed/6uz6v/', null, 'invalid-id'],
    ['https://rumble.com/embed/V6UZ6V/', null, 'invalid-id'],
    ['https://rumble.com/embed/v12345678901/', null, 'invalid-id'],
    // The publisher-prefixed path yt-dlp still reads is not one Rumble's embed code gives now.
    ['https://rumble.com/embed/ufe9n.v5pv5f', null, 'invalid-id'],
    [`https://rumble.com/embed/${ID}/extra`, null, 'invalid-id'],
    [`https://rumble.com/embed/..%2F${ID}/`, null, 'invalid-id'],
    [`https://rumble.com/embed/${ID}/?pub=4%22`, null, 'invalid-id'],
    [`https://rumble.com/embed/${ID}/?pub=${'a'.repeat(13)}`, null, 'invalid-id'],
  ],
});
