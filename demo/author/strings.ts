/**
 * The editor page's own words, in Arabic (the source), French and English. Not lit-localize: the XLIFF files
 * belong to the component. Every language has every string (the `Strings` type says so). Numbers are written
 * with Western digits, as in Morocco; plurals go through `Intl.PluralRules` (Arabic has six forms).
 */
import type { UiLocale } from '../../src/localization.js';
import type { ChairTextName, TraitTextName } from './draft.js';
import { formatters, perLanguage, problemWords, type ProblemWords } from '../../src/quiz/author-messages.js';

/** The page speaks the component's interface languages; `resolveUiLocale` and `directionOf` (src/) pick and orient them. */
export type PageLang = UiLocale;
/** In the order the page offers them (the component's `UI_LOCALES`, Arabic first, then French as in Morocco). */
export const PAGE_LANGS: readonly PageLang[] = ['ar', 'fr', 'en'];

export interface Strings {
  lang: PageLang;
  /** A number with Western digits. */
  n(value: number): string;
  /** A percentage of the picture (`41.5%`). */
  pct(value: number): string;
  /** A file size (`45 kB`). */
  kb(bytes: number): string;
  /** A language's name, for labels (`Français`). */
  langName(code: string): string;
  /** A list (`a, b and c`). */
  list(items: string[]): string;
  /** A moment, date and time (`1 déc. 2026, 20:15`). */
  when(time: number): string;

  appTitle: string;
  appIntro: string;
  pageLanguage: string;
  privacy: string;

  fileBar: string;
  newQuiz: string;
  confirmNew: string;
  openQuiz: string;
  openHelp: string;
  openFromSite: string;
  download: string;
  copyJson: string;
  copied(file: string): string;
  copyPictureNote(file: string): string;
  copyFailed: string;
  showJson: string;
  downloaded(files: string[]): string;
  downloadedWithProblems: string;
  downloadLinks: string;

  ready: string;
  problemsLeft(count: number): string;
  summaryHeading: string;
  summaryHelp: string;

  pictureHeading: string;
  modeEdit: string;
  modePreview: string;
  choosePicture: string;
  pictureAddress: string;
  useAddressSummary: string;
  pictureAddressHelp: string;
  useAddress: string;
  samplePicture: string;
  pictureEmbedded(name: string, width: number, height: number, bytes: number): string;
  pictureBeside(name: string, width: number, height: number, bytes: number, file: string): string;
  pictureFromAddress(address: string, width: number, height: number): string;
  pictureLoading: string;
  pictureFailed(address: string): string;
  noPictureYet: string;
  editorHelp: string;
  addCentre: string;
  markersLabel: string;
  chairN(n: number): string;
  position(x: number, y: number): string;
  markerHelp: string;
  chairsCount(n: number): string;

  added(n: number): string;
  removed(n: number, renumbered: boolean): string;
  moved(n: number, x: number, y: number): string;
  renumbered(from: number, to: number): string;
  pictureReady: string;
  opened(name: string): string;
  openFailed(name: string): string;
  dropped(fields: string[]): string;
  needPicture(name: string): string;

  openSiteQuiz: string;
  draftWhere: string;
  draftPictureNotKept(name: string): string;
  draftUnavailable: string;
  discardDraft: string;
  confirmDiscard: string;
  restoreOffer(savedAt: number): string;
  restoreDraft: string;
  restored: string;
  shrinkPicture: string;
  shrunk(from: number, to: number, width: number, height: number): string;
  shrinkFailed: string;
  pictureUnsupported(name: string): string;
  chairSheetDone: string;

  quizHeading: string;
  id: string;
  idHelp: string;
  languagesLegend: string;
  languagesHelp(primary: string): string;
  optional: string;
  quizTexts: { title: string; question: string; intro: string; disclaimer: string };
  quizTextHelp: { title: string; question: string; intro: string; disclaimer: string };
  alt: string;
  altHelp: string;

  chairsHeading: string;
  chairsEmpty: string;
  chairPicker: string;
  number: string;
  numberHelp: string;
  x: string;
  y: string;
  deleteChair(n: number): string;
  chairTexts: Record<ChairTextName, string>;
  chairTextHelp: Record<ChairTextName, string>;
  hasProblems: string;
  /** Under a text field: how long it is and may be (`42 / 90 characters`). */
  charCount(used: number, max: number): string;

  traitsHeading: string;
  traitsHelp: string;
  traitN(n: number): string;
  traitTexts: Record<TraitTextName, string>;
  traitTextHelp: Record<TraitTextName, string>;

  previewHeading: string;
  previewLanguage: string;
  previewWidth: string;
  phone: string;
  desktop: string;
  previewNote(placeholder: string): string;
  previewBlocked: string;
  placeholder: string;

  fields: {
    id: string;
    languages: string;
    picture: string;
    chairs: string;
    general: string;
    position: string;
    number: string;
    other: string;
  };
  /** Every problem, in the words `npm run validate` uses too (src/quiz/author-messages.ts). */
  problem: ProblemWords;
}

function arabic(): Strings {
  const f = formatters('ar');
  const { n } = f;
  return {
    lang: 'ar',
    ...f,
    appTitle: 'محرّر اختبار «أيّ كرسي تختارون؟»',
    appIntro:
      'اختر صورة الغرفة، وانقر عليها لتضع الكراسي المرقّمة، واكتب ما يقوله كل كرسي عمّن يختاره، ثم نزّل ملف الاختبار. تظهر المعاينة والملاحظات وأنت تكتب.',
    pageLanguage: 'لغة الصفحة',
    privacy: 'كل شيء يبقى في متصفحك: لا يُرسَل أي شيء إلى أي مكان.',

    fileBar: 'الملف',
    newQuiz: 'اختبار جديد',
    confirmNew: 'سيُمحى الاختبار الذي تعمل عليه. هل تريد المتابعة؟',
    openQuiz: 'فتح اختبار…',
    openHelp: 'ملف JSON، ويمكنك اختيار صورته معه',
    openFromSite: 'أو اختبار من الموقع',
    download: 'تنزيل الاختبار',
    copyJson: 'نسخ JSON',
    copied: (file) => `تم النسخ ✓ الصقه في ملف باسم ${file} داخل مجلد quizzes/‎.`,
    copyPictureNote: (file) => `الصورة ليست داخل النص المنسوخ: نزّلها بزر «تنزيل الاختبار» وضعها بجانبه باسم ${file}.`,
    copyFailed: 'تعذّر النسخ تلقائيًا: النص محدَّد أدناه، انسخه بنفسك أو استعمل زر «تنزيل الاختبار».',
    showJson: 'عرض نص الملف (JSON)',
    downloaded: (files) =>
      `تم التنزيل: ${f.list(files)}. ضع ${files.length > 1 ? 'الملفين معًا' : 'الملف'} في مجلد quizzes/‎ بالموقع.`,
    downloadedWithProblems:
      'انتبه: الاختبار لم يكتمل بعد (انظر «ما بقي قبل النشر»). يمكنك فتح هذا الملف هنا لاحقًا لإكماله.',
    downloadLinks: 'إن لم يبدأ التنزيل:',

    ready: 'الاختبار جاهز للنشر ✓',
    problemsLeft: (count) => {
      switch (f.plural(count)) {
        case 'one':
          return 'بقي شيء واحد قبل أن يصبح الاختبار جاهزًا';
        case 'two':
          return 'بقي شيئان قبل أن يصبح الاختبار جاهزًا';
        case 'few':
          return `بقيت ${n(count)} أشياء قبل أن يصبح الاختبار جاهزًا`;
        case 'many':
          return `بقي ${n(count)} شيئًا قبل أن يصبح الاختبار جاهزًا`;
        default:
          return `بقي ${n(count)} شيء قبل أن يصبح الاختبار جاهزًا`;
      }
    },
    summaryHeading: 'ما بقي قبل النشر',
    summaryHelp: 'انقر على سطر لتنتقل إلى الحقل المعني.',

    pictureHeading: 'الصورة والكراسي',
    modeEdit: 'وضع الكراسي',
    modePreview: 'معاينة',
    choosePicture: 'اختيار صورة من الجهاز…',
    pictureAddress: 'عنوان الصورة',
    useAddressSummary: 'أو استعمل عنوان صورة…',
    pictureAddressHelp: 'اسم ملف موجود بجانب الاختبار (مثل salle.jpg) أو عنوان يبدأ بـ https://',
    useAddress: 'استعمال',
    samplePicture: 'تجربة بصورة المثال',
    pictureEmbedded: (name, w, h, bytes) => `${name} — ${n(w)}×${n(h)} — ${f.kb(bytes)}: ستُحفَظ داخل ملف الاختبار.`,
    pictureBeside: (name, w, h, bytes, file) =>
      `${name} — ${n(w)}×${n(h)} — ${f.kb(bytes)}: ستُنزَّل بجانب ملف الاختبار باسم ${file}.`,
    pictureFromAddress: (address, w, h) => `${address} — ${n(w)}×${n(h)}`,
    pictureLoading: 'جارٍ تحميل الصورة…',
    pictureFailed: (address) => `تعذّر تحميل الصورة «${address}». اختر ملفها من جهازك أو تحقّق من العنوان.`,
    noPictureYet: 'ابدأ باختيار صورة للغرفة: صورة فوتوغرافية أو رسمًا تُرى فيه كل الكراسي، ويُفضَّل أن يكون من الأعلى.',
    editorHelp:
      'انقر على الصورة لتضيف كرسيًّا، واسحب كرسيًّا لتحرّكه. بلوحة المفاتيح: انتقل إلى كرسي بزر Tab، وحرّكه بالأسهم (1٪، ومع Shift ‏0.1٪)، واحذفه بزر Delete.',
    addCentre: 'إضافة كرسي في الوسط',
    markersLabel: 'الكراسي على الصورة',
    chairN: (v) => `الكرسي ${n(v)}`,
    position: (x, y) => `${f.pct(x)} من اليسار، ${f.pct(y)} من الأعلى`,
    markerHelp: 'الأسهم تحرّك الكرسي (مع Shift بخطوات أصغر)، وDelete تحذفه.',
    chairsCount: (v) => `عدد الكراسي: ${n(v)}`,

    added: (v) => `أُضيف الكرسي ${n(v)}.`,
    removed: (v, renumbered) => `حُذف الكرسي ${n(v)}.${renumbered ? ' وأُعيد ترقيم الكراسي التي بعده.' : ''}`,
    moved: (v, x, y) => `الكرسي ${n(v)}: ${f.pct(x)} من اليسار، ${f.pct(y)} من الأعلى.`,
    renumbered: (from, to) => `صار الكرسي ${n(from)} هو الكرسي ${n(to)}، وتغيّرت أرقام الكراسي التي بينهما.`,
    pictureReady: 'الصورة جاهزة.',
    opened: (name) => `فُتح الاختبار ${name}.`,
    openFailed: (name) => `تعذّر فتح ${name}: ليس ملف اختبار (JSON) صالحًا.`,
    dropped: (fields) => `لم يُحتفَظ بهذه الحقول غير المعروفة: ${f.list(fields)}.`,
    needPicture: (name) => `هذا الاختبار يستعمل الصورة «${name}». اختر ملفها من جهازك لتراها.`,
    openSiteQuiz: 'فتح',
    draftWhere: 'يُحفظ عملك مسودةً في هذا المتصفح وحده، على هذا الجهاز، كلما كتبت. لا يُرسَل إلى أي مكان.',
    draftPictureNotKept: (name) => `تعذّر حفظ الصورة «${name}» في المتصفح: سيُطلب منك ملفها باسمه عند الاستعادة.`,
    draftUnavailable: 'لا يستطيع هذا المتصفح حفظ مسودة: نزّل الاختبار لتحفظ عملك.',
    discardDraft: 'حذف المسودة',
    confirmDiscard: 'ستُحذف المسودة من هذا المتصفح ويبدأ اختبار جديد. هل تريد المتابعة؟',
    restoreOffer: (savedAt) => `في هذا المتصفح مسودة اختبار محفوظة (${f.when(savedAt)}).`,
    restoreDraft: 'استعادة المسودة',
    restored: 'استُعيدت المسودة.',
    shrinkPicture: 'تصغير الصورة هنا',
    shrunk: (from, to, width, height) => `صُغّرت الصورة من ${f.kb(from)} إلى ${f.kb(to)} (${n(width)}×${n(height)}).`,
    shrinkFailed: 'تعذّر تصغير الصورة في هذا المتصفح.',
    pictureUnsupported: (name) => `«${name}» ليست بصيغة يقبلها الاختبار: PNG أو JPEG أو WebP أو AVIF أو SVG.`,
    chairSheetDone: 'رجوع إلى الصورة',

    quizHeading: 'الاختبار',
    id: 'اسم الملف',
    idHelp: 'بالحروف اللاتينية الصغيرة والأرقام والشرطة (-) فقط. سيُسمّى الملف:',
    languagesLegend: 'لغات الاختبار',
    languagesHelp: (primary) => `${primary} دائمًا. أضف لغة لتكتب كل نص بها أيضًا.`,
    optional: 'اختياري',
    quizTexts: { title: 'عنوان الاختبار', question: 'السؤال', intro: 'تمهيد قصير', disclaimer: 'تنبيه' },
    quizTextHelp: {
      title: 'مثل: غرفة الاجتماع',
      question: 'مثل: لو دخلتم غرفة الاجتماع هذه… أيّ كرسي تختارون؟',
      intro: 'جملة أو جملتان تحت السؤال.',
      disclaimer: 'إن تركته فارغًا يظهر: «هذا الاختبار للمتعة والتأمل، وليس تقييمًا نفسيًا.»',
    },
    alt: 'وصف الصورة لمن لا يراها',
    altHelp: 'صف الغرفة ومكان كل كرسي، كما لو كنت تشرحها لشخص عبر الهاتف.',

    chairsHeading: 'نصوص الكراسي',
    chairsEmpty: 'لا كراسي بعد: انقر على الصورة أو استعمل زر «إضافة كرسي في الوسط».',
    chairPicker: 'الكرسي الذي تكتب نصوصه',
    number: 'رقم الكرسي',
    numberHelp: 'غيّر الرقم لتعيد ترتيب الكراسي: تتغيّر أرقام الكراسي الأخرى تبعًا لذلك.',
    x: 'من اليسار (٪)',
    y: 'من الأعلى (٪)',
    deleteChair: (v) => `حذف الكرسي ${n(v)}`,
    chairTexts: {
      place: 'مكانه في الغرفة',
      title: 'عنوان النتيجة',
      description: 'المعنى',
      leadership: 'أسلوب القيادة',
      collaboration: 'أسلوب التعاون',
      headline: 'جملة النتيجة',
      strength: 'نقطة القوة',
      tip: 'نصيحة صغيرة',
      together: 'بجانب كرسي آخر',
      share: 'نص المشاركة',
    },
    chairTextHelp: {
      place: 'يُقرأ لمن لا يرى الصورة، مثل: قرب النافذة',
      title: 'مثل: القائد',
      description: 'جملتان أو ثلاث عمّا يقوله هذا الاختيار عن صاحبه.',
      leadership: 'كيف يقود هذا الشخص.',
      collaboration: 'كيف يتعاون مع الآخرين.',
      headline: 'جملة واحدة، تظهر أولًا وتُشارَك مع النتيجة.',
      strength: 'نقطة قوة واحدة.',
      tip: 'نصيحة ودّية واحدة.',
      together: 'ما يضيفه هذا الاختيار بجانب اختيار صديق، مثل: يحسم الأمر حين يدور النقاش في حلقة.',
      share: 'النص الذي يُرسَل حين يشارك الزائر هذه النتيجة.',
    },
    hasProblems: 'فيه أشياء يجب إصلاحها',
    charCount: (used, max) => `الطول: ${n(used)} من ${n(max)}`,

    traitsHeading: 'السمات',
    traitsHelp: 'السمات التي تقيسها درجات الكراسي في ملف الاختبار.',
    traitN: (v) => `السمة ${n(v)}`,
    traitTexts: { label: 'اسم السمة', opposite: 'الطرف الآخر' },
    traitTextHelp: {
      label: 'مثل: روح المبادرة',
      opposite: 'الطرف الآخر من المقياس، مثل: الإصغاء في مقابل المبادرة.',
    },

    previewHeading: 'معاينة',
    previewLanguage: 'لغة المعاينة',
    previewWidth: 'العرض',
    phone: 'هاتف',
    desktop: 'حاسوب',
    previewNote: (p) => `هذا هو الاختبار الحقيقي كما سيراه الزوار. النصوص التي لم تُكتب بعد تظهر هكذا: ${p}`,
    previewBlocked: 'ستظهر المعاينة بعد إصلاح ما يلي، فالزوار لن يروا الاختبار قبل ذلك:',
    placeholder: '…',

    fields: {
      id: 'اسم الملف',
      languages: 'لغات الاختبار',
      picture: 'الصورة',
      chairs: 'الكراسي',
      general: 'الملف',
      position: 'الموضع على الصورة',
      number: 'الرقم',
      other: 'بيانات أخرى',
    },
    problem: problemWords('ar'),
  };
}

function french(): Strings {
  const f = formatters('fr');
  const { n } = f;
  return {
    lang: 'fr',
    ...f,
    appTitle: 'Éditeur du quiz « Quelle chaise choisiriez-vous ? »',
    appIntro:
      'Choisissez la photo de la salle, cliquez dessus pour placer les chaises numérotées, écrivez ce que chaque chaise dit de la personne qui la choisit, puis téléchargez le fichier du quiz. L’aperçu et les remarques s’affichent pendant que vous écrivez.',
    pageLanguage: 'Langue de la page',
    privacy: 'Tout reste dans votre navigateur : rien n’est envoyé nulle part.',

    fileBar: 'Fichier',
    newQuiz: 'Nouveau quiz',
    confirmNew: 'Le quiz en cours sera effacé. Continuer ?',
    openQuiz: 'Ouvrir un quiz…',
    openHelp: 'Un fichier JSON ; vous pouvez choisir sa photo en même temps',
    openFromSite: 'ou un quiz du site',
    download: 'Télécharger le quiz',
    copyJson: 'Copier le JSON',
    copied: (file) => `Copié ✓ Collez-le dans un fichier nommé ${file}, dans le dossier quizzes/.`,
    copyPictureNote: (file) =>
      `La photo n’est pas dans le texte copié : téléchargez-la avec « Télécharger le quiz » et placez-la à côté, sous le nom ${file}.`,
    copyFailed:
      'Copie automatique impossible : le texte est sélectionné ci-dessous, copiez-le vous-même ou utilisez « Télécharger le quiz ».',
    showJson: 'Voir le texte du fichier (JSON)',
    downloaded: (files) =>
      `Téléchargé : ${f.list(files)}. Placez ${files.length > 1 ? 'ces fichiers ensemble' : 'ce fichier'} dans le dossier quizzes/ du site.`,
    downloadedWithProblems:
      'Attention : le quiz n’est pas encore terminé (voir « Reste à faire »). Vous pourrez rouvrir ce fichier ici pour le finir.',
    downloadLinks: 'Si le téléchargement n’a pas commencé :',

    ready: 'Le quiz est prêt à publier ✓',
    problemsLeft: (count) =>
      f.plural(count) === 'one'
        ? 'Encore 1 point avant que le quiz soit prêt'
        : `Encore ${n(count)} points avant que le quiz soit prêt`,
    summaryHeading: 'Reste à faire',
    summaryHelp: 'Cliquez sur une ligne pour aller au champ concerné.',

    pictureHeading: 'La photo et les chaises',
    modeEdit: 'Placer les chaises',
    modePreview: 'Aperçu',
    choosePicture: 'Choisir une photo sur l’appareil…',
    pictureAddress: 'Adresse de la photo',
    useAddressSummary: 'ou utilisez l’adresse d’une photo…',
    pictureAddressHelp: 'Le nom d’un fichier placé à côté du quiz (comme salle.jpg) ou une adresse en https://',
    useAddress: 'Utiliser',
    samplePicture: 'Essayer avec la photo d’exemple',
    pictureEmbedded: (name, w, h, bytes) =>
      `${name} — ${n(w)}×${n(h)} — ${f.kb(bytes)} : elle sera enregistrée dans le fichier du quiz.`,
    pictureBeside: (name, w, h, bytes, file) =>
      `${name} — ${n(w)}×${n(h)} — ${f.kb(bytes)} : elle sera téléchargée à côté du quiz, sous le nom ${file}.`,
    pictureFromAddress: (address, w, h) => `${address} — ${n(w)}×${n(h)}`,
    pictureLoading: 'Chargement de la photo…',
    pictureFailed: (address) =>
      `Impossible de charger la photo « ${address} ». Choisissez le fichier sur votre appareil ou vérifiez l’adresse.`,
    noPictureYet:
      'Commencez par choisir une photo de la salle : une photo ou un dessin où l’on voit toutes les chaises, de préférence vu de dessus.',
    editorHelp:
      'Cliquez sur la photo pour ajouter une chaise, faites glisser une chaise pour la déplacer. Au clavier : allez sur une chaise avec Tab, déplacez-la avec les flèches (1 %, avec Maj 0,1 %), supprimez-la avec Suppr.',
    addCentre: 'Ajouter une chaise au centre',
    markersLabel: 'Les chaises sur la photo',
    chairN: (v) => `Chaise ${n(v)}`,
    position: (x, y) => `${f.pct(x)} depuis la gauche, ${f.pct(y)} depuis le haut`,
    markerHelp: 'Les flèches déplacent la chaise (avec Maj, par petits pas), Suppr l’enlève.',
    chairsCount: (v) => `Chaises : ${n(v)}`,

    added: (v) => `Chaise ${n(v)} ajoutée.`,
    removed: (v, renumbered) =>
      `Chaise ${n(v)} supprimée.${renumbered ? ' Les chaises suivantes ont été renumérotées.' : ''}`,
    moved: (v, x, y) => `Chaise ${n(v)} : ${f.pct(x)} depuis la gauche, ${f.pct(y)} depuis le haut.`,
    renumbered: (from, to) =>
      `La chaise ${n(from)} est devenue la chaise ${n(to)} ; les chaises entre les deux ont changé de numéro.`,
    pictureReady: 'La photo est prête.',
    opened: (name) => `Quiz ${name} ouvert.`,
    openFailed: (name) => `Impossible d’ouvrir ${name} : ce n’est pas un fichier de quiz (JSON) valide.`,
    dropped: (fields) => `Ces champs inconnus n’ont pas été gardés : ${f.list(fields)}.`,
    needPicture: (name) =>
      `Ce quiz utilise la photo « ${name} ». Choisissez ce fichier sur votre appareil pour la voir.`,
    openSiteQuiz: 'Ouvrir',
    draftWhere:
      'Votre travail est gardé comme brouillon dans ce navigateur seulement, sur cet appareil, à mesure que vous écrivez. Rien n’est envoyé.',
    draftPictureNotKept: (name) =>
      `La photo « ${name} » n’a pas pu être gardée dans le navigateur : elle vous sera redemandée par son nom à la reprise.`,
    draftUnavailable: 'Ce navigateur ne peut pas garder de brouillon : téléchargez le quiz pour garder votre travail.',
    discardDraft: 'Supprimer le brouillon',
    confirmDiscard: 'Le brouillon sera supprimé de ce navigateur et un nouveau quiz commencera. Continuer ?',
    restoreOffer: (savedAt) => `Un brouillon de quiz est gardé dans ce navigateur (${f.when(savedAt)}).`,
    restoreDraft: 'Reprendre le brouillon',
    restored: 'Brouillon repris.',
    shrinkPicture: 'Réduire la photo ici',
    shrunk: (from, to, width, height) => `Photo réduite de ${f.kb(from)} à ${f.kb(to)} (${n(width)}×${n(height)}).`,
    shrinkFailed: 'Impossible de réduire la photo dans ce navigateur.',
    pictureUnsupported: (name) => `« ${name} » n’est pas dans un format accepté : PNG, JPEG, WebP, AVIF ou SVG.`,
    chairSheetDone: 'Retour à la photo',

    quizHeading: 'Le quiz',
    id: 'Nom du fichier',
    idHelp: 'Lettres latines minuscules, chiffres et tirets (-) seulement. Le fichier s’appellera :',
    languagesLegend: 'Langues du quiz',
    languagesHelp: (primary) =>
      `${primary} toujours. Ajoutez une langue pour écrire aussi chaque texte dans cette langue.`,
    optional: 'facultatif',
    quizTexts: {
      title: 'Titre du quiz',
      question: 'La question',
      intro: 'Courte introduction',
      disclaimer: 'Avertissement',
    },
    quizTextHelp: {
      title: 'Par exemple : La salle de réunion',
      question: 'Par exemple : Si vous entriez dans cette salle de réunion… quelle chaise choisiriez-vous ?',
      intro: 'Une ou deux phrases sous la question.',
      disclaimer:
        'Vide, le quiz affiche : « Ce quiz est fait pour s’amuser et réfléchir ; ce n’est pas une évaluation psychologique. »',
    },
    alt: 'Description de la photo pour qui ne la voit pas',
    altHelp: 'Décrivez la salle et la place de chaque chaise, comme au téléphone.',

    chairsHeading: 'Les textes des chaises',
    chairsEmpty: 'Pas encore de chaise : cliquez sur la photo ou utilisez « Ajouter une chaise au centre ».',
    chairPicker: 'Chaise dont vous écrivez les textes',
    number: 'Numéro de la chaise',
    numberHelp: 'Changez le numéro pour réordonner les chaises : les autres numéros suivent.',
    x: 'Depuis la gauche (%)',
    y: 'Depuis le haut (%)',
    deleteChair: (v) => `Supprimer la chaise ${n(v)}`,
    chairTexts: {
      place: 'Sa place dans la salle',
      title: 'Titre du résultat',
      description: 'Ce que ce choix veut dire',
      leadership: 'Façon de diriger',
      collaboration: 'Façon de coopérer',
      headline: 'Phrase du résultat',
      strength: 'Point fort',
      tip: 'Petit conseil',
      together: 'À côté d’une autre chaise',
      share: 'Texte de partage',
    },
    chairTextHelp: {
      place: 'Lu à qui ne voit pas la photo, par exemple : près de la fenêtre',
      title: 'Par exemple : Capitaine à bord',
      description: 'Deux ou trois phrases sur ce que ce choix dit de la personne.',
      leadership: 'Comment cette personne mène un groupe.',
      collaboration: 'Comment elle travaille avec les autres.',
      headline: 'Une phrase, montrée en premier et partagée.',
      strength: 'Un point fort.',
      tip: 'Un conseil amical.',
      together:
        'Ce que ce choix apporte à côté de celui d’un ami, par exemple : tranche quand la discussion tourne en rond.',
      share: 'Le texte envoyé quand on partage ce résultat.',
    },
    hasProblems: 'a des points à corriger',
    charCount: (used, max) => `${n(used)} / ${n(max)} caractères`,

    traitsHeading: 'Traits',
    traitsHelp: 'Les traits que mesurent les scores des chaises, dans le fichier du quiz.',
    traitN: (v) => `Trait ${n(v)}`,
    traitTexts: { label: 'Nom du trait', opposite: 'L’autre bout' },
    traitTextHelp: {
      label: 'Par exemple : Esprit d’initiative',
      opposite: 'L’autre bout de l’échelle, par exemple : Écoute face à Esprit d’initiative.',
    },

    previewHeading: 'Aperçu',
    previewLanguage: 'Langue de l’aperçu',
    previewWidth: 'Largeur',
    phone: 'Téléphone',
    desktop: 'Ordinateur',
    previewNote: (p) =>
      `Voici le vrai quiz, tel que les visiteurs le verront. Les textes pas encore écrits s’affichent ainsi : ${p}`,
    previewBlocked: 'L’aperçu s’affichera une fois ceci corrigé ; les visiteurs ne verraient pas le quiz avant :',
    placeholder: '…',

    fields: {
      id: 'Nom du fichier',
      languages: 'Langues du quiz',
      picture: 'Photo',
      chairs: 'Chaises',
      general: 'Fichier',
      position: 'Place sur la photo',
      number: 'Numéro',
      other: 'Autres données',
    },
    problem: problemWords('fr'),
  };
}

function english(): Strings {
  const f = formatters('en');
  const { n } = f;
  return {
    lang: 'en',
    ...f,
    appTitle: '“Which chair would you pick?” quiz editor',
    appIntro:
      'Choose a picture of the room, click on it to place the numbered chairs, write what each chair says about the person who picks it, then download the quiz file. The preview and the notes update as you type.',
    pageLanguage: 'Page language',
    privacy: 'Everything stays in your browser: nothing is sent anywhere.',

    fileBar: 'File',
    newQuiz: 'New quiz',
    confirmNew: 'The quiz you are working on will be cleared. Continue?',
    openQuiz: 'Open a quiz…',
    openHelp: 'A JSON file; you can pick its picture along with it',
    openFromSite: 'or one of the site’s quizzes',
    download: 'Download the quiz',
    copyJson: 'Copy the JSON',
    copied: (file) => `Copied ✓ Paste it into a file named ${file} in the quizzes/ folder.`,
    copyPictureNote: (file) =>
      `The picture is not in the copied text: download it with “Download the quiz” and put it beside, named ${file}.`,
    copyFailed:
      'Could not copy automatically: the text is selected below; copy it yourself or use “Download the quiz”.',
    showJson: 'Show the file’s text (JSON)',
    downloaded: (files) =>
      `Downloaded: ${f.list(files)}. Put ${files.length > 1 ? 'these files together' : 'this file'} in the site’s quizzes/ folder.`,
    downloadedWithProblems:
      'Note: the quiz is not finished yet (see “Still to do”). You can open this file here later to finish it.',
    downloadLinks: 'If the download did not start:',

    ready: 'The quiz is ready to publish ✓',
    problemsLeft: (count) =>
      f.plural(count) === 'one'
        ? '1 thing left before the quiz is ready'
        : `${n(count)} things left before the quiz is ready`,
    summaryHeading: 'Still to do',
    summaryHelp: 'Click a line to go to the field it concerns.',

    pictureHeading: 'The picture and the chairs',
    modeEdit: 'Place the chairs',
    modePreview: 'Preview',
    choosePicture: 'Choose a picture from this device…',
    pictureAddress: 'Picture address',
    useAddressSummary: 'or use a picture’s address…',
    pictureAddressHelp: 'A file name beside the quiz (like room.jpg) or an https:// address',
    useAddress: 'Use',
    samplePicture: 'Try the sample picture',
    pictureEmbedded: (name, w, h, bytes) =>
      `${name} — ${n(w)}×${n(h)} — ${f.kb(bytes)}: it will be saved inside the quiz file.`,
    pictureBeside: (name, w, h, bytes, file) =>
      `${name} — ${n(w)}×${n(h)} — ${f.kb(bytes)}: it will be downloaded beside the quiz, named ${file}.`,
    pictureFromAddress: (address, w, h) => `${address} — ${n(w)}×${n(h)}`,
    pictureLoading: 'Loading the picture…',
    pictureFailed: (address) =>
      `Could not load the picture “${address}”. Choose the file on your device or check the address.`,
    noPictureYet:
      'Start by choosing a picture of the room: a photo or a drawing where every chair can be seen, preferably from above.',
    editorHelp:
      'Click on the picture to add a chair; drag a chair to move it. With the keyboard: Tab to a chair, move it with the arrow keys (1%, with Shift 0.1%), remove it with Delete.',
    addCentre: 'Add a chair in the centre',
    markersLabel: 'Chairs on the picture',
    chairN: (v) => `Chair ${n(v)}`,
    position: (x, y) => `${f.pct(x)} from the left, ${f.pct(y)} from the top`,
    markerHelp: 'Arrow keys move the chair (with Shift, in small steps); Delete removes it.',
    chairsCount: (v) => `Chairs: ${n(v)}`,

    added: (v) => `Chair ${n(v)} added.`,
    removed: (v, renumbered) => `Chair ${n(v)} removed.${renumbered ? ' The chairs after it were renumbered.' : ''}`,
    moved: (v, x, y) => `Chair ${n(v)}: ${f.pct(x)} from the left, ${f.pct(y)} from the top.`,
    renumbered: (from, to) => `Chair ${n(from)} is now chair ${n(to)}; the chairs in between changed numbers.`,
    pictureReady: 'The picture is ready.',
    opened: (name) => `Opened the quiz ${name}.`,
    openFailed: (name) => `Could not open ${name}: it is not a valid quiz (JSON) file.`,
    dropped: (fields) => `These unknown fields were not kept: ${f.list(fields)}.`,
    needPicture: (name) => `This quiz uses the picture “${name}”. Choose that file on your device to see it.`,
    openSiteQuiz: 'Open',
    draftWhere:
      'Your work is kept as a draft in this browser only, on this device, as you type. Nothing is sent anywhere.',
    draftPictureNotKept: (name) =>
      `The picture “${name}” could not be kept in the browser: you will be asked for it by name when you restore.`,
    draftUnavailable: 'This browser cannot keep a draft: download the quiz to keep your work.',
    discardDraft: 'Discard the draft',
    confirmDiscard: 'The draft will be deleted from this browser and a new quiz started. Continue?',
    restoreOffer: (savedAt) => `A quiz draft is kept in this browser (${f.when(savedAt)}).`,
    restoreDraft: 'Restore the draft',
    restored: 'Draft restored.',
    shrinkPicture: 'Shrink the picture here',
    shrunk: (from, to, width, height) => `Picture shrunk from ${f.kb(from)} to ${f.kb(to)} (${n(width)}×${n(height)}).`,
    shrinkFailed: 'Could not shrink the picture in this browser.',
    pictureUnsupported: (name) => `“${name}” is not in a format the quiz accepts: PNG, JPEG, WebP, AVIF or SVG.`,
    chairSheetDone: 'Back to the picture',

    quizHeading: 'The quiz',
    id: 'File name',
    idHelp: 'Lowercase Latin letters, digits and dashes (-) only. The file will be named:',
    languagesLegend: 'Quiz languages',
    languagesHelp: (primary) => `${primary} always. Add a language to write every text in it too.`,
    optional: 'optional',
    quizTexts: { title: 'Quiz title', question: 'The question', intro: 'Short introduction', disclaimer: 'Disclaimer' },
    quizTextHelp: {
      title: 'For example: The Meeting Room',
      question: 'For example: If you walked into this meeting room… which chair would you choose?',
      intro: 'One or two sentences under the question.',
      disclaimer: 'Left empty, the quiz shows: “This quiz is for fun and reflection, not a psychological assessment.”',
    },
    alt: 'Description of the picture for people who cannot see it',
    altHelp: 'Describe the room and where each chair is, as you would over the phone.',

    chairsHeading: 'The chairs’ texts',
    chairsEmpty: 'No chairs yet: click on the picture or use “Add a chair in the centre”.',
    chairPicker: 'Chair whose texts you are writing',
    number: 'Chair number',
    numberHelp: 'Change the number to reorder the chairs: the other numbers follow.',
    x: 'From the left (%)',
    y: 'From the top (%)',
    deleteChair: (v) => `Remove chair ${n(v)}`,
    chairTexts: {
      place: 'Where it is in the room',
      title: 'Result title',
      description: 'What this choice means',
      leadership: 'Leadership style',
      collaboration: 'Collaboration style',
      headline: 'Result headline',
      strength: 'Strength',
      tip: 'Friendly tip',
      together: 'Beside another chair',
      share: 'Share text',
    },
    chairTextHelp: {
      place: 'Read to people who cannot see the picture, e.g. by the window',
      title: 'For example: The Captain',
      description: 'Two or three sentences on what this choice says about the person.',
      leadership: 'How this person leads.',
      collaboration: 'How they work with others.',
      headline: 'One sentence, shown first and shared.',
      strength: 'One strength.',
      tip: 'One friendly tip.',
      together: 'What this choice brings beside a friend’s, e.g. decides when talk goes round in circles.',
      share: 'The text sent when a visitor shares this result.',
    },
    hasProblems: 'has things to fix',
    charCount: (used, max) => `${n(used)} / ${n(max)} characters`,

    traitsHeading: 'Traits',
    traitsHelp: 'The traits the chairs’ scores measure, in the quiz file.',
    traitN: (v) => `Trait ${n(v)}`,
    traitTexts: { label: 'Trait name', opposite: 'Other end' },
    traitTextHelp: {
      label: 'For example: Initiative',
      opposite: 'The other end of the scale, e.g. Listening against Initiative.',
    },

    previewHeading: 'Preview',
    previewLanguage: 'Preview language',
    previewWidth: 'Width',
    phone: 'Phone',
    desktop: 'Desktop',
    previewNote: (p) => `This is the real quiz, as visitors will see it. Texts not written yet show as: ${p}`,
    previewBlocked: 'The preview will appear once this is fixed; visitors would not see the quiz before:',
    placeholder: '…',

    fields: {
      id: 'File name',
      languages: 'Quiz languages',
      picture: 'Picture',
      chairs: 'Chairs',
      general: 'File',
      position: 'Place on the picture',
      number: 'Number',
      other: 'Other data',
    },
    problem: problemWords('en'),
  };
}

/** The page's words in `lang`. */
export const strings = perLanguage<Strings>({ ar: arabic, fr: french, en: english });
