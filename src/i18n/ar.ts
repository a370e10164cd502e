import type { WarningCode } from '../core/warn.js';
import type { EmbedKind } from '../providers/provider.js';
import type { Translation } from './translation.js';

/**
 * Each kind as the sentences need it: the button's words, the demonstrative
 * agreed with the noun ("هذا الفيديو", "هذه الخريطة"), the indefinite noun for
 * "فيديو من YouTube", and the gender that participles and pronouns follow.
 * Buttons are verbal nouns ("تحميل الفيديو"), as is usual in Arabic UI, which
 * also keeps them free of the reader's gender.
 */
const nouns: Record<EmbedKind, { load: string; this: string; noun: string; feminine: boolean }> = {
  video: { load: 'تحميل الفيديو', this: 'هذا الفيديو', noun: 'فيديو', feminine: false },
  map: { load: 'تحميل الخريطة', this: 'هذه الخريطة', noun: 'خريطة', feminine: true },
  post: { load: 'تحميل المنشور', this: 'هذا المنشور', noun: 'منشور', feminine: false },
  audio: { load: 'تحميل المقطع الصوتي', this: 'هذا المقطع الصوتي', noun: 'مقطع صوتي', feminine: false },
  call: { load: 'الانضمام إلى المكالمة', this: 'هذه المكالمة', noun: 'مكالمة', feminine: true },
  calendar: { load: 'تحميل التقويم', this: 'هذا التقويم', noun: 'تقويم', feminine: false },
  code: { load: 'تحميل الرمز البرمجي', this: 'هذا الرمز البرمجي', noun: 'رمز برمجي', feminine: false },
  content: { load: 'تحميل المحتوى', this: 'هذا المحتوى', noun: 'محتوى', feminine: false },
  image: { load: 'تحميل الصورة', this: 'هذه الصورة', noun: 'صورة', feminine: true },
  document: { load: 'تحميل المستند', this: 'هذا المستند', noun: 'مستند', feminine: false },
  chart: { load: 'تحميل الرسم البياني', this: 'هذا الرسم البياني', noun: 'رسم بياني', feminine: false },
  form: { load: 'تحميل النموذج', this: 'هذا النموذج', noun: 'نموذج', feminine: false },
  design: { load: 'تحميل التصميم', this: 'هذا التصميم', noun: 'تصميم', feminine: false },
};

const list = new Intl.ListFormat('ar', { type: 'conjunction' });
const days = new Intl.PluralRules('ar');
const number = new Intl.NumberFormat('ar');
/**
 * The counted noun after "لمدة": one and two are said in words ("يوم واحد",
 * "يومين"), 3–10 take the plural ("أيام"), 11–99 the accusative singular
 * ("يومًا"), and 0, 100 and above the genitive singular ("يوم").
 */
const period = (n: number) => {
  const count = number.format(n);
  switch (days.select(n)) {
    case 'one':
      return 'يوم واحد';
    case 'two':
      return 'يومين';
    case 'few':
      return `${count} أيام`;
    case 'many':
      return `${count} يومًا`;
    default:
      return `${count} يوم`;
  }
};

/** Why an embed cannot be shown; codes without a reason of their own get the one about the address, as in English. */
const reasons: Partial<Record<WarningCode, string>> = {
  'unknown-provider': 'عنوانه لا ينتمي إلى أي مزوّد يدعمه هذا الموقع.',
  'invalid-provider': 'السمة provider لا تشير إلى أي مزوّد يدعمه هذا الموقع.',
  'wrong-host': 'عنوانه لا يقع على مضيف المزوّد الذي يذكره.',
  'invalid-id': 'عنوانه لا يشير إلى عنصر صالح.',
  'short-link': 'عنوانه رابط مختصر لا يستطيع تتبّعه إلا مزوّده.',
  'page-link': 'عنوانه صفحة لدى مزوّده، وليس الرابط الذي تعطيه شيفرة التضمين.',
  'invalid-template': 'رمز التضمين الذي يحتويه غير موصوف بشكل صحيح.',
  'provider-error': 'تعذّر على مزوّده إنشاؤه.',
  'part-unavailable': 'تعذّر تحميل ملف يحتاج إليه.',
  'trusted-types': 'سياسة الأمان في هذا الموقع لا تسمح بتشغيل شيفرته.',
};
const badAddress = 'عنوانه مفقود أو ليس رابط https:// صالحًا.';

/**
 * Modern Standard Arabic. The reader is addressed with the unvocalised "ـك",
 * which reads for either gender; verbs that would need the reader's gender
 * are passive ("لم يُسمح") or verbal nouns ("حفظ اختياري").
 */
export const ar: Translation = {
  lang: 'ar',
  dir: 'rtl',
  load: (kind) => nouns[kind].load,
  loadLabel: (kind, title) => `${nouns[kind].load}: ${title}`,
  notice: ({ kind, name, company, software }) =>
    `${nouns[kind].this} ${nouns[kind].feminine ? 'مستضافة' : 'مستضاف'} لدى ${name}${software ? `، وهو خادم ${software}` : ''}. ` +
    `${kind === 'call' ? 'عند الانضمام إليها' : nouns[kind].feminine ? 'عند تحميلها' : 'عند تحميله'}، ` +
    `يُرسَل عنوان IP الخاص بك وبيانات أخرى إلى ${company}.`,
  noticeShort: ({ kind, company }) => `يُرسِل ${kind === 'call' ? 'الانضمام' : 'التحميل'} بيانات إلى ${company}.`,
  contacts: (hosts) =>
    `يجري الاتصال ${hosts.length === 1 ? 'بالخادم' : hosts.length === 2 ? 'بالخادمين' : 'بالخوادم'} ${list.format(hosts)}.`,
  privacyLink: ({ name }) => `سياسة خصوصية ${name}`,
  remember: ({ name }, n) => `تحميل ${name} دائمًا على هذا الموقع (${period(n)})`,
  rememberedFor: ({ name }, n) => `يُحفَظ اختيارك بشأن ${name} لمدة ${period(n)}.`,
  cannotRemember: 'لا يسمح هذا المتصفح للموقع بحفظ اختيارك، فيبقى ساريًا إلى أن تغادر الصفحة.',
  withdraw: ({ name }) => `إيقاف تحميل ${name}`,
  blocked: ({ name }) => `لا تسمح إعدادات الخصوصية في هذا الموقع بتحميل ${name} هنا.`,
  gpc: 'يطلب متصفحك من المواقع عدم مشاركة بياناتك (Global Privacy Control). لن يُحمَّل أي شيء ما لم تختر ذلك.',
  loaded: ({ kind, name }, title) => `تم تحميل ${nouns[kind].noun} من ${name}: ${title}`,
  untitled: ({ kind, name }) => `${nouns[kind].noun} من ${name}`,
  settings: {
    label: 'اختياراتك بشأن محتوى الجهات الخارجية على هذا الموقع',
    empty: 'لم يُسمح بأي محتوى من جهات خارجية على هذا الموقع. لا يوجد أي اختيار محفوظ.',
    session: 'مسموح به خلال جلسة التصفح هذه',
    page: 'مسموح به حتى تغادر هذه الصفحة',
    unreadable: 'لا يسمح هذا المتصفح للموقع بقراءة اختياراتك أو حفظها: لا يمكن عرض الاختيارات السابقة، وما تسمح به يبقى ساريًا إلى أن تغادر الصفحة.',
    remembered: (until) => `مسموح به ومحفوظ حتى ${until}`,
    undecided: 'غير مسموح به',
    withdraw: 'سحب الموافقة',
    withdrawLabel: (name) => `سحب موافقتك على ${name}`,
    withdrawAll: 'سحب الكل',
    allow: 'السماح',
    allowLabel: (name) => `السماح بـ ${name}`,
    rememberAllowed: 'حفظ ما أسمح به هنا',
    withdrawn: (name) => `${name}: تم سحب الموافقة.`,
    allowed: (name) => `${name}: تم السماح.`,
    withdrawnAll: 'تم سحب جميع الموافقات.',
    previews: (name) => `معاينات ${name}`,
  },
  previews: {
    show: ({ name }) => `عرض المعاينات من ${name}`,
    notice: ({ name, company }) => `المعاينات صور تُحمَّل من ${name}: عرضها يرسل عنوان IP الخاص بك إلى ${company}.`,
  },
  error: (code) => `لا يمكن عرض هذا المحتوى المضمَّن: ${reasons[code] ?? badAddress}`,
};
