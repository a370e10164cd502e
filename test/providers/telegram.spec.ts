import { describeProvider } from '../support/providers.js';

const FRAME = 'https://t.me/telegram/83?embed=1';

describeProvider('telegram', {
  defaults: {
    tag: 'iframe',
    src: FRAME,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: null,
    title: 'T',
    loading: 'lazy',
    party: { key: 'telegram', name: 'Telegram', company: 'Telegram', kind: 'post', origins: ['https://t.me'] },
    box: { height: 600 },
  },
  valid: [
    ['https://t.me/telegram/83', {}],
    ['https://t.me/telegram/83/', {}],
    ['https://telegram.me/telegram/83', {}],
    ['https://t.me/s/telegram/83', {}],
    ['https://T.ME/telegram/83', {}],
    ['https://t.me/durov/43', { src: 'https://t.me/durov/43?embed=1' }],
    ['https://t.me/Some_Channel_1/12345', { src: 'https://t.me/Some_Channel_1/12345?embed=1' }],
    ['https://t.me/telegram/83?single', { src: `${FRAME}&single=1` }],
    ['https://t.me/telegram/83?comment=1234', { src: `${FRAME}&comment=1234` }],
    ['https://t.me/telegram/83?embed=1&userpic=false&dark=1', { src: `${FRAME}&userpic=false&dark=1` }],
    // Options that are not the widget's, or not its values, are dropped.
    ['https://t.me/telegram/83?userpic=true&dark=yes&comment=abc&utm_source=x', {}],
    ['https://t.me/telegram/83', 'telegram', {}],
  ],
  invalid: [
    ['http://t.me/telegram/83', null, 'invalid-src'],
    ['https://a:b@t.me/telegram/83', null, 'invalid-src'],
    ['https://t.me:8443/telegram/83', null, 'invalid-src'],
    ['https://t.me.evil.example/telegram/83', null, 'unknown-provider'],
    ['https://evilt.me/telegram/83', null, 'unknown-provider'],
    // A Cyrillic "т" in the host.
    ['https://\u0442.me/telegram/83', null, 'unknown-provider'],
    ['https://x.com/telegram/83', 'telegram', 'wrong-host'],
    // Private channels' messages have no widget.
    ['https://t.me/c/1234567890/83', null, 'invalid-id'],
    ['https://t.me/telegram', null, 'invalid-id'],
    ['https://t.me/joinchat/AbCdEfGhIjKl', null, 'invalid-id'],
    ['https://t.me/addstickers/SomeSet', null, 'invalid-id'],
    ['https://t.me/tel/83', null, 'invalid-id'],
    ['https://t.me/1telegram/83', null, 'invalid-id'],
    ['https://t.me/tele-gram/83', null, 'invalid-id'],
    [`https://t.me/${'a'.repeat(33)}/83`, null, 'invalid-id'],
    ['https://t.me/telegram/8e3', null, 'invalid-id'],
    ['https://t.me/telegram/12345678901', null, 'invalid-id'],
    ['https://t.me/tele%2Fgram/83', null, 'invalid-id'],
    ['https://t.me/..%2Ftelegram/83', null, 'invalid-id'],
    ['https://t.me/telegram/83/extra', null, 'invalid-id'],
  ],
});
