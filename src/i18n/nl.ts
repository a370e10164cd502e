import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/** Each kind as the sentences need it: the noun, and "deze" or "dit" for de- and het-words. */
const nouns: Record<EmbedKind, { noun: string; this: string }> = {
  video: { noun: 'video', this: 'Deze video' },
  map: { noun: 'kaart', this: 'Deze kaart' },
  post: { noun: 'bericht', this: 'Dit bericht' },
  audio: { noun: 'audio', this: 'Deze audio' },
  call: { noun: 'gesprek', this: 'Dit gesprek' },
  calendar: { noun: 'agenda', this: 'Deze agenda' },
  code: { noun: 'code', this: 'Deze code' },
  content: { noun: 'inhoud', this: 'Deze inhoud' },
  image: { noun: 'afbeelding', this: 'Deze afbeelding' },
  document: { noun: 'document', this: 'Dit document' },
  chart: { noun: 'grafiek', this: 'Deze grafiek' },
  form: { noun: 'formulier', this: 'Dit formulier' },
  design: { noun: 'ontwerp', this: 'Dit ontwerp' },
};

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const load = (kind: EmbedKind) => (kind === 'call' ? 'Deelnemen aan gesprek' : `${capital(nouns[kind].noun)} laden`);
const on = (kind: EmbedKind) => (kind === 'call' ? 'Bij deelname' : 'Bij het laden');

const list = new Intl.ListFormat('nl', { type: 'conjunction' });
const days = new Intl.PluralRules('nl');
const number = new Intl.NumberFormat('nl');

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'het adres hoort bij geen enkele aanbieder die deze site ondersteunt.',
  'invalid-provider': 'het attribuut provider noemt geen aanbieder die deze site ondersteunt.',
  'wrong-host': 'het adres staat niet op de host van de opgegeven aanbieder.',
  'invalid-id': 'het adres verwijst niet naar een geldig item.',
  'short-link': 'het adres is een korte link, die alleen de aanbieder kan volgen.',
  'page-link': 'het adres is een pagina van de aanbieder, niet de link uit de insluitcode.',
  'invalid-template': 'de ingesloten code is niet goed beschreven.',
  'provider-error': 'de aanbieder kon de inhoud niet opbouwen.',
  'part-unavailable': 'een bestand dat nodig is, kon niet worden geladen.',
  'trusted-types': 'het beveiligingsbeleid van deze site laat de code ervan niet draaien.',
};
const badAddress = 'het adres ontbreekt of is geen geldige https://-link.';

export const nl: Translation = {
  lang: 'nl',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  // "een Jitsi Meet-server": Dutch joins a name of several words to a noun with one hyphen.
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} wordt gehost door ${name}${software ? `, een ${software}-server` : ''}. ` +
    `${on(kind)} worden je IP-adres en andere gegevens naar ${company} gestuurd.`,
  noticeShort: ({ kind, company }) => `${on(kind)} gaan gegevens naar ${company}.`,
  contacts: (hosts) => `Er wordt verbinding gemaakt met ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `Privacybeleid van ${name}`,
  remember: ({ name }, n) => `${name} op deze site altijd laden (${number.format(n)} ${days.select(n) === 'one' ? 'dag' : 'dagen'})`,
  rememberedFor: ({ name }, n) =>
    `Je keuze voor ${name} wordt ${number.format(n)} ${days.select(n) === 'one' ? 'dag' : 'dagen'} onthouden.`,
  cannotRemember: 'Deze browser laat de site je keuze niet onthouden: die geldt tot je de pagina verlaat.',
  withdraw: ({ name }) => `${name} niet meer laden`,
  blocked: ({ name }) => `De privacyinstellingen van deze site staan niet toe dat ${name} hier wordt geladen.`,
  gpc: 'Je browser vraagt sites om je gegevens niet te delen (Global Privacy Control). Er wordt niets geladen tenzij je daarvoor kiest.',
  loaded: ({ kind, name }, title) => `${capital(nouns[kind].noun)} van ${name} geladen: ${title}`,
  untitled: ({ kind, name }) => `${capital(nouns[kind].noun)} van ${name}`,
  settings: {
    label: 'Je keuzes voor inhoud van derden op deze site',
    empty: 'Je hebt op deze site geen inhoud van derden toegestaan. Er is geen keuze opgeslagen.',
    session: 'Toegestaan voor deze browsersessie',
    page: 'Toegestaan tot je deze pagina verlaat',
    unreadable: 'Deze browser laat de site geen keuzes lezen of onthouden: eerdere keuzes kunnen niet worden getoond, en wat je toestaat geldt tot je de pagina verlaat.',
    remembered: (until) => `Toegestaan en onthouden tot ${until}`,
    undecided: 'Niet toegestaan',
    withdraw: 'Intrekken',
    withdrawLabel: (name) => `Je toestemming voor ${name} intrekken`,
    withdrawAll: 'Alles intrekken',
    allow: 'Toestaan',
    allowLabel: (name) => `${name} toestaan`,
    rememberAllowed: 'Onthouden wat ik hier toesta',
    withdrawn: (name) => `${name}: toestemming ingetrokken.`,
    allowed: (name) => `${name}: toegestaan.`,
    withdrawnAll: 'Alle toestemming ingetrokken.',
    previews: (name) => `Voorbeeldafbeeldingen van ${name}`,
  },
  previews: {
    show: ({ name }) => `Voorbeeldafbeeldingen van ${name} tonen`,
    notice: ({ name, company }) => `Voorbeeldafbeeldingen worden van ${name} geladen: daarbij wordt je IP-adres naar ${company} gestuurd.`,
  },
  error: (code) => `Deze ingesloten inhoud kan niet worden getoond: ${reasons[code] ?? badAddress}`,
};
