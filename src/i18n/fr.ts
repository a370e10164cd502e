import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the button's words, the demonstrative
 * agreed with the noun ("cette vidéo", "ce code"), the bare noun for
 * "Vidéo YouTube", and the gender that participles and pronouns follow.
 */
const nouns: Record<EmbedKind, { load: string; this: string; noun: string; feminine: boolean }> = {
  video: { load: 'Charger la vidéo', this: 'Cette vidéo', noun: 'Vidéo', feminine: true },
  map: { load: 'Charger la carte', this: 'Cette carte', noun: 'Carte', feminine: true },
  post: { load: 'Charger la publication', this: 'Cette publication', noun: 'Publication', feminine: true },
  audio: { load: 'Charger l’audio', this: 'Ce contenu audio', noun: 'Audio', feminine: false },
  call: { load: 'Rejoindre l’appel', this: 'Cet appel', noun: 'Appel', feminine: false },
  calendar: { load: 'Charger le calendrier', this: 'Ce calendrier', noun: 'Calendrier', feminine: false },
  code: { load: 'Charger le code', this: 'Ce code', noun: 'Code', feminine: false },
  content: { load: 'Charger le contenu', this: 'Ce contenu', noun: 'Contenu', feminine: false },
  image: { load: 'Charger l’image', this: 'Cette image', noun: 'Image', feminine: true },
  document: { load: 'Charger le document', this: 'Ce document', noun: 'Document', feminine: false },
  chart: { load: 'Charger le graphique', this: 'Ce graphique', noun: 'Graphique', feminine: false },
  form: { load: 'Charger le formulaire', this: 'Ce formulaire', noun: 'Formulaire', feminine: false },
  design: { load: 'Charger le design', this: 'Ce design', noun: 'Design', feminine: false },
};

/** French puts a no-break space before a colon. */
const colon = '\u00a0:';
const e = (kind: EmbedKind) => (nouns[kind].feminine ? 'e' : '');

const list = new Intl.ListFormat('fr', { type: 'conjunction' });
const days = new Intl.PluralRules('fr');
const number = new Intl.NumberFormat('fr');
/** "1 jour", "2 jours", and "1 000 000 de jours" for the `many` of large round numbers. */
const dayWord = (n: number) => {
  const category = days.select(n);
  return category === 'one' ? 'jour' : category === 'many' ? 'de jours' : 'jours';
};

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'son adresse n’appartient à aucun fournisseur pris en charge par ce site.',
  'invalid-provider': 'son attribut provider ne désigne aucun fournisseur pris en charge par ce site.',
  'wrong-host': 'son adresse n’est pas sur l’hôte du fournisseur indiqué.',
  'invalid-id': 'son adresse ne mène à aucun élément valide.',
  'short-link': 'son adresse est un lien court, que seul son fournisseur pourrait suivre.',
  'page-link': 'son adresse est une page de son fournisseur, et non le lien que donne son code d’intégration.',
  'invalid-template': 'le code d’intégration qu’il contient n’est pas décrit correctement.',
  'provider-error': 'son fournisseur n’a pas pu le créer.',
  'part-unavailable': 'un fichier dont il a besoin n’a pas pu être chargé.',
  'trusted-types': 'la politique de sécurité de ce site ne permet pas d’exécuter son code.',
};
const badAddress = 'son adresse est absente ou n’est pas un lien https:// valide.';

export const fr: Translation = {
  lang: 'fr',
  dir: 'ltr',
  load: (kind) => nouns[kind].load,
  loadLabel: (kind, title) => `${nouns[kind].load}${colon} ${title}`,
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} est hébergé${e(kind)} par ${name}${software ? `, un serveur ${software}` : ''}. ` +
    `${kind === 'call' ? 'En le rejoignant' : nouns[kind].feminine ? 'En la chargeant' : 'En le chargeant'}, ` +
    `vous envoyez votre adresse IP et d’autres données à ${company}.`,
  noticeShort: ({ kind, company }) =>
    `${kind === 'call' ? 'Rejoindre l’appel' : 'Le chargement'} envoie des données à ${company}.`,
  contacts: (hosts) => `Le chargement fait appel à ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `Politique de confidentialité de ${name}`,
  remember: ({ name }, n) => `Toujours charger ${name} sur ce site (${number.format(n)} ${dayWord(n)})`,
  rememberedFor: ({ name }, n) => `Votre choix pour ${name} est mémorisé pendant ${number.format(n)} ${dayWord(n)}.`,
  cannotRemember: `Ce navigateur ne permet pas au site de mémoriser votre choix${colon} il reste valable jusqu’à ce que vous quittiez la page.`,
  withdraw: ({ name }) => `Ne plus charger ${name}`,
  blocked: ({ name }) => `Les paramètres de confidentialité de ce site n’autorisent pas le chargement de ${name} ici.`,
  gpc: 'Votre navigateur demande aux sites de ne pas partager vos données (Global Privacy Control). Rien n’est chargé sans votre accord.',
  loaded: ({ kind, name }, title) => `${nouns[kind].noun} ${name} chargé${e(kind)}${colon} ${title}`,
  untitled: ({ kind, name }) => `${nouns[kind].noun} ${name}`,
  settings: {
    label: 'Vos choix pour les contenus tiers sur ce site',
    empty: 'Vous n’avez autorisé aucun contenu tiers sur ce site. Aucun choix n’est enregistré.',
    session: 'Autorisé pour cette session de navigation',
    page: 'Autorisé jusqu’à ce que vous quittiez cette page',
    unreadable: `Ce navigateur ne permet pas au site de lire ni d’enregistrer vos choix${colon} ceux faits auparavant ne peuvent pas être affichés, et ce que vous autorisez reste valable jusqu’à ce que vous quittiez la page.`,
    remembered: (until) => `Autorisé et mémorisé jusqu’au ${until}`,
    undecided: 'Non autorisé',
    withdraw: 'Retirer',
    withdrawLabel: (name) => `Retirer votre consentement pour ${name}`,
    withdrawAll: 'Tout retirer',
    allow: 'Autoriser',
    allowLabel: (name) => `Autoriser ${name}`,
    rememberAllowed: 'Mémoriser ce que j’autorise ici',
    withdrawn: (name) => `${name}${colon} consentement retiré.`,
    allowed: (name) => `${name}${colon} autorisé.`,
    withdrawnAll: 'Tous les consentements ont été retirés.',
    previews: (name) => `Aperçus de ${name}`,
  },
  previews: {
    show: ({ name }) => `Afficher les aperçus de ${name}`,
    notice: ({ name, company }) => `Les aperçus sont des images chargées depuis ${name}${colon} les afficher envoie votre adresse IP à ${company}.`,
  },
  error: (code) => `Ce contenu intégré ne peut pas être affiché${colon} ${reasons[code] ?? badAddress}`,
};
