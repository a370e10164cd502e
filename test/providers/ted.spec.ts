import { describeProvider } from '../support/providers.js';

const SLUG = 'ken_robinson_do_schools_kill_creativity';
const EMBED = `https://embed.ted.com/talks/${SLUG}`;
const FRENCH = `https://embed.ted.com/talks/lang/fr/${SLUG}`;

describeProvider('ted', {
  defaults: {
    tag: 'iframe',
    src: EMBED,
    allow: '',
    referrerPolicy: 'no-referrer',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    title: 'T',
    loading: 'lazy',
    party: { key: 'ted', name: 'TED', company: 'TED Conferences', kind: 'video', origins: ['https://embed.ted.com'] },
    box: { ratio: '16 / 9' },
  },
  valid: [
    [`https://www.ted.com/talks/${SLUG}`, {}],
    [`https://ted.com/talks/${SLUG}/`, {}],
    [`https://WWW.TED.COM/talks/${SLUG}`, {}],
    [`https://www.ted.com/talks/${SLUG}.html`, {}],
    [`https://www.ted.com/talks/${SLUG}?utm_campaign=tedspread&utm_medium=referral&utm_source=tedcomshare`, {}],
    [`https://www.ted.com/talks/${SLUG}?language=fr`, { src: FRENCH }],
    [`https://www.ted.com/talks/${SLUG}?language=pt-BR`, { src: `https://embed.ted.com/talks/lang/pt-br/${SLUG}` }],
    [`https://www.ted.com/talks/${SLUG}?language=%3Cscript%3E`, {}],
    [`https://www.ted.com/talks/lang/fr/${SLUG}`, { src: FRENCH }],
    [`https://embed.ted.com/talks/${SLUG}`, {}],
    [`https://embed.ted.com/talks/lang/fr/${SLUG}`, { src: FRENCH }],
    [`https://embed.ted.com/talks/lang/fr/${SLUG}.html`, { src: FRENCH }],
    [`https://embed.ted.com/talks/lang/fr/${SLUG}?language=de`, { src: `https://embed.ted.com/talks/lang/de/${SLUG}` }],
    [`https://www.ted.com/talks/${SLUG}`, 'ted', {}],
  ],
  invalid: [
    [`http://www.ted.com/talks/${SLUG}`, null, 'invalid-src'],
    [`https://user:pass@www.ted.com/talks/${SLUG}`, null, 'invalid-src'],
    [`https://www.ted.com:8443/talks/${SLUG}`, null, 'invalid-src'],
    [`https://www.ted.com.evil.example/talks/${SLUG}`, null, 'unknown-provider'],
    [`https://embed.ted.com.evil.example/talks/${SLUG}`, null, 'unknown-provider'],
    [`https://vimeo.com/76979871`, 'ted', 'wrong-host'],
    ['https://www.ted.com/talks', null, 'invalid-id'],
    ['https://www.ted.com/talks/', null, 'invalid-id'],
    [`https://www.ted.com/talks/${'a'.repeat(201)}`, null, 'invalid-id'],
    [`https://www.ted.com/talks/${SLUG}/transcript`, null, 'invalid-id'],
    [`https://www.ted.com/talks/..%2F${SLUG}`, null, 'invalid-id'],
    [`https://www.ted.com/talks/${SLUG}%22`, null, 'invalid-id'],
    [`https://www.ted.com/talks/lang/not%2Fa-lang/${SLUG}`, null, 'invalid-id'],
    [`https://www.ted.com/speakers/ken_robinson`, null, 'invalid-id'],
    [`https://www.ted.com/playlists/171/the_most_popular_talks_of_all`, null, 'invalid-id'],
  ],
});
