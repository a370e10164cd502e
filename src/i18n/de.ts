import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the noun, and "dieses/diese/dieser"
 * agreed with its gender. Names follow "von" rather than forming compounds,
 * since "Google Maps-Karte" breaks the hyphenation rule and "Karte von
 * Google Maps" does not.
 */
const nouns: Record<EmbedKind, { noun: string; this: string }> = {
  video: { noun: 'Video', this: 'Dieses Video' },
  map: { noun: 'Karte', this: 'Diese Karte' },
  post: { noun: 'Beitrag', this: 'Dieser Beitrag' },
  audio: { noun: 'Audio', this: 'Dieses Audio' },
  call: { noun: 'Anruf', this: 'Dieser Anruf' },
  calendar: { noun: 'Kalender', this: 'Dieser Kalender' },
  code: { noun: 'Code', this: 'Dieser Code' },
  content: { noun: 'Inhalt', this: 'Dieser Inhalt' },
  image: { noun: 'Bild', this: 'Dieses Bild' },
  document: { noun: 'Dokument', this: 'Dieses Dokument' },
  chart: { noun: 'Diagramm', this: 'Dieses Diagramm' },
  form: { noun: 'Formular', this: 'Dieses Formular' },
  design: { noun: 'Design', this: 'Dieses Design' },
};

const load = (kind: EmbedKind) => (kind === 'call' ? 'Anruf beitreten' : `${nouns[kind].noun} laden`);
const on = (kind: EmbedKind) => (kind === 'call' ? 'Beim Beitreten' : 'Beim Laden');

const list = new Intl.ListFormat('de', { type: 'conjunction' });
const days = new Intl.PluralRules('de');
const number = new Intl.NumberFormat('de');

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'Die Adresse gehört zu keinem Anbieter, den diese Website unterstützt.',
  'invalid-provider': 'Das Attribut „provider“ nennt keinen Anbieter, den diese Website unterstützt.',
  'wrong-host': 'Die Adresse liegt nicht auf dem Host des angegebenen Anbieters.',
  'invalid-id': 'Die Adresse verweist auf kein gültiges Element.',
  'short-link': 'Die Adresse ist ein Kurzlink, dem nur sein Anbieter folgen könnte.',
  'page-link': 'Die Adresse ist eine Seite des Anbieters, nicht der Link aus seinem Einbettungscode.',
  'invalid-template': 'Der enthaltene Einbettungscode ist nicht korrekt beschrieben.',
  'provider-error': 'Der Anbieter konnte ihn nicht erstellen.',
  'part-unavailable': 'Eine Datei, die er braucht, konnte nicht geladen werden.',
  'trusted-types': 'Die Sicherheitsrichtlinie dieser Website lässt seinen Code nicht laufen.',
};
const badAddress = 'Die Adresse fehlt oder ist kein gültiger https://-Link.';

export const de: Translation = {
  lang: 'de',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} wird von ${name}${software ? ` (einem Server mit ${software})` : ''} bereitgestellt. ` +
    `${on(kind)} werden Ihre IP-Adresse und weitere Daten an ${company} übermittelt.`,
  noticeShort: ({ kind, company }) => `${on(kind)} werden Daten an ${company} übermittelt.`,
  // The verb agrees with the number of hosts: "wird a kontaktiert", "werden a und b kontaktiert".
  contacts: (hosts) => `Dabei ${hosts.length === 1 ? 'wird' : 'werden'} ${list.format(hosts)} kontaktiert.`,
  privacyLink: ({ name }) => `Datenschutzerklärung von ${name}`,
  remember: ({ name }, n) => `${name} auf dieser Website immer laden (${number.format(n)} ${days.select(n) === 'one' ? 'Tag' : 'Tage'})`,
  rememberedFor: ({ name }, n) =>
    `Ihre Entscheidung für ${name} wird ${number.format(n)} ${days.select(n) === 'one' ? 'Tag' : 'Tage'} lang gespeichert.`,
  // A semicolon, not a full stop: "Sie gilt" at the start of a sentence would read as the formal "you".
  cannotRemember: 'Dieser Browser erlaubt der Website nicht, Ihre Entscheidung zu speichern; sie gilt nur, bis Sie die Seite verlassen.',
  withdraw: ({ name }) => `${name} nicht mehr laden`,
  blocked: ({ name }) => `Die Datenschutzeinstellungen dieser Website erlauben es nicht, ${name} hier zu laden.`,
  gpc: 'Ihr Browser bittet Websites, Ihre Daten nicht weiterzugeben (Global Privacy Control). Geladen wird nur, was Sie selbst auswählen.',
  loaded: ({ kind, name }, title) => `${nouns[kind].noun} von ${name} geladen: ${title}`,
  untitled: ({ kind, name }) => `${nouns[kind].noun} von ${name}`,
  settings: {
    label: 'Ihre Entscheidungen zu Inhalten Dritter auf dieser Website',
    empty: 'Sie haben auf dieser Website keine Inhalte Dritter erlaubt. Es ist keine Entscheidung gespeichert.',
    session: 'Für diese Browsersitzung erlaubt',
    page: 'Erlaubt, bis Sie diese Seite verlassen',
    unreadable: 'Dieser Browser erlaubt der Website nicht, Entscheidungen zu lesen oder zu speichern: Frühere können nicht angezeigt werden, und was Sie erlauben, gilt nur, bis Sie die Seite verlassen.',
    remembered: (until) => `Erlaubt und gespeichert bis ${until}`,
    undecided: 'Nicht erlaubt',
    withdraw: 'Widerrufen',
    withdrawLabel: (name) => `Ihre Einwilligung für ${name} widerrufen`,
    withdrawAll: 'Alle widerrufen',
    allow: 'Erlauben',
    allowLabel: (name) => `${name} erlauben`,
    rememberAllowed: 'Meine Erlaubnisse hier merken',
    withdrawn: (name) => `${name}: Einwilligung widerrufen.`,
    allowed: (name) => `${name}: erlaubt.`,
    withdrawnAll: 'Alle Einwilligungen widerrufen.',
    previews: (name) => `Vorschaubilder von ${name}`,
  },
  previews: {
    show: ({ name }) => `Vorschaubilder von ${name} anzeigen`,
    notice: ({ name, company }) => `Vorschaubilder werden von ${name} geladen: Dabei wird Ihre IP-Adresse an ${company} übermittelt.`,
  },
  error: (code) => `Dieser eingebettete Inhalt kann nicht angezeigt werden: ${reasons[code] ?? badAddress}`,
};
