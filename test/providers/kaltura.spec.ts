import { describeProvider } from '../support/providers.js';

const ENTRY = '1_5ykpcgpl';
const V7 = `https://cdnapisec.kaltura.com/p/2503781/embedPlaykitJs/uiconf_id/44850601?iframeembed=true&entry_id=${ENTRY}`;
const V2 = 'https://cdnapisec.kaltura.com/p/2968292/sp/296829200/embedIframeJs/uiconf_id/46147462/partner_id/2968292?iframeembed=true&entry_id=0_l7g2xtsz';

describeProvider('kaltura', {
  defaults: {
    tag: 'iframe',
    src: V7,
    allow: 'autoplay; encrypted-media',
    referrerPolicy: 'strict-origin-when-cross-origin',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'kaltura', name: 'Kaltura', company: 'Kaltura', kind: 'video', origins: ['https://cdnapisec.kaltura.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [V7, {}],
    [`https://cdnapisec.kaltura.com/p/2503781/embedPlaykitJs/uiconf_id/44850601?entry_id=${ENTRY}&iframeembed=true&playerId=kaltura_player`, {}],
    [`https://cdnapisec.kaltura.com/p/2503781/embedPlaykitJs/uiconf_id/44850601/partner_id/2503781?iframeembed=true&entry_id=${ENTRY}`, {}],
    [`https://cdnapi.kaltura.com/p/2503781/embedPlaykitJs/uiconf_id/44850601?iframeembed=true&entry_id=${ENTRY}`, {}],
    [V2, { src: V2 }],
    [
      'https://cdnapisec.kaltura.com/p/2968292/sp/296829200/embedIframeJs/uiconf_id/46147462/partner_id/2968292?iframeembed=true&playerId=kaltura_player_1596463167&entry_id=0_l7g2xtsz&flashvars[streamerType]=auto',
      { src: V2 },
    ],
    ['https://www.kaltura.com/p/2968292/sp/296829200/embedIframeJs/uiconf_id/46147462?iframeembed=true&entry_id=0_l7g2xtsz', { src: V2 }],
    [`https://CDNAPISEC.KALTURA.COM/p/2503781/embedPlaykitJs/uiconf_id/44850601?iframeembed=true&entry_id=${ENTRY}`, {}],
    [V7, 'kaltura', {}],
  ],
  invalid: [
    [V7.replace('https:', 'http:'), null, 'invalid-src'],
    [V7.replace('https://', 'https://user:pass@'), null, 'invalid-src'],
    [V7.replace('kaltura.com', 'kaltura.com:8443'), null, 'invalid-src'],
    [V7.replace('kaltura.com', 'kaltura.com.evil.example'), null, 'unknown-provider'],
    [V7.replace('cdnapisec.kaltura.com', 'evilkaltura.com'), null, 'unknown-provider'],
    // A Cyrillic а in the host.
    [V7.replace('kaltura.com', 'kаltura.com'), null, 'unknown-provider'],
    ['https://vimeo.com/76979871', 'kaltura', 'wrong-host'],
    // Short links: only Kaltura's redirect knows where they lead.
    ['https://www.kaltura.com/tiny/p8a9z', null, 'short-link'],
    // MediaSpace pages hosted by Kaltura: the entry, but not the player.
    ['https://videos.kaltura.com/media/1_Kaltura+Video+Tips+-+Preparation/1_p59fv7ur', null, 'page-link'],
    ['https://school.mediaspace.kaltura.com/media/t/1_p59fv7ur', null, 'page-link'],
    ['https://school.mediaspace.kaltura.com/id/1_p59fv7ur', null, 'page-link'],
    ['https://corp.kaltura.com/products/video-platform/', null, 'invalid-id'],
    [V7.replace(ENTRY, '1_5ykpcgp'), null, 'invalid-id'],
    [V7.replace(ENTRY, '1_5YKPCGPL'), null, 'invalid-id'],
    [V7.replace(ENTRY, '1_5ykpcgpl%2F..'), null, 'invalid-id'],
    // The player alone, without an entry: only the embed code's link says what it plays.
    ['https://cdnapisec.kaltura.com/p/2503781/embedPlaykitJs/uiconf_id/44850601?iframeembed=true', null, 'page-link'],
    ['https://cdnapisec.kaltura.com/p/2503781/embedPlaykitJs/uiconf_id/44850601', null, 'page-link'],
    [V7.replace(ENTRY, ''), null, 'invalid-id'],
    [V7.replace('44850601', '4485x601'), null, 'invalid-id'],
    [V7.replace('/p/2503781/', '/p/..%2F2503781/'), null, 'invalid-id'],
    [V7.replace('44850601', '44850601/partner_id/999'), null, 'invalid-id'],
    [V7.replace('44850601', '44850601/extra'), null, 'invalid-id'],
    // The KMC's share link: which player the uiconf is for, only the embed code says.
    ['https://www.kaltura.com/index.php/extwidget/preview/partner_id/1770401/uiconf_id/37307382/entry_id/0_58u8kme7/embed/iframe', null, 'page-link'],
    ['https://cdnapisec.kaltura.com/index.php/kwidget/wid/_557781/uiconf_id/22845202/entry_id/1_plr1syf3', null, 'invalid-id'],
    ['https://cdnapisec.kaltura.com/p/2968292/sp/296829200/embedIframeJs/uiconf_id/46147462/partner_id/2968292?iframeembed=true', null, 'page-link'],
    // A malformed player stays malformed, entry or not.
    ['https://cdnapisec.kaltura.com/p/2968292/sp/296829200/embedIframeJs/uiconf_id/46147462/partner_id/999?iframeembed=true', null, 'invalid-id'],
  ],
});
