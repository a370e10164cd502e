import { describeProvider } from '../support/providers.js';

const PLAYER = 'https://players.brightcove.net/624246174001/BJXA5Px6f_default/index.html';
const VIDEO = '5809251338001';

describeProvider('brightcove', {
  defaults: {
    tag: 'iframe',
    src: `${PLAYER}?videoId=${VIDEO}`,
    allow: 'autoplay; encrypted-media',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'brightcove', name: 'Brightcove', company: 'Brightcove', kind: 'video', origins: ['https://players.brightcove.net'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`${PLAYER}?videoId=${VIDEO}`, {}],
    [`${PLAYER}?videoId=${VIDEO}&autoplay=true&utm_source=x`, {}],
    [
      'https://players.brightcove.net/1160438696001/default_default/index.html?videoId=4587535845001',
      { src: 'https://players.brightcove.net/1160438696001/default_default/index.html?videoId=4587535845001' },
    ],
    // A child player names its parent where `default` stands.
    [
      `https://players.brightcove.net/624246174001/rJgRsdCUPf_BJXA5Px6f/index.html?videoId=${VIDEO}`,
      { src: `https://players.brightcove.net/624246174001/rJgRsdCUPf_BJXA5Px6f/index.html?videoId=${VIDEO}` },
    ],
    // A player id with `_` in it: the embed is what follows the last one.
    [
      `https://players.brightcove.net/624246174001/rk_xT6dVe_default/index.html?videoId=${VIDEO}`,
      { src: `https://players.brightcove.net/624246174001/rk_xT6dVe_default/index.html?videoId=${VIDEO}` },
    ],
    [
      `https://players.brightcove.net/624246174001/rk_xT6dVe_BJXA5Px6f/index.html?videoId=${VIDEO}`,
      { src: `https://players.brightcove.net/624246174001/rk_xT6dVe_BJXA5Px6f/index.html?videoId=${VIDEO}` },
    ],
    // Older players have GUIDs.
    [
      `https://players.brightcove.net/906043040001/180a5658-8be8-4f33-8eba-d562ab41b40c_default/index.html?videoId=${VIDEO}`,
      { src: `https://players.brightcove.net/906043040001/180a5658-8be8-4f33-8eba-d562ab41b40c_default/index.html?videoId=${VIDEO}` },
    ],
    [`${PLAYER}?videoId=ref:launch-2024_v2`, { src: `${PLAYER}?videoId=ref:launch-2024_v2` }],
    [`${PLAYER}?videoId=ref%3Alaunch-2024_v2`, { src: `${PLAYER}?videoId=ref:launch-2024_v2` }],
    [`${PLAYER}?playlistId=1754200320001`, { src: `${PLAYER}?playlistId=1754200320001` }],
    [`${PLAYER}?playlistId=1754200320001&playlistVideoId=${VIDEO}`, { src: `${PLAYER}?playlistId=1754200320001&playlistVideoId=${VIDEO}` }],
    // Both named: the playlist plays.
    [`${PLAYER}?videoId=${VIDEO}&playlistId=1754200320001`, { src: `${PLAYER}?playlistId=1754200320001` }],
    [`https://PLAYERS.BRIGHTCOVE.NET/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, {}],
    [`${PLAYER}?videoId=${VIDEO}`, 'brightcove', {}],
  ],
  invalid: [
    [`http://players.brightcove.net/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'invalid-src'],
    [`https://user:pass@players.brightcove.net/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'invalid-src'],
    [`https://players.brightcove.net:8443/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'invalid-src'],
    [`https://players.brightcove.net.evil.example/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'unknown-provider'],
    [`https://evilplayers.brightcove.net/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'unknown-provider'],
    [`https://evilbrightcove.net/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'unknown-provider'],
    // A Cyrillic о in the host.
    [`https://players.brightcоve.net/624246174001/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'brightcove', 'wrong-host'],
    // Short links: only Brightcove's redirect knows where they lead.
    ['https://bcove.video/3abcDEF', null, 'short-link'],
    // The player without what it plays: the script of the advanced embed code, or the player's page alone.
    ['https://players.brightcove.net/624246174001/BJXA5Px6f_default/index.min.js', null, 'page-link'],
    [PLAYER, null, 'page-link'],
    [`${PLAYER}?videoId=abc`, null, 'invalid-id'],
    [`${PLAYER}?videoId=123456789012345678901`, null, 'invalid-id'],
    [`${PLAYER}?videoId=ref:a/b`, null, 'invalid-id'],
    [`${PLAYER}?videoId=ref:..%2F`, null, 'invalid-id'],
    [`${PLAYER}?videoId=${VIDEO}&playlistId=x`, null, 'invalid-id'],
    [`https://players.brightcove.net/6242x/BJXA5Px6f_default/index.html?videoId=${VIDEO}`, null, 'invalid-id'],
    [`https://players.brightcove.net/624246174001/BJXA5Px6f/index.html?videoId=${VIDEO}`, null, 'invalid-id'],
    [`https://players.brightcove.net/624246174001/_default/index.html?videoId=${VIDEO}`, null, 'invalid-id'],
    [`https://players.brightcove.net/624246174001/BJ%2FXA_default/index.html?videoId=${VIDEO}`, null, 'invalid-id'],
    [`https://players.brightcove.net/624246174001/BJXA5Px6f_default/extra/index.html?videoId=${VIDEO}`, null, 'invalid-id'],
    [`https://players.brightcove.net/624246174001/BJXA5Px6f_default/index.js?videoId=${VIDEO}`, null, 'invalid-id'],
  ],
});
