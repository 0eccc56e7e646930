/**
 * Arabic, registered by the demo's stage as a host would (`registerLocale`), starting from
 * `messages.json` as a translator does: the strings an agent sees most are translated, the rest
 * stay English.
 */
import messages from '../messages.json';
import { registerLocale, type WrapupMessages } from '../src/index.js';

/** Arabic for what an agent sees most; the rest stays in English, as a partial translation would. */
const arabic: Partial<WrapupMessages> = {
  title: 'أسباب إنهاء المعالجة',
  'search.label': 'ابحث في أسباب إنهاء المعالجة',
  submit: 'إرسال إنهاء المعالجة',
  chosen: 'المختار:',
  'chosen.none': 'لم يتم اختيار سبب بعد.',
  'countdown.label': 'إنهاء تلقائي خلال',
  'extend.by': 'تمديد بمقدار {duration}',
  'extend.cancel': 'إلغاء الإنهاء التلقائي',
  'heading.voice.end': 'انتهت المكالمة',
  'heading.chat.end': 'انتهت المحادثة',
  'heading.chat.transfer': 'تم تحويل المحادثة',
  'heading.email.send': 'تم إرسال الرد بالبريد الإلكتروني',
  'timer.up': 'وقت إنهاء المعالجة',
  'timer.down': 'الوقت المتبقي',
  'notes.label': 'ملاحظات',
  'group.suggested': 'مقترحة',
  'group.recent': 'الأخيرة',
  'group.all': 'كل الأسباب',
  'matches.none': 'لا توجد أسباب مطابقة',
  matches: { zero: 'لا أسباب مطابقة', one: 'سبب واحد مطابق', two: 'سببان مطابقان', few: '{count} أسباب مطابقة', many: '{count} سببًا مطابقًا', other: '{count} سبب مطابق' },
  'notes.left': { zero: 'لا أحرف متبقية', one: 'حرف واحد متبقٍ', two: 'حرفان متبقيان', few: '{count} أحرف متبقية', many: '{count} حرفًا متبقيًا', other: '{count} حرف متبقٍ' },
  'notes.required': 'أضف ملاحظة لإرسال إنهاء المعالجة.',
  'status.submitting': 'جارٍ الإرسال…',
  'status.done': 'تم الإرسال',
};

// (JSON has no key types: every id is there, as `npm test` checks.)
const english = Object.fromEntries(Object.entries(messages).map(([id, { text }]) => [id, text])) as unknown as WrapupMessages;
/** Registers Arabic, as a host page would at start-up. */
export const registerArabic = (): void => registerLocale('ar', { ...english, ...arabic });
