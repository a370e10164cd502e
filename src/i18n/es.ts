import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the noun, the demonstrative agreed with
 * it ("este vídeo", "esta publicación"), and the gender that participles and
 * pronouns follow ("alojada", "cargarla").
 */
const nouns: Record<EmbedKind, { noun: string; this: string; feminine: boolean }> = {
  video: { noun: 'vídeo', this: 'Este vídeo', feminine: false },
  map: { noun: 'mapa', this: 'Este mapa', feminine: false },
  post: { noun: 'publicación', this: 'Esta publicación', feminine: true },
  audio: { noun: 'audio', this: 'Este audio', feminine: false },
  call: { noun: 'llamada', this: 'Esta llamada', feminine: true },
  calendar: { noun: 'calendario', this: 'Este calendario', feminine: false },
  code: { noun: 'código', this: 'Este código', feminine: false },
  content: { noun: 'contenido', this: 'Este contenido', feminine: false },
  image: { noun: 'imagen', this: 'Esta imagen', feminine: true },
  document: { noun: 'documento', this: 'Este documento', feminine: false },
  chart: { noun: 'gráfico', this: 'Este gráfico', feminine: false },
  form: { noun: 'formulario', this: 'Este formulario', feminine: false },
  design: { noun: 'diseño', this: 'Este diseño', feminine: false },
};

const load = (kind: EmbedKind) => (kind === 'call' ? 'Unirse a la llamada' : `Cargar ${nouns[kind].noun}`);
const o = (kind: EmbedKind) => (nouns[kind].feminine ? 'a' : 'o');
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

const list = new Intl.ListFormat('es', { type: 'conjunction' });
const days = new Intl.PluralRules('es');
const number = new Intl.NumberFormat('es');
/** "1 día", "2 días", and "1 000 000 de días" for the `many` of large round numbers. */
const dayWord = (n: number) => {
  const category = days.select(n);
  return category === 'one' ? 'día' : category === 'many' ? 'de días' : 'días';
};

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'su dirección no pertenece a ningún proveedor compatible con este sitio.',
  'invalid-provider': 'su atributo provider no indica ningún proveedor compatible con este sitio.',
  'wrong-host': 'su dirección no está en el host del proveedor que indica.',
  'invalid-id': 'su dirección no apunta a ningún elemento válido.',
  'short-link': 'su dirección es un enlace corto que solo su proveedor podría seguir.',
  'page-link': 'su dirección es una página de su proveedor, no el enlace que da su código de inserción.',
  'invalid-template': 'el código de inserción que contiene no está descrito correctamente.',
  'provider-error': 'su proveedor no pudo generarlo.',
  'part-unavailable': 'no se pudo cargar un archivo que necesita.',
  'trusted-types': 'la política de seguridad de este sitio no permite ejecutar su código.',
};
const badAddress = 'su dirección falta o no es un enlace https:// válido.';

export const es: Translation = {
  lang: 'es',
  dir: 'ltr',
  load,
  loadLabel: (kind, title) => `${load(kind)}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} está alojad${o(kind)} en ${name}${software ? `, un servidor de ${software}` : ''}. ` +
    `${kind === 'call' ? 'Al unirte' : `Al cargarl${o(kind)}`}, se envían tu dirección IP y otros datos a ${company}.`,
  noticeShort: ({ kind, company }) => `${kind === 'call' ? 'Al unirte' : 'Al cargar'}, se envían datos a ${company}.`,
  contacts: (hosts) => `Se conecta con ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `Política de privacidad de ${name}`,
  remember: ({ name }, n) => `Cargar siempre ${name} en este sitio (${number.format(n)} ${dayWord(n)})`,
  rememberedFor: ({ name }, n) => `Tu elección para ${name} se guarda durante ${number.format(n)} ${dayWord(n)}.`,
  cannotRemember: 'Este navegador no permite que el sitio guarde tu elección: solo dura hasta que salgas de la página.',
  withdraw: ({ name }) => `Dejar de cargar ${name}`,
  blocked: ({ name }) => `La configuración de privacidad de este sitio no permite cargar ${name} aquí.`,
  gpc: 'Tu navegador pide a los sitios que no compartan tus datos (Global Privacy Control). No se carga nada si no lo eliges tú.',
  loaded: ({ kind, name }, title) => `${capital(nouns[kind].noun)} de ${name} cargad${o(kind)}: ${title}`,
  untitled: ({ kind, name }) => `${capital(nouns[kind].noun)} de ${name}`,
  settings: {
    label: 'Tus elecciones sobre contenido de terceros en este sitio',
    empty: 'No has permitido ningún contenido de terceros en este sitio. No hay ninguna elección guardada.',
    session: 'Permitido durante esta sesión de navegación',
    page: 'Permitido hasta que salgas de esta página',
    unreadable: 'Este navegador no permite que el sitio lea ni guarde tus elecciones: no se pueden mostrar las anteriores, y lo que permitas solo dura hasta que salgas de la página.',
    remembered: (until) => `Permitido y guardado hasta el ${until}`,
    undecided: 'No permitido',
    withdraw: 'Retirar',
    withdrawLabel: (name) => `Retirar tu consentimiento para ${name}`,
    withdrawAll: 'Retirar todo',
    allow: 'Permitir',
    allowLabel: (name) => `Permitir ${name}`,
    rememberAllowed: 'Recordar lo que permito aquí',
    withdrawn: (name) => `${name}: consentimiento retirado.`,
    allowed: (name) => `${name}: permitido.`,
    withdrawnAll: 'Todos los consentimientos retirados.',
    previews: (name) => `Vistas previas de ${name}`,
  },
  previews: {
    show: ({ name }) => `Mostrar vistas previas de ${name}`,
    notice: ({ name, company }) => `Las vistas previas son imágenes cargadas desde ${name}: mostrarlas envía tu dirección IP a ${company}.`,
  },
  error: (code) => `Este contenido insertado no se puede mostrar: ${reasons[code] ?? badAddress}`,
};
