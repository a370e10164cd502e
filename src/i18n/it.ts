import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the noun, the demonstrative agreed with
 * it ("questo video", "questa mappa"), and the gender that participles and
 * pronouns follow ("ospitata", "caricandola").
 */
const nouns: Record<EmbedKind, { noun: string; this: string; feminine: boolean }> = {
  video: { noun: 'video', this: 'Questo video', feminine: false },
  map: { noun: 'mappa', this: 'Questa mappa', feminine: true },
  post: { noun: 'post', this: 'Questo post', feminine: false },
  audio: { noun: 'audio', this: 'Questo audio', feminine: false },
  call: { noun: 'chiamata', this: 'Questa chiamata', feminine: true },
  calendar: { noun: 'calendario', this: 'Questo calendario', feminine: false },
  code: { noun: 'codice', this: 'Questo codice', feminine: false },
  content: { noun: 'contenuto', this: 'Questo contenuto', feminine: false },
  image: { noun: 'immagine', this: 'Questa immagine', feminine: true },
  document: { noun: 'documento', this: 'Questo documento', feminine: false },
  chart: { noun: 'grafico', this: 'Questo grafico', feminine: false },
  form: { noun: 'modulo', this: 'Questo modulo', feminine: false },
  design: { noun: 'design', this: 'Questo design', feminine: false },
};

const load = (kind: EmbedKind) => (kind === 'call' ? 'Partecipa alla chiamata' : `Carica ${nouns[kind].noun}`);
const o = (kind: EmbedKind) => (nouns[kind].feminine ? 'a' : 'o');
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
/** "a Google", but "ad Apple": the euphonic d before the same vowel. */
const to = (name: string) => (/^a/i.test(name) ? `ad ${name}` : `a ${name}`);
/** "fino al 3 marzo", but "fino all'8 marzo" and "all'11": the article elides before a vowel sound. */
const until = (date: string) => (/^(8|11)(?!\d)/.test(date) ? `fino all’${date}` : `fino al ${date}`);

const list = new Intl.ListFormat('it', { type: 'conjunction' });
const days = new Intl.PluralRules('it');
const number = new Intl.NumberFormat('it');
/** "1 giorno", "2 giorni", and "1.000.000 di giorni" for the `many` of large round numbers. */
const dayWord = (n: number) => {
  const category = days.select(n);
  return category === 'one' ? 'giorno' : category === 'many' ? 'di giorni' : 'giorni';
};

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'il suo indirizzo non appartiene a nessun fornitore supportato da questo sito.',
  'invalid-provider': 'il suo attributo provider non indica nessun fornitore supportato da questo sito.',
  'wrong-host': 'il suo indirizzo non è sull’host del fornitore indicato.',
  'invalid-id': 'il suo indirizzo non rimanda a un elemento valido.',
  'short-link': 'il suo indirizzo è un link breve, che solo il suo fornitore potrebbe seguire.',
  'page-link': 'il suo indirizzo è una pagina del suo fornitore, non il link del suo codice di incorporamento.',
  'invalid-template': 'il codice di incorporamento che contiene non è descritto correttamente.',
  'provider-error': 'il suo fornitore non è riuscito a generarlo.',
  'part-unavailable': 'non è stato possibile caricare un file di cui ha bisogno.',
  'trusted-types': 'la politica di sicurezza di questo sito non consente di eseguirne il codice.',
};
const badAddress = 'il suo indirizzo manca o non è un link https:// valido.';

export const it: Translation = {
  lang: 'it',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} è ospitat${o(kind)} da ${name}${software ? `, un server ${software}` : ''}. ` +
    `${kind === 'call' ? 'Partecipando' : `Caricandol${o(kind)}`}, invii il tuo indirizzo IP e altri dati ${to(company)}.`,
  noticeShort: ({ kind, company }) =>
    `${kind === 'call' ? 'La partecipazione' : 'Il caricamento'} invia dati ${to(company)}.`,
  contacts: (hosts) => `Contatta ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `Informativa sulla privacy di ${name}`,
  remember: ({ name }, n) => `Carica sempre ${name} su questo sito (${number.format(n)} ${dayWord(n)})`,
  rememberedFor: ({ name }, n) => `La tua scelta per ${name} viene ricordata per ${number.format(n)} ${dayWord(n)}.`,
  cannotRemember: 'Questo browser non consente al sito di ricordare la tua scelta: vale finché non lasci la pagina.',
  withdraw: ({ name }) => `Non caricare più ${name}`,
  blocked: ({ name }) => `Le impostazioni sulla privacy di questo sito non consentono di caricare ${name} qui.`,
  gpc: 'Il tuo browser chiede ai siti di non condividere i tuoi dati (Global Privacy Control). Non viene caricato nulla se non lo scegli tu.',
  loaded: ({ kind, name }, title) => `${capital(nouns[kind].noun)} di ${name} caricat${o(kind)}: ${title}`,
  untitled: ({ kind, name }) => `${capital(nouns[kind].noun)} di ${name}`,
  settings: {
    label: 'Le tue scelte sui contenuti di terze parti in questo sito',
    empty: 'Non hai consentito alcun contenuto di terze parti in questo sito. Nessuna scelta è memorizzata.',
    session: 'Consentito per questa sessione di navigazione',
    page: 'Consentito finché non lasci questa pagina',
    unreadable: 'Questo browser non consente al sito di leggere o ricordare le tue scelte: quelle precedenti non si possono mostrare, e ciò che consenti vale finché non lasci la pagina.',
    remembered: (date) => `Consentito e ricordato ${until(date)}`,
    undecided: 'Non consentito',
    withdraw: 'Revoca',
    withdrawLabel: (name) => `Revoca il tuo consenso per ${name}`,
    withdrawAll: 'Revoca tutto',
    allow: 'Consenti',
    allowLabel: (name) => `Consenti ${name}`,
    rememberAllowed: 'Ricorda ciò che consento qui',
    withdrawn: (name) => `${name}: consenso revocato.`,
    allowed: (name) => `${name}: consentito.`,
    withdrawnAll: 'Tutti i consensi sono stati revocati.',
    previews: (name) => `Anteprime di ${name}`,
  },
  previews: {
    show: ({ name }) => `Mostra le anteprime di ${name}`,
    notice: ({ name, company }) => `Le anteprime sono immagini caricate da ${name}: mostrarle invia il tuo indirizzo IP a ${company}.`,
  },
  error: (code) => `Questo contenuto incorporato non può essere mostrato: ${reasons[code] ?? badAddress}`,
};
