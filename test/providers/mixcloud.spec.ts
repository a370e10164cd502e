import { describeProvider } from '../support/providers.js';

const WIDGET = 'https://player-widget.mixcloud.com/widget/iframe/';
const EMBED = `${WIDGET}?hide_cover=1&feed=%2Fspartacus%2Fparty-time%2F`;

describeProvider('mixcloud', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: 'autoplay; encrypted-media',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'mixcloud', name: 'Mixcloud', company: 'Mixcloud', kind: 'audio', origins: ['https://player-widget.mixcloud.com'] },
    box: { height: 120 },
  },
  valid: [
    ['https://www.mixcloud.com/spartacus/party-time/', {}],
    ['https://www.mixcloud.com/spartacus/party-time', {}],
    ['https://mixcloud.com/spartacus/party-time/?utm_source=widget&utm_medium=web', {}],
    ['https://m.mixcloud.com/spartacus/party-time/', {}],
    ['https://WWW.MIXCLOUD.COM/spartacus/party-time/', {}],
    ['https://www.mixcloud.com/spartacus/party-time/', 'mixcloud', {}],
    [
      'https://www.mixcloud.com/OliverHeldens/oliver-heldens-heldeep-radio-349/',
      { src: `${WIDGET}?hide_cover=1&feed=%2FOliverHeldens%2Foliver-heldens-heldeep-radio-349%2F` },
    ],
    // Mixcloud's embed code, on the widget host and on the old one that now redirects there.
    [`${WIDGET}?hide_cover=1&feed=%2Fspartacus%2Fparty-time%2F`, {}],
    ['https://player-widget.mixcloud.com/widget/iframe/?feed=%2Fspartacus%2Fparty-time%2F&mini=1&autoplay=1', {}],
    [
      'https://www.mixcloud.com/widget/iframe/?feed=https%3A%2F%2Fwww.mixcloud.com%2Fspartacus%2Fparty-time%2F&hide_cover=1&light=1',
      { src: `${WIDGET}?hide_cover=1&light=1&feed=%2Fspartacus%2Fparty-time%2F` },
    ],
    ['https://www.mixcloud.com/widget/iframe/?hide_cover=1&feed=https://www.mixcloud.com/spartacus/party-time', {}],
    // Names in other scripts, percent-encoded in the link, in the widget's feed and in a feed that is a whole address.
    ['https://www.mixcloud.com/user/caf%C3%A9-show/', { src: `${WIDGET}?hide_cover=1&feed=%2Fuser%2Fcaf%C3%A9-show%2F` }],
    [
      'https://www.mixcloud.com/%E6%9D%B1%E4%BA%AC/%D0%BC%D0%B8%D0%BA%D1%81-1/',
      { src: `${WIDGET}?hide_cover=1&feed=%2F%E6%9D%B1%E4%BA%AC%2F%D0%BC%D0%B8%D0%BA%D1%81-1%2F` },
    ],
    [`${WIDGET}?hide_cover=1&feed=%2Fuser%2Fcaf%C3%A9-show%2F`, { src: `${WIDGET}?hide_cover=1&feed=%2Fuser%2Fcaf%C3%A9-show%2F` }],
    [
      `${WIDGET}?feed=https%3A%2F%2Fwww.mixcloud.com%2Fuser%2Fcaf%25C3%25A9-show%2F`,
      { src: `${WIDGET}?hide_cover=1&feed=%2Fuser%2Fcaf%C3%A9-show%2F` },
    ],
  ],
  invalid: [
    ['http://www.mixcloud.com/spartacus/party-time/', null, 'invalid-src'],
    ['https://a:b@www.mixcloud.com/spartacus/party-time/', null, 'invalid-src'],
    ['https://www.mixcloud.com:8443/spartacus/party-time/', null, 'invalid-src'],
    ['https://www.mixcloud.com.evil.example/spartacus/party-time/', null, 'unknown-provider'],
    ['https://www.mixcloud.com/spartacus/party-time/', 'soundcloud', 'wrong-host'],
    ['https://soundcloud.com/forss/flickermood', 'mixcloud', 'wrong-host'],
    // Profiles, their tabs and Mixcloud's own pages are not shows.
    ['https://www.mixcloud.com/spartacus/', null, 'invalid-id'],
    ['https://www.mixcloud.com/spartacus/favorites/', null, 'invalid-id'],
    ['https://www.mixcloud.com/discover/house/', null, 'invalid-id'],
    ['https://www.mixcloud.com/live/spartacus/', null, 'invalid-id'],
    // Bad names, over-long ones, encoded slashes, extra segments.
    ['https://www.mixcloud.com/spartacus/party.time/', null, 'invalid-id'],
    [`https://www.mixcloud.com/spartacus/${'a'.repeat(201)}/`, null, 'invalid-id'],
    ['https://www.mixcloud.com/spartacus/party%2Ftime/', null, 'invalid-id'],
    ['https://www.mixcloud.com/spartacus/party-time/extra/', null, 'invalid-id'],
    // Encoded names that decode to something other than letters: quotes, slashes, dots, spaces, broken bytes.
    ['https://www.mixcloud.com/user/caf%22-show/', null, 'invalid-id'],
    ['https://www.mixcloud.com/user/caf%C3%A9%2Fshow/', null, 'invalid-id'],
    ['https://www.mixcloud.com/user/%2E%2E/', null, 'invalid-id'],
    ['https://www.mixcloud.com/user/caf%C3%A9%20show/', null, 'invalid-id'],
    ['https://www.mixcloud.com/user/caf%C3-show/', null, 'invalid-id'],
    ['https://www.mixcloud.com/user/caf%E2%80%8Eshow/', null, 'invalid-id'],
    ['https://www.mixcloud.com/%64iscover/house/', null, 'invalid-id'],
    [`${WIDGET}?feed=%2Fuser%2Fcaf%252Fshow%2F`, null, 'invalid-id'],
    [`${WIDGET}?feed=%2Fuser%2Fcaf%22show%2F`, null, 'invalid-id'],
    // Widget URLs naming something else.
    [`${WIDGET}?feed=https%3A%2F%2Fevil.example%2Fspartacus%2Fparty-time%2F`, null, 'invalid-id'],
    [`${WIDGET}?feed=%2Fspartacus%2F`, null, 'invalid-id'],
    [`${WIDGET}?feed=%2Fspartacus%2Fparty-time%2F..%2F..%2Fx%2F`, null, 'invalid-id'],
    [`${WIDGET}?feed=javascript:alert(1)`, null, 'invalid-id'],
    [WIDGET, null, 'invalid-id'],
    ['https://player-widget.mixcloud.com/other/?feed=%2Fspartacus%2Fparty-time%2F', null, 'invalid-id'],
  ],
});
