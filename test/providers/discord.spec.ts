import { describeProvider } from '../support/providers.js';

const GUILD = '880931336611844096';
const WIDGET = `https://discord.com/widget?id=${GUILD}&theme=dark`;

describeProvider('discord', {
  defaults: {
    tag: 'iframe',
    src: WIDGET,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts',
    title: 'T',
    loading: 'lazy',
    party: {
      key: 'discord',
      name: 'Discord',
      company: 'Discord',
      kind: 'content',
      privacyPolicy: 'https://discord.com/privacy',
      origins: ['https://discord.com'],
    },
    box: { height: 500 },
  },
  valid: [
    [WIDGET, {}],
    [`https://discord.com/widget?id=${GUILD}`, {}],
    [`https://discord.com/widget/?id=${GUILD}&theme=dark`, {}],
    [`https://DISCORD.COM/widget?id=${GUILD}&theme=dark`, {}],
    [`https://discordapp.com/widget?id=${GUILD}&theme=dark`, {}],
    [`https://discord.com/widget?id=${GUILD}&theme=light`, { src: `https://discord.com/widget?id=${GUILD}&theme=light` }],
    // A theme Discord does not name, and a user name to greet, are dropped.
    [`https://discordapp.com/widget?id=${GUILD}&theme=system&username=someone`, {}],
    ['https://discord.com/widget?id=1283167094854258741&theme=dark', { src: 'https://discord.com/widget?id=1283167094854258741&theme=dark' }],
    ['https://discord.com/widget?id=81384788765712384', { src: 'https://discord.com/widget?id=81384788765712384&theme=dark' }],
    [WIDGET, 'discord', {}],
  ],
  invalid: [
    [`http://discord.com/widget?id=${GUILD}`, null, 'invalid-src'],
    [`https://user:pass@discord.com/widget?id=${GUILD}`, null, 'invalid-src'],
    [`https://discord.com:8443/widget?id=${GUILD}`, null, 'invalid-src'],
    [`https://discord.com.evil.example/widget?id=${GUILD}`, null, 'unknown-provider'],
    [`https://evildiscord.com/widget?id=${GUILD}`, null, 'unknown-provider'],
    [`https://disc\u043erd.com/widget?id=${GUILD}`, null, 'unknown-provider'],
    [`https://evil.example/widget?id=${GUILD}`, 'discord', 'wrong-host'],
    ['https://codepen.io/Mamboleoo/pen/XWJPxpZ', 'discord', 'wrong-host'],
    // Invites name the server by a code only Discord can resolve; channel links are for its members.
    ['https://discord.gg/FVVFvGNj', null, 'page-link'],
    ['https://discord.gg/FVVFvGNj/', null, 'page-link'],
    ['https://discord.com/invite/FVVFvGNj', null, 'page-link'],
    ['https://discordapp.com/invite/FVVFvGNj', null, 'page-link'],
    [`https://discord.com/channels/${GUILD}/880931336611844099`, null, 'page-link'],
    ['https://discord.gg/', null, 'invalid-id'],
    ['https://discord.gg/a%2Fb', null, 'invalid-id'],
    ['https://discord.com/channels/@me/880931336611844099', null, 'invalid-id'],
    ['https://discord.com/widget', null, 'invalid-id'],
    ['https://discord.com/widget?id=1234', null, 'invalid-id'],
    ['https://discord.com/widget?id=123456789012345678901', null, 'invalid-id'],
    ['https://discord.com/widget?id=88093133661184409x', null, 'invalid-id'],
    [`https://discord.com/widget/extra?id=${GUILD}`, null, 'invalid-id'],
    [`https://discord.com/widget?id=${GUILD}%2F..`, null, 'invalid-id'],
    [`https://discord.com/api/guilds/${GUILD}/widget.json`, null, 'invalid-id'],
  ],
});
