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
    // Widget URLs naming something else.
    [`${WIDGET}?feed=https%3A%2F%2Fevil.example%2Fspartacus%2Fparty-time%2F`, null, 'invalid-id'],
    [`${WIDGET}?feed=%2Fspartacus%2F`, null, 'invalid-id'],
    [`${WIDGET}?feed=%2Fspartacus%2Fparty-time%2F..%2F..%2Fx%2F`, null, 'invalid-id'],
    [`${WIDGET}?feed=javascript:alert(1)`, null, 'invalid-id'],
    [WIDGET, null, 'invalid-id'],
    ['https://player-widget.mixcloud.com/other/?feed=%2Fspartacus%2Fparty-time%2F', null, 'invalid-id'],
  ],
});
