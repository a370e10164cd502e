import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the noun, the demonstrative agreed with
 * it ("este vídeo", "esta publicação"), and the gender that participles follow.
 */
const nouns: Record<EmbedKind, { noun: string; this: string; feminine: boolean }> = {
  video: { noun: 'vídeo', this: 'Este vídeo', feminine: false },
  map: { noun: 'mapa', this: 'Este mapa', feminine: false },
  post: { noun: 'publicação', this: 'Esta publicação', feminine: true },
  audio: { noun: 'áudio', this: 'Este áudio', feminine: false },
  call: { noun: 'chamada', this: 'Esta chamada', feminine: true },
  calendar: { noun: 'calendário', this: 'Este calendário', feminine: false },
  code: { noun: 'código', this: 'Este código', feminine: false },
  content: { noun: 'conteúdo', this: 'Este conteúdo', feminine: false },
  image: { noun: 'imagem', this: 'Esta imagem', feminine: true },
  document: { noun: 'documento', this: 'Este documento', feminine: false },
  chart: { noun: 'gráfico', this: 'Este gráfico', feminine: false },
  form: { noun: 'formulário', this: 'Este formulário', feminine: false },
  design: { noun: 'design', this: 'Este design', feminine: false },
};

// "Entrar na chamada": Brazil says "participar da", Portugal "participar na"; "entrar na" is both.
const load = (kind: EmbedKind) => (kind === 'call' ? 'Entrar na chamada' : `Carregar ${nouns[kind].noun}`);
const on = (kind: EmbedKind) => (kind === 'call' ? 'Ao entrar' : 'Ao carregar');
const o = (kind: EmbedKind) => (nouns[kind].feminine ? 'a' : 'o');
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

const list = new Intl.ListFormat('pt', { type: 'conjunction' });
const days = new Intl.PluralRules('pt');
const number = new Intl.NumberFormat('pt');
/** "1 dia", "2 dias", and "1.000.000 de dias" for the `many` of large round numbers. */
const dayWord = (n: number) => {
  const category = days.select(n);
  return category === 'one' ? 'dia' : category === 'many' ? 'de dias' : 'dias';
};

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'o endereço não pertence a nenhum serviço compatível com este site.',
  'invalid-provider': 'o atributo provider não indica nenhum serviço compatível com este site.',
  'wrong-host': 'o endereço não está no domínio do serviço indicado.',
  'invalid-id': 'o endereço não aponta para um item válido.',
  'short-link': 'o seu endereço é uma ligação curta, que só o seu fornecedor poderia seguir.',
  'page-link': 'o seu endereço é uma página do seu fornecedor, não a ligação que o seu código de incorporação indica.',
  'invalid-template': 'o código de incorporação que contém não está descrito corretamente.',
  'provider-error': 'o serviço não conseguiu gerá-lo.',
  'part-unavailable': 'não foi possível carregar um ficheiro de que precisa.',
  'trusted-types': 'a política de segurança deste site não permite executar o seu código.',
};
const badAddress = 'o endereço não foi indicado ou não é um link https:// válido.';

/**
 * Written to read well in Portugal and in Brazil: "o seu" and third-person
 * verbs, which both use with a reader; words the two share ("navegador",
 * "guardar", "serviço", "opções") where they differ ("partilhar/compartilhar",
 * "definições/configurações", "fornecedor/provedor"); and names without the
 * article, whose gender the two often disagree on ("a Google", "o Google").
 */
export const pt: Translation = {
  lang: 'pt',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} é disponibilizad${o(kind)} por ${name}${software ? `, um servidor ${software}` : ''}. ` +
    `${on(kind)}, o seu endereço IP e outros dados são enviados a ${company}.`,
  noticeShort: ({ kind, company }) => `${on(kind)}, são enviados dados a ${company}.`,
  contacts: (hosts) => `Comunica com ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `Política de privacidade de ${name}`,
  remember: ({ name }, n) => `Carregar sempre ${name} neste site (${number.format(n)} ${dayWord(n)})`,
  rememberedFor: ({ name }, n) => `A sua escolha para ${name} fica guardada durante ${number.format(n)} ${dayWord(n)}.`,
  cannotRemember: 'Este navegador não permite que o site guarde a sua escolha, que só vale até sair da página.',
  withdraw: ({ name }) => `Deixar de carregar ${name}`,
  blocked: ({ name }) => `As opções de privacidade deste site não permitem carregar ${name} aqui.`,
  gpc: 'O seu navegador pede aos sites que não transmitam os seus dados (Global Privacy Control). Nada é carregado sem a sua escolha.',
  loaded: ({ kind, name }, title) => `${capital(nouns[kind].noun)} de ${name} carregad${o(kind)}: ${title}`,
  untitled: ({ kind, name }) => `${capital(nouns[kind].noun)} de ${name}`,
  settings: {
    label: 'As suas escolhas para conteúdos de terceiros neste site',
    empty: 'Não permitiu nenhum conteúdo de terceiros neste site. Não há nenhuma escolha guardada.',
    session: 'Permitido nesta sessão de navegação',
    page: 'Permitido até sair desta página',
    unreadable: 'Este navegador não permite que o site leia ou guarde as suas escolhas: as anteriores não podem ser mostradas e o que permitir só vale até sair da página.',
    remembered: (until) => `Permitido e guardado até ${until}`,
    undecided: 'Não permitido',
    withdraw: 'Retirar',
    withdrawLabel: (name) => `Retirar o seu consentimento para ${name}`,
    withdrawAll: 'Retirar todos',
    allow: 'Permitir',
    allowLabel: (name) => `Permitir ${name}`,
    rememberAllowed: 'Lembrar o que permito aqui',
    withdrawn: (name) => `${name}: consentimento retirado.`,
    allowed: (name) => `${name}: permitido.`,
    withdrawnAll: 'Todos os consentimentos foram retirados.',
    previews: (name) => `Pré-visualizações de ${name}`,
  },
  previews: {
    show: ({ name }) => `Mostrar pré-visualizações de ${name}`,
    notice: ({ name, company }) => `As pré-visualizações são imagens carregadas de ${name}: mostrá-las envia o seu endereço IP a ${company}.`,
  },
  error: (code) => `Não é possível mostrar este conteúdo incorporado: ${reasons[code] ?? badAddress}`,
};
