import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the nominative ("Film YouTube"), the
 * accusative after "Załaduj" and "Załadowano" ("mapę"), the demonstrative
 * agreed with the noun ("Ta mapa", "To nagranie"), and the participle ending
 * of its gender ("udostępniany", "-a", "-e").
 */
const nouns: Record<EmbedKind, { nominative: string; accusative: string; this: string; ending: 'y' | 'a' | 'e' }> = {
  video: { nominative: 'film', accusative: 'film', this: 'Ten film', ending: 'y' },
  map: { nominative: 'mapa', accusative: 'mapę', this: 'Ta mapa', ending: 'a' },
  post: { nominative: 'post', accusative: 'post', this: 'Ten post', ending: 'y' },
  audio: { nominative: 'nagranie', accusative: 'nagranie', this: 'To nagranie', ending: 'e' },
  call: { nominative: 'rozmowa', accusative: 'rozmowę', this: 'Ta rozmowa', ending: 'a' },
  calendar: { nominative: 'kalendarz', accusative: 'kalendarz', this: 'Ten kalendarz', ending: 'y' },
  code: { nominative: 'kod', accusative: 'kod', this: 'Ten kod', ending: 'y' },
  content: { nominative: 'treść', accusative: 'treść', this: 'Ta treść', ending: 'a' },
  image: { nominative: 'obraz', accusative: 'obraz', this: 'Ten obraz', ending: 'y' },
  document: { nominative: 'dokument', accusative: 'dokument', this: 'Ten dokument', ending: 'y' },
  chart: { nominative: 'wykres', accusative: 'wykres', this: 'Ten wykres', ending: 'y' },
  form: { nominative: 'formularz', accusative: 'formularz', this: 'Ten formularz', ending: 'y' },
  design: { nominative: 'projekt', accusative: 'projekt', this: 'Ten projekt', ending: 'y' },
};

const load = (kind: EmbedKind) => (kind === 'call' ? 'Dołącz do rozmowy' : `Załaduj ${nouns[kind].accusative}`);
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

const list = new Intl.ListFormat('pl', { type: 'conjunction' });
const days = new Intl.PluralRules('pl');
const number = new Intl.NumberFormat('pl');
/** "1 dzień", "2 dni", "5 dni", and "1,5 dnia" for the `other` of fractions. */
const dayWord = (n: number) => {
  const category = days.select(n);
  return category === 'one' ? 'dzień' : category === 'other' ? 'dnia' : 'dni';
};

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'jej adres nie należy do żadnego dostawcy obsługiwanego przez tę stronę.',
  'invalid-provider': 'jej atrybut provider nie wskazuje żadnego dostawcy obsługiwanego przez tę stronę.',
  'wrong-host': 'jej adres nie znajduje się na hoście wskazanego dostawcy.',
  'invalid-id': 'jej adres nie prowadzi do prawidłowego elementu.',
  'short-link': 'jego adres to krótki link, który może rozwinąć tylko jego dostawca.',
  'page-link': 'jego adres to strona dostawcy, a nie link z kodu osadzania.',
  'invalid-template': 'zawarty w niej kod osadzenia nie jest poprawnie opisany.',
  'provider-error': 'jej dostawca nie zdołał jej utworzyć.',
  'part-unavailable': 'nie udało się wczytać potrzebnego do niej pliku.',
  'trusted-types': 'zasady bezpieczeństwa tej witryny nie pozwalają uruchomić jej kodu.',
};
const badAddress = 'brak adresu albo nie jest on prawidłowym linkiem https://.';

/**
 * Polish UI speaks to the visitor as "Ty"; the possessives are capitalised, as
 * is usual where a text addresses its reader. Past forms that would need the
 * reader's gender ("zezwoliłeś/zezwoliłaś") are written impersonally ("zezwolono").
 */
export const pl: Translation = {
  lang: 'pl',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} jest udostępnian${nouns[kind].ending} przez ${name}${software ? `, serwer ${software}` : ''}. ` +
    `Po ${kind === 'call' ? 'dołączeniu' : 'załadowaniu'} Twój adres IP i inne dane zostaną przesłane do ${company}.`,
  noticeShort: ({ kind, company }) => `${kind === 'call' ? 'Dołączenie' : 'Załadowanie'} wysyła dane do ${company}.`,
  // "z serwerem", not "z" before the host itself, which would need "ze" before some names.
  contacts: (hosts) => `Łączy się z ${hosts.length === 1 ? 'serwerem' : 'serwerami'} ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `Polityka prywatności ${name}`,
  remember: ({ name }, n) => `Zawsze ładuj ${name} na tej stronie (${number.format(n)} ${dayWord(n)})`,
  rememberedFor: ({ name }, n) => `Twój wybór dotyczący ${name} zostanie zapamiętany na ${number.format(n)} ${dayWord(n)}.`,
  cannotRemember: 'Ta przeglądarka nie pozwala stronie zapamiętać Twojego wyboru: obowiązuje on tylko do opuszczenia strony.',
  withdraw: ({ name }) => `Nie ładuj już ${name}`,
  blocked: ({ name }) => `Ustawienia prywatności tej strony nie pozwalają na załadowanie tutaj ${name}.`,
  gpc: 'Twoja przeglądarka prosi strony o nieudostępnianie Twoich danych (Global Privacy Control). Nic nie zostanie załadowane bez Twojej decyzji.',
  loaded: ({ kind, name }, title) => `Załadowano ${nouns[kind].accusative} ${name}: ${title}`,
  untitled: ({ kind, name }) => `${capital(nouns[kind].nominative)} ${name}`,
  settings: {
    label: 'Twoje wybory dotyczące treści zewnętrznych na tej stronie',
    empty: 'Nie zezwolono na żadne treści zewnętrzne na tej stronie. Nie zapisano żadnego wyboru.',
    session: 'Zezwolono na czas tej sesji przeglądania',
    page: 'Zezwolono do opuszczenia tej strony',
    unreadable: 'Ta przeglądarka nie pozwala stronie odczytać ani zapamiętać Twoich wyborów: wcześniejszych nie można pokazać, a to, na co zezwolisz, obowiązuje tylko do opuszczenia strony.',
    remembered: (until) => `Zezwolono i zapamiętano do ${until}`,
    undecided: 'Nie zezwolono',
    withdraw: 'Wycofaj',
    withdrawLabel: (name) => `Wycofaj zgodę na ${name}`,
    withdrawAll: 'Wycofaj wszystkie',
    allow: 'Zezwól',
    allowLabel: (name) => `Zezwól na ${name}`,
    rememberAllowed: 'Zapamiętaj, na co tu zezwalam',
    withdrawn: (name) => `${name}: wycofano zgodę.`,
    allowed: (name) => `${name}: zezwolono.`,
    withdrawnAll: 'Wycofano wszystkie zgody.',
    previews: (name) => `Podglądy z ${name}`,
  },
  previews: {
    show: ({ name }) => `Pokaż podglądy z ${name}`,
    notice: ({ name, company }) => `Podglądy to obrazy ładowane z ${name}: ich wyświetlenie przesyła Twój adres IP do ${company}.`,
  },
  error: (code) => `Nie można wyświetlić tej osadzonej treści: ${reasons[code] ?? badAddress}`,
};
