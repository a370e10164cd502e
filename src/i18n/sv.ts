import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the indefinite noun ("Läs in karta"),
 * the demonstrative with the definite form ("Den här kartan", "Det här
 * inlägget"), and the pronoun of its gender (en-words "den", ett-words "det").
 */
const nouns: Record<EmbedKind, { noun: string; this: string; it: 'den' | 'det' }> = {
  video: { noun: 'video', this: 'Den här videon', it: 'den' },
  map: { noun: 'karta', this: 'Den här kartan', it: 'den' },
  post: { noun: 'inlägg', this: 'Det här inlägget', it: 'det' },
  audio: { noun: 'ljud', this: 'Det här ljudet', it: 'det' },
  call: { noun: 'samtal', this: 'Det här samtalet', it: 'det' },
  calendar: { noun: 'kalender', this: 'Den här kalendern', it: 'den' },
  code: { noun: 'kod', this: 'Den här koden', it: 'den' },
  content: { noun: 'innehåll', this: 'Det här innehållet', it: 'det' },
  image: { noun: 'bild', this: 'Den här bilden', it: 'den' },
  document: { noun: 'dokument', this: 'Det här dokumentet', it: 'det' },
  chart: { noun: 'diagram', this: 'Det här diagrammet', it: 'det' },
  form: { noun: 'formulär', this: 'Det här formuläret', it: 'det' },
  design: { noun: 'design', this: 'Den här designen', it: 'den' },
};

const load = (kind: EmbedKind) => (kind === 'call' ? 'Gå med i samtalet' : `Läs in ${nouns[kind].noun}`);
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

const list = new Intl.ListFormat('sv', { type: 'conjunction' });
const days = new Intl.PluralRules('sv');
const number = new Intl.NumberFormat('sv');

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'adressen hör inte till någon leverantör som webbplatsen stöder.',
  'invalid-provider': 'attributet provider anger ingen leverantör som webbplatsen stöder.',
  'wrong-host': 'adressen ligger inte på den angivna leverantörens värd.',
  'invalid-id': 'adressen pekar inte på något giltigt objekt.',
  'short-link': 'adressen är en kortlänk som bara leverantören kan följa.',
  'page-link': 'adressen är en sida hos leverantören, inte länken som inbäddningskoden ger.',
  'invalid-template': 'inbäddningskoden som det omsluter är inte korrekt beskriven.',
  'provider-error': 'leverantören kunde inte skapa det.',
  'part-unavailable': 'en fil som behövs kunde inte läsas in.',
  'trusted-types': 'webbplatsens säkerhetspolicy låter inte dess kod köras.',
};
const badAddress = 'adressen saknas eller är inte en giltig https://-länk.';

export const sv: Translation = {
  lang: 'sv',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  // "en Jitsi Meet-server": Swedish joins a name of several words to a noun with one hyphen.
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} ligger hos ${name}${software ? `, en ${software}-server` : ''}. ` +
    `${kind === 'call' ? 'När du går med' : `När du läser in ${nouns[kind].it}`} skickas din IP-adress och andra uppgifter till ${company}.`,
  noticeShort: ({ kind, company }) => `${kind === 'call' ? 'Vid anslutning' : 'Vid inläsning'} skickas data till ${company}.`,
  contacts: (hosts) => `Inläsningen kontaktar ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `Integritetspolicy för ${name}`,
  remember: ({ name }, n) => `Läs alltid in ${name} på den här webbplatsen (${number.format(n)} ${days.select(n) === 'one' ? 'dag' : 'dagar'})`,
  rememberedFor: ({ name }, n) =>
    `Ditt val för ${name} sparas i ${number.format(n)} ${days.select(n) === 'one' ? 'dag' : 'dagar'}.`,
  cannotRemember: 'Den här webbläsaren låter inte webbplatsen spara ditt val: det gäller tills du lämnar sidan.',
  withdraw: ({ name }) => `Sluta läsa in ${name}`,
  blocked: ({ name }) => `Webbplatsens integritetsinställningar tillåter inte att ${name} läses in här.`,
  gpc: 'Din webbläsare ber webbplatser att inte dela dina uppgifter (Global Privacy Control). Inget läses in om du inte väljer det.',
  loaded: ({ kind, name }, title) => `${capital(nouns[kind].noun)} från ${name} har lästs in: ${title}`,
  untitled: ({ kind, name }) => `${capital(nouns[kind].noun)} från ${name}`,
  settings: {
    label: 'Dina val för innehåll från tredje part på den här webbplatsen',
    empty: 'Du har inte tillåtit något innehåll från tredje part på den här webbplatsen. Inga val är sparade.',
    session: 'Tillåtet under den här webbläsarsessionen',
    page: 'Tillåtet tills du lämnar den här sidan',
    unreadable: 'Den här webbläsaren låter inte webbplatsen läsa eller spara dina val: tidigare val kan inte visas, och det du tillåter gäller tills du lämnar sidan.',
    remembered: (until) => `Tillåtet och sparat till den ${until}`,
    undecided: 'Inte tillåtet',
    withdraw: 'Återkalla',
    withdrawLabel: (name) => `Återkalla ditt samtycke för ${name}`,
    withdrawAll: 'Återkalla alla',
    allow: 'Tillåt',
    allowLabel: (name) => `Tillåt ${name}`,
    rememberAllowed: 'Kom ihåg det jag tillåter här',
    withdrawn: (name) => `${name}: samtycket har återkallats.`,
    allowed: (name) => `${name}: tillåtet.`,
    withdrawnAll: 'Allt samtycke har återkallats.',
    previews: (name) => `Förhandsbilder från ${name}`,
  },
  previews: {
    show: ({ name }) => `Visa förhandsbilder från ${name}`,
    notice: ({ name, company }) => `Förhandsbilderna hämtas från ${name}: när de visas skickas din IP-adress till ${company}.`,
  },
  error: (code) => `Det här inbäddade innehållet kan inte visas: ${reasons[code] ?? badAddress}`,
};
