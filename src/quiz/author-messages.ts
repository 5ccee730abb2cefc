/**
 * Every problem a quiz author can meet, in the author's words, in Arabic, French and English: one set of messages
 * for `npm run validate` and the quiz playground (demo/author/). The schema (`schema.ts`, `format.ts`) words its
 * problems in English for developers; `classify` reads those lines back into a kind and its values, and
 * `problemWords` says each kind in a language, with how to fix it. The validator's own file checks (syntax,
 * encoding, pictures) create their kinds directly. Not part of the component's script. Pure.
 */

export type AuthorLang = 'ar' | 'fr' | 'en';
export const AUTHOR_LANGS: readonly AuthorLang[] = ['ar', 'fr', 'en'];

/** Kinds the schema's messages fall into (the playground shows each next to its field). */
export type SchemaProblemKind =
  | 'empty'
  | 'missingText'
  | 'tooLong'
  | 'missingTranslation'
  | 'tooClose'
  | 'nearEdge'
  | 'outside'
  | 'fewChairs'
  | 'manyChairs'
  | 'idPattern'
  | 'noPicture'
  | 'pictureScheme'
  | 'pictureSize'
  | 'numbering'
  | 'languages'
  | 'unknownTrait'
  | 'score'
  | 'version'
  | 'noun'
  | 'unknownField'
  | 'notAnObject'
  | 'other';

/** Kinds only the validator finds, in the file itself and beside it. */
export type FileProblemKind =
  | 'fileMissing'
  | 'isDirectory'
  | 'unreadable'
  | 'emptyFile'
  | 'binaryFile'
  | 'tooLarge'
  | 'notUtf8'
  | 'utf16'
  | 'syntaxComment'
  | 'syntaxTrailingComma'
  | 'syntaxCurlyQuote'
  | 'syntaxSingleQuote'
  | 'syntaxArabicDigit'
  | 'syntaxArabicComma'
  | 'syntaxMissingComma'
  | 'syntaxUnquoted'
  | 'syntaxUnclosed'
  | 'syntaxHtml'
  | 'tooDeep'
  | 'checkFailed'
  | 'syntaxOther'
  | 'manyPlainTexts'
  | 'manyMissingTranslations'
  | 'idFileName'
  | 'pictureMissing'
  | 'pictureOutside'
  | 'pictureBadAddress'
  | 'pictureUnknownFormat'
  | 'pictureNoSize'
  | 'svgNoSize'
  | 'pictureRatio'
  | 'svgUnsafe'
  | 'pictureHeavy';

export type ProblemKind = SchemaProblemKind | FileProblemKind;
export type Values = Record<string, string | number>;

type Rule = [SchemaProblemKind, RegExp, ...string[]];

/** Every message the schema writes, by kind; the capture groups fill `values`. */
const RULES: Rule[] = [
  ['empty', /^(?:must not be empty|needs at least one language)/],
  ['missingText', /^expected a text/],
  ['tooLong', /^is too long: at most (\d+) characters/, 'max'],
  ['missingTranslation', /^is missing the "([^"]+)" translation/, 'lang'],
  ['languages', /^is a plain text, but the quiz declares (.*?): give/, 'langs'],
  ['languages', /^is a language the quiz does not declare in "languages" \((.*)\)/, 'langs'],
  ['languages', /^is not a language code/],
  ['tooClose', /^chair (\d+) is too close to chair (\d+)/, 'chair', 'other'],
  [
    'nearEdge',
    /^chair (\d+) is too close to the edge of the picture.*?(\d+)% from the left and right edges and (\d+)% from the top and bottom/,
    'chair',
    'marginX',
    'marginY',
  ],
  ['outside', /^expected a number from 0 to 100/],
  ['fewChairs', /^expected at least (\d+) chairs/, 'min'],
  ['fewChairs', /^expected a list of chairs/],
  ['manyChairs', /^expected at most (\d+) chairs/, 'max'],
  ['idPattern', /^expected lowercase letters, digits and dashes|^expected the quiz id|^expected a trait id/],
  ['noPicture', /^expected the picture file name or URL/],
  ['pictureScheme', /^expected a relative path, an http\(s\) URL or a data:image/],
  ['pictureSize', /^expected a positive number/],
  ['numbering', /^duplicate chair number (\d+) \(chair (\d+) in the list/, 'number', 'other'],
  ['numbering', /^expected (\d+): chairs are numbered 1 to (\d+)/, 'expected', 'count'],
  ['numbering', /^expected a whole number from 1/],
  ['unknownTrait', /^unknown trait "([^"]+)"/, 'name'],
  ['score', /^expected a score from 0 to 100/],
  ['languages', /^must include the quiz's own language "([^"]+)"/, 'lang'],
  ['languages', /^expected a language code|^expected at least one language/],
  ['version', /^is missing: add "version"|^expected 1: this component reads version/],
  ['noun', /^expected "chair", "seat" or "place"/],
  ['unknownField', /^unknown fields? (.*?) \(check the spelling/, 'names'],
  ['notAnObject', /^expected object/],
];

/** What kind of problem a schema message describes, with the numbers and names in it (and what was found). */
export function classify(
  message: string,
  path: readonly (string | number)[] = [],
): { kind: SchemaProblemKind; values: Values } {
  for (const [kind, pattern, ...names] of RULES) {
    const m = pattern.exec(message);
    if (!m) continue;
    const values: Values = {};
    names.forEach((name, i) => {
      const raw = m[i + 1];
      if (raw !== undefined) values[name] = /^\d+$/.test(raw) ? Number(raw) : raw;
    });
    const got = /, got (.*)$/s.exec(message)?.[1];
    if (got !== undefined && got !== 'nothing') values.got = got;
    // An empty picture address is a picture not chosen yet.
    if (kind === 'empty' && path[0] === 'image' && path[1] === 'src') return { kind: 'noPicture', values };
    return { kind, values };
  }
  return { kind: 'other', values: { message } };
}

/** Language names as their speakers write them, for the languages the tools speak. */
const AUTONYMS: Record<string, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

/**
 * Numbers, sizes, lists, language names and moments in `lang`, written with Western digits as in Morocco; the
 * playground's own words (demo/author/strings.ts) use the same ones, so a size reads the same in both.
 */
export function formatters(lang: AuthorLang) {
  const locale = `${lang}-u-nu-latn`;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const kilo = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const plural = new Intl.PluralRules(lang);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    n: (v: number) => number.format(v),
    pct: (v: number) => percent.format(v / 100),
    /** Kilobytes of 1,000 bytes, the unit the picture budgets are given in. */
    kb: (bytes: number) => kilo.format(Math.max(1, Math.round(bytes / 1000))),
    langName: (code: string) => {
      try {
        return AUTONYMS[code] ?? names.of(code) ?? code;
      } catch {
        return code; // not a language tag at all: the schema says so
      }
    },
    list: (items: string[]) => list.format(items),
    plural: (v: number) => plural.select(v),
    /** A moment, date and time (`1 déc. 2026, 20:15`). */
    when: (time: number) => date.format(new Date(time)),
  };
}

/** One set of words per language, each made the first time it is asked for. */
export function perLanguage<T>(makers: Record<AuthorLang, () => T>): (lang: AuthorLang) => T {
  const made = new Map<AuthorLang, T>();
  return (lang) => {
    let words = made.get(lang);
    if (!words) made.set(lang, (words = makers[lang]()));
    return words;
  };
}

export type ProblemWords = Record<ProblemKind, (v: Values) => string>;

/** `(v.got)` when the message had a value, for "…, got 140". */
const gotText = (v: Values, word: string) => (v.got !== undefined ? ` (${word} ${v.got})` : '');

function arabic(): ProblemWords {
  const f = formatters('ar');
  const { n } = f;
  return {
    empty: () => 'هذا النص فارغ.',
    missingText: (v) => `هذا النص ناقص: أضِفه، جملةً أو ترجمات مثل {"ar": "…", "fr": "…"}${gotText(v, 'وُجد')}.`,
    tooLong: (v) => `النص طويل جدًا: ${n(Number(v.max))} حرفًا على الأكثر.`,
    missingTranslation: (v) => `الترجمة (${f.langName(String(v.lang))}) ناقصة.`,
    tooClose: (v) =>
      `الكرسي ${n(Number(v.chair))} قريب جدًا من الكرسي ${n(Number(v.other))}: على شاشة الهاتف لن يمكن لمس أحدهما دون الآخر. باعِد بينهما قليلًا.`,
    nearEdge: (v) =>
      `الكرسي ${n(Number(v.chair))} قريب جدًا من حافة الصورة: على شاشة الهاتف سيخرج جزء منه عنها. أبعِده عن الحافة (${f.pct(Number(v.marginX))} على الأقل من اليمين واليسار، و${f.pct(Number(v.marginY))} من الأعلى والأسفل).`,
    outside: (v) => `يجب أن يكون الموضع عددًا من 0 إلى 100 (نسبة مئوية من الصورة)${gotText(v, 'وُجد')}.`,
    fewChairs: (v) =>
      Number(v.min ?? 2) === 2
        ? 'ضع كرسيين على الأقل على الصورة.'
        : `ضع ${n(Number(v.min))} كراسٍ على الأقل على الصورة.`,
    manyChairs: (v) => `لا يمكن أن يزيد عدد الكراسي على ${n(Number(v.max))}. احذف بعضها.`,
    idPattern: () => 'استعمل حروفًا لاتينية صغيرة (a–z) وأرقامًا وشرطات (-) فقط، دون مسافات، مثل "meeting-room".',
    noPicture: () => 'اختر صورة للغرفة.',
    pictureScheme: () => 'هذا العنوان غير مقبول: استعمل اسم ملف أو عنوانًا يبدأ بـ https://',
    pictureSize: () => 'العرض والارتفاع عددان موجبان بالبكسل، مثل "width": 800, "height": 600.',
    numbering: (v) =>
      v.number !== undefined
        ? `الرقم ${n(Number(v.number))} مكرّر (الكرسي ${n(Number(v.other))} في القائمة يحمله أيضًا): رقّم الكراسي 1، 2، 3… بترتيبها في القائمة.`
        : v.expected !== undefined
          ? `يجب أن يكون رقم هذا الكرسي ${n(Number(v.expected))}: الكراسي مرقّمة من 1 إلى ${n(Number(v.count))} بترتيبها في القائمة.`
          : 'رقم الكرسي عدد صحيح من 1 فما فوق.',
    languages: (v) =>
      v.lang !== undefined
        ? `يجب أن تتضمّن "languages" لغة الاختبار نفسها "${v.lang}".`
        : v.langs !== undefined
          ? `لغات الاختبار المعلنة هي ${v.langs}: اكتب لكل نص ترجمة بكل واحدة منها، ولا غيرها (أو أضِف اللغة إلى "languages").`
          : 'رمز اللغة غير صحيح: استعمل رموزًا مثل "ar" و"fr" و"en".',
    unknownTrait: (v) => `السمة «${v.name}» غير معرّفة: أضِفها إلى "traits" أو احذف هذه الدرجة.`,
    score: () => 'الدرجة يجب أن تكون من 0 إلى 100.',
    version: () => 'اكتب "version": 1، فهذه هي نسخة صيغة الملف التي يقرؤها المكوّن.',
    noun: () => 'يقبل "noun" إحدى القيم "chair" (كرسي) أو "seat" (مقعد) أو "place" (مكان).',
    unknownField: (v) => `حقول غير معروفة: ${v.names}. تحقّق من الإملاء (انظر docs/authoring.md).`,
    other: (v) => String(v.message),
    tooDeep: () =>
      'الأقواس متداخلة أكثر مما يلزم لأيّ اختبار (أكثر من 64 مستوى): هذا ليس ملف اختبار، أو فيه أقواس زائدة.',
    checkFailed: (v) => `تعذّر على أداة التحقّق فحص هذا الملف (${v.reason}): أبلغ عن ذلك مع الملف.`,
    notAnObject: () => 'يجب أن يحوي الملف كائنًا واحدًا { … } فيه حقول الاختبار: انظر docs/authoring.md.',
    syntaxHtml: () => 'هذه صفحة HTML وليست ملف JSON (ربما تنزيل لم يتمّ كما ينبغي): افتح الملف وتحقّق من محتواه.',
    manyPlainTexts: (v) =>
      `يعلن الاختبار اللغات ${v.langs}، لكن ${n(Number(v.count))} نصًّا مكتوبة بلغة واحدة (أوّلها هنا): اكتب كل نص كائنًا {"ar": "…", "fr": "…"} بكل اللغات، أو احذف من "languages" ما لم تترجم إليه بعد.`,
    manyMissingTranslations: (v) =>
      `الترجمة (${f.langName(String(v.lang))}) ناقصة في ${n(Number(v.count))} نصًّا (أوّلها هنا): أضِفها، أو احذف "${v.lang}" من "languages".`,

    fileMissing: () => 'الملف غير موجود: تحقّق من اسمه ومن المجلد الذي تعمل فيه (المسار يُحسب من المجلد الحالي).',
    isDirectory: () => 'هذا مجلد وليس ملفًا: اذكر ملف الاختبار نفسه، مثل quizzes/meeting-room.json.',
    unreadable: (v) => `تعذّرت قراءة الملف (${v.reason}).`,
    emptyFile: () => 'الملف فارغ: ابدأ من docs/authoring.md أو من quizzes/meeting-room.json.',
    binaryFile: () => 'هذا ليس ملف نص (ربما صورة أو ملف مضغوط): ملف الاختبار ملف JSON.',
    tooLarge: (v) =>
      `الملف كبير جدًا (${f.kb(Number(v.size))}): الصفحة ترفض ما يزيد على ${f.kb(Number(v.max))}. ضع الصورة في ملف بجانبه بدل تضمينها.`,
    notUtf8: () =>
      'الملف ليس محفوظًا بترميز UTF-8 (ربما Windows-1256): ستظهر النصوص العربية هكذا ����. احفظه من جديد بترميز UTF-8 (في المحرّر: «حفظ بترميز» ثم UTF-8).',
    utf16: () => 'الملف محفوظ بترميز UTF-16: احفظه من جديد بترميز UTF-8.',
    syntaxComment: () => 'ملاحظة (// أو /* */) غير مسموح بها في JSON: احذفها.',
    syntaxTrailingComma: () => 'فاصلة زائدة قبل إغلاق القائمة أو الكائن: احذفها.',
    syntaxCurlyQuote: (v) =>
      `علامة التنصيص ${v.char} غير مقبولة: استعمل علامة التنصيص المستقيمة " (اكتبها بلوحة مفاتيح لاتينية).`,
    syntaxSingleQuote: () => 'علامة التنصيص المفردة \' غير مقبولة: استعمل " حول الأسماء والنصوص.',
    syntaxArabicDigit: (v) => `الرقم ${v.char} رقم عربي مشرقي: الأعداد في JSON تُكتب بالأرقام 0–9.`,
    syntaxArabicComma: () =>
      'الفاصلة العربية ، لا تفصل بين العناصر في JSON: استعمل الفاصلة اللاتينية , (داخل النصوص تبقى كما هي).',
    syntaxMissingComma: () => 'فاصلة ناقصة في آخر هذا السطر: بين عنصرين تلزم فاصلة ,',
    syntaxUnquoted: () => 'اسم أو نص بلا علامات تنصيص: ضعه بين " ".',
    syntaxUnclosed: () => 'الملف ينتهي قبل أن يُغلق كل شيء: ينقص } أو ] أو " في مكان ما قبل هذا الموضع.',
    syntaxOther: (v) =>
      `خطأ في صيغة JSON هنا${v.near ? ` («${v.near}»)` : ''}: راجع علامات التنصيص والفواصل والأقواس حوله، أو تأكّد أن الملف ملف JSON (${v.detail}).`,
    idFileName: (v) =>
      v.rename
        ? `يجب أن يطابق "id" اسم الملف، واسم الملف "${v.file}" لا يصلح معرّفًا: سمِّ الملف ${v.expected}.json واكتب "id": "${v.expected}".`
        : `يجب أن يطابق "id" اسم الملف بدون .json: اكتب "id": "${v.expected}".`,
    pictureMissing: (v) => `الصورة "${v.src}" غير موجودة (بحثتُ عن ${v.looked}): ضعها بجانب ملف الاختبار.`,
    pictureOutside: (v) =>
      `الصورة "${v.src}" خارج مجلد الاختبار: بعد النشر لن توجد (خطأ 404). ضعها في مجلد الاختبار واكتب اسمها فقط.`,
    pictureBadAddress: () => 'عنوان الصورة مكتوب بطريقة خاطئة (رمز % أو عنوان data: معطوب): اكتب اسم الملف كما هو.',
    pictureUnknownFormat: () => 'تعذّرت معرفة نوع الصورة: استعمل SVG أو PNG أو JPEG أو GIF أو WebP أو AVIF.',
    pictureNoSize: (v) =>
      `مقاس الصورة غير مكتوب، فستفترض الصفحة 4:3 وستقع الكراسي في غير أماكنها: أضِف إلى "image" ‏"width": ${v.width}, "height": ${v.height}.`,
    svgNoSize: () =>
      'صورة SVG بلا مقاس (لا width ولا height ولا viewBox): أضِف إلى وسم <svg> مثلًا viewBox="0 0 800 600" بمقاس رسمك، ثم "width" و"height" بالقيم نفسها إلى "image".',
    pictureRatio: (v) =>
      `الصورة مقاسها ${v.realWidth}×${v.realHeight}، لكن width/height تقول ${v.width}×${v.height}: ستقع الكراسي في غير أماكنها. اكتب "width": ${v.realWidth}, "height": ${v.realHeight}.`,
    svgUnsafe: (v) =>
      `صورة SVG هذه فيها ${({ script: 'نصًّا برمجيًا <script>', handler: `معالج أحداث (${v.detail})`, javascript: 'رابط javascript:', external: `مرجعًا خارجيًا (${v.detail})` } as Values)[v.what]}: تُنفَّذ في موقعك إذا فتح أحد عنوان الصورة مباشرة. احذفها من الملف (أو صدّر الصورة من جديد دون نصوص برمجية).`,
    pictureHeavy: (v) =>
      `الصورة ثقيلة (${f.kb(Number(v.size))}، والحدّ المقترح ${f.kb(Number(v.budget))}): ستتأخر على الهواتف. صغّرها أو اضغطها (WebP أو AVIF).`,
  };
}

function french(): ProblemWords {
  const f = formatters('fr');
  const { n } = f;
  return {
    empty: () => 'Ce texte est vide.',
    missingText: (v) =>
      `Texte manquant : ajoutez-le, une phrase ou des traductions comme {"ar": "…", "fr": "…"}${gotText(v, 'trouvé :')}.`,
    tooLong: (v) => `Texte trop long : ${n(Number(v.max))} caractères au plus.`,
    missingTranslation: (v) => `La traduction (${f.langName(String(v.lang))}) manque.`,
    tooClose: (v) =>
      `La chaise ${n(Number(v.chair))} est trop près de la chaise ${n(Number(v.other))} : sur un téléphone, on ne pourrait pas toucher l’une sans l’autre. Écartez-les un peu.`,
    nearEdge: (v) =>
      `La chaise ${n(Number(v.chair))} est trop près du bord de l’image : sur un téléphone, elle en dépasserait. Éloignez-la du bord (au moins ${f.pct(Number(v.marginX))} à gauche et à droite, ${f.pct(Number(v.marginY))} en haut et en bas).`,
    outside: (v) => `La position est un nombre de 0 à 100 (en pourcentage de l’image)${gotText(v, 'trouvé :')}.`,
    fewChairs: (v) => `Placez au moins ${n(Number(v.min ?? 2))} chaises sur l’image.`,
    manyChairs: (v) => `Pas plus de ${n(Number(v.max))} chaises : supprimez-en.`,
    idPattern: () =>
      'Utilisez seulement des lettres latines minuscules (a–z), des chiffres et des tirets (-), sans espaces, comme "meeting-room".',
    noPicture: () => 'Choisissez une image de la salle.',
    pictureScheme: () => 'Cette adresse n’est pas acceptée : utilisez un nom de fichier ou une adresse https://.',
    pictureSize: () =>
      'La largeur et la hauteur sont des nombres positifs, en pixels, comme "width": 800, "height": 600.',
    numbering: (v) =>
      v.number !== undefined
        ? `Le numéro ${n(Number(v.number))} est pris deux fois (la chaise ${n(Number(v.other))} de la liste l’a aussi) : numérotez les chaises 1, 2, 3… dans l’ordre de la liste.`
        : v.expected !== undefined
          ? `Cette chaise doit porter le numéro ${n(Number(v.expected))} : les chaises sont numérotées de 1 à ${n(Number(v.count))} dans l’ordre de la liste.`
          : 'Le numéro d’une chaise est un nombre entier à partir de 1.',
    languages: (v) =>
      v.lang !== undefined
        ? `"languages" doit contenir la langue du quiz lui-même, "${v.lang}".`
        : v.langs !== undefined
          ? `Le quiz déclare les langues ${v.langs} : donnez à chaque texte une traduction dans chacune, et aucune autre (ou ajoutez la langue à "languages").`
          : 'Code de langue incorrect : utilisez des codes comme "ar", "fr", "en".',
    unknownTrait: (v) => `Le trait « ${v.name} » n’est pas déclaré : ajoutez-le à "traits" ou supprimez ce score.`,
    score: () => 'Le score doit être de 0 à 100.',
    version: () => 'Écrivez "version": 1 : c’est la version du format que le composant lit.',
    noun: () => '"noun" vaut "chair" (chaise), "seat" (siège) ou "place" (place).',
    unknownField: (v) => `Champs inconnus : ${v.names}. Vérifiez l’orthographe (voir docs/authoring.md).`,
    other: (v) => String(v.message),
    tooDeep: () =>
      'Les crochets sont imbriqués bien plus qu’il ne faut pour un quiz (plus de 64 niveaux) : ce n’est pas un fichier de quiz, ou des crochets sont en trop.',
    checkFailed: (v) => `Le validateur n’a pas pu vérifier ce fichier (${v.reason}) : signalez-le avec le fichier.`,
    notAnObject: () => 'Le fichier doit contenir un seul objet { … } avec les champs du quiz : voir docs/authoring.md.',
    syntaxHtml: () =>
      'C’est une page HTML, pas du JSON (un téléchargement raté ?) : ouvrez le fichier et vérifiez son contenu.',
    manyPlainTexts: (v) =>
      `Le quiz déclare les langues ${v.langs}, mais ${n(Number(v.count))} textes sont écrits dans une seule (le premier ici) : écrivez chaque texte comme un objet {"ar": "…", "fr": "…"} dans toutes les langues, ou retirez de "languages" celles qui ne sont pas encore traduites.`,
    manyMissingTranslations: (v) =>
      `La traduction (${f.langName(String(v.lang))}) manque dans ${n(Number(v.count))} textes (le premier ici) : ajoutez-la, ou retirez "${v.lang}" de "languages".`,

    fileMissing: () =>
      'Ce fichier n’existe pas : vérifiez son nom et le dossier où vous êtes (le chemin part du dossier courant).',
    isDirectory: () =>
      'C’est un dossier, pas un fichier : donnez le fichier du quiz lui-même, comme quizzes/meeting-room.json.',
    unreadable: (v) => `Impossible de lire le fichier (${v.reason}).`,
    emptyFile: () => 'Le fichier est vide : partez de docs/authoring.md ou de quizzes/meeting-room.json.',
    binaryFile: () => 'Ce n’est pas un fichier texte (une image ? une archive ?) : un quiz est un fichier JSON.',
    tooLarge: (v) =>
      `Fichier trop gros (${f.kb(Number(v.size))}) : la page refuse au-delà de ${f.kb(Number(v.max))}. Mettez l’image dans un fichier à côté au lieu de l’inclure.`,
    notUtf8: () =>
      'Le fichier n’est pas enregistré en UTF-8 (peut-être en Windows-1256) : les textes arabes s’afficheraient ����. Enregistrez-le à nouveau en UTF-8 (dans l’éditeur : « Enregistrer avec l’encodage » puis UTF-8).',
    utf16: () => 'Le fichier est enregistré en UTF-16 : enregistrez-le à nouveau en UTF-8.',
    syntaxComment: () => 'Les commentaires (// ou /* */) ne sont pas permis en JSON : supprimez-le.',
    syntaxTrailingComma: () => 'Virgule en trop avant la fin de la liste ou de l’objet : supprimez-la.',
    syntaxCurlyQuote: (v) =>
      `Le guillemet ${v.char} n’est pas accepté : utilisez le guillemet droit " (tapé sur un clavier latin).`,
    syntaxSingleQuote: () =>
      'L’apostrophe \' n’est pas acceptée comme guillemet : mettez " autour des noms et des textes.',
    syntaxArabicDigit: (v) =>
      `Le chiffre ${v.char} est un chiffre arabe oriental : en JSON, les nombres s’écrivent avec 0–9.`,
    syntaxArabicComma: () =>
      'La virgule arabe ، ne sépare pas les éléments en JSON : utilisez la virgule , (dans les textes, elle reste permise).',
    syntaxMissingComma: () => 'Il manque une virgule à la fin de cette ligne : deux éléments se séparent par ,',
    syntaxUnquoted: () => 'Nom ou texte sans guillemets : mettez-le entre " ".',
    syntaxUnclosed: () =>
      'Le fichier finit avant que tout soit fermé : il manque un }, un ] ou un " quelque part avant.',
    syntaxOther: (v) =>
      `Erreur de syntaxe JSON ici${v.near ? ` (« ${v.near} »)` : ''} : vérifiez les guillemets, virgules et crochets autour, ou que le fichier est bien du JSON (${v.detail}).`,
    idFileName: (v) =>
      v.rename
        ? `"id" doit être le nom du fichier, et "${v.file}" ne peut pas servir d’identifiant : renommez le fichier ${v.expected}.json et écrivez "id": "${v.expected}".`
        : `"id" doit être le nom du fichier sans .json : écrivez "id": "${v.expected}".`,
    pictureMissing: (v) =>
      `L’image "${v.src}" n’est pas là (cherchée : ${v.looked}) : mettez-la à côté du fichier du quiz.`,
    pictureOutside: (v) =>
      `L’image "${v.src}" est hors du dossier du quiz : une fois publiée, elle manquerait (erreur 404). Mettez-la dans le dossier du quiz et donnez juste son nom.`,
    pictureBadAddress: () =>
      'L’adresse de l’image est mal écrite (un % ou une adresse data: abîmée) : écrivez le nom du fichier tel quel.',
    pictureUnknownFormat: () => 'Format d’image inconnu : utilisez SVG, PNG, JPEG, GIF, WebP ou AVIF.',
    pictureNoSize: (v) =>
      `La taille de l’image n’est pas donnée : la page supposerait du 4:3 et les chaises seraient mal placées. Ajoutez à "image" "width": ${v.width}, "height": ${v.height}.`,
    svgNoSize: () =>
      'Image SVG sans taille (ni width, ni height, ni viewBox) : ajoutez à la balise <svg> par exemple viewBox="0 0 800 600" à la taille de votre dessin, puis les mêmes "width" et "height" dans "image".',
    pictureRatio: (v) =>
      `L’image fait ${v.realWidth}×${v.realHeight}, mais width/height disent ${v.width}×${v.height} : les chaises seraient mal placées. Écrivez "width": ${v.realWidth}, "height": ${v.realHeight}.`,
    svgUnsafe: (v) =>
      `Cette image SVG contient ${({ script: 'un script <script>', handler: `un gestionnaire d’événement (${v.detail})`, javascript: 'un lien javascript:', external: `une référence externe (${v.detail})` } as Values)[v.what]} : cela s’exécute sur votre site si quelqu’un ouvre l’adresse de l’image directement. Retirez-le du fichier (ou exportez l’image à nouveau sans script).`,
    pictureHeavy: (v) =>
      `Image lourde (${f.kb(Number(v.size))} ; budget conseillé ${f.kb(Number(v.budget))}) : elle tarderait sur les téléphones. Réduisez-la ou compressez-la (WebP, AVIF).`,
  };
}

function english(): ProblemWords {
  const f = formatters('en');
  const { n } = f;
  return {
    empty: () => 'This text is empty.',
    missingText: (v) =>
      `This text is missing: add it, as a sentence or as translations such as {"ar": "…", "fr": "…"}${gotText(v, 'found')}.`,
    tooLong: (v) => `Too long: ${n(Number(v.max))} characters at most.`,
    missingTranslation: (v) => `The ${f.langName(String(v.lang))} translation is missing.`,
    tooClose: (v) =>
      `Chair ${n(Number(v.chair))} is too close to chair ${n(Number(v.other))}: on a phone, nobody could tap one without the other. Move them a little further apart.`,
    nearEdge: (v) =>
      `Chair ${n(Number(v.chair))} is too close to the edge of the picture: on a phone it would stick out. Move it away from the edge (at least ${f.pct(Number(v.marginX))} from the left and right, ${f.pct(Number(v.marginY))} from the top and bottom).`,
    outside: (v) => `A position is a number from 0 to 100 (percent of the picture)${gotText(v, 'found')}.`,
    fewChairs: (v) => `Place at least ${n(Number(v.min ?? 2))} chairs on the picture.`,
    manyChairs: (v) => `No more than ${n(Number(v.max))} chairs: remove some.`,
    idPattern: () => 'Use only lowercase Latin letters (a–z), digits and dashes (-), no spaces, like "meeting-room".',
    noPicture: () => 'Choose a picture of the room.',
    pictureScheme: () => 'This address is not accepted: use a file name or an https:// address.',
    pictureSize: () => 'Width and height are positive numbers of pixels, like "width": 800, "height": 600.',
    numbering: (v) =>
      v.number !== undefined
        ? `Number ${n(Number(v.number))} is used twice (chair ${n(Number(v.other))} in the list has it too): number the chairs 1, 2, 3… in the order of the list.`
        : v.expected !== undefined
          ? `This chair should be number ${n(Number(v.expected))}: chairs are numbered 1 to ${n(Number(v.count))} in the order they are listed.`
          : 'A chair’s number is a whole number from 1.',
    languages: (v) =>
      v.lang !== undefined
        ? `"languages" must include the quiz’s own language, "${v.lang}".`
        : v.langs !== undefined
          ? `The quiz declares the languages ${v.langs}: give every text one translation in each of them, and no others (or add the language to "languages").`
          : 'Not a language code: use codes such as "ar", "fr", "en".',
    unknownTrait: (v) => `The trait “${v.name}” is not declared: add it to "traits" or remove this score.`,
    score: () => 'The score must be from 0 to 100.',
    version: () => 'Write "version": 1: it is the version of the format the component reads.',
    noun: () => '"noun" is "chair", "seat" or "place".',
    unknownField: (v) => `Unknown fields: ${v.names}. Check the spelling (see docs/authoring.md).`,
    other: (v) => String(v.message),
    tooDeep: () =>
      'The brackets nest far deeper than any quiz needs (over 64 levels): this is not a quiz file, or it has brackets too many.',
    checkFailed: (v) => `The validator could not check this file (${v.reason}): please report it, with the file.`,
    notAnObject: () => 'The file must hold one object { … } with the quiz’s fields: see docs/authoring.md.',
    syntaxHtml: () =>
      'This is an HTML page, not JSON (a download that went wrong?): open the file and check what it holds.',
    manyPlainTexts: (v) =>
      `The quiz declares the languages ${v.langs}, but ${n(Number(v.count))} texts are written in one language only (the first one here): write each text as an object {"ar": "…", "fr": "…"} in every language, or remove from "languages" those not translated yet.`,
    manyMissingTranslations: (v) =>
      `The ${f.langName(String(v.lang))} translation is missing from ${n(Number(v.count))} texts (the first one here): add it, or remove "${v.lang}" from "languages".`,

    fileMissing: () =>
      'There is no such file: check its name and the folder you are in (paths start from the current folder).',
    isDirectory: () => 'This is a folder, not a file: name the quiz file itself, like quizzes/meeting-room.json.',
    unreadable: (v) => `The file cannot be read (${v.reason}).`,
    emptyFile: () => 'The file is empty: start from docs/authoring.md or from quizzes/meeting-room.json.',
    binaryFile: () => 'This is not a text file (a picture? an archive?): a quiz is a JSON file.',
    tooLarge: (v) =>
      `The file is too large (${f.kb(Number(v.size))}): the page refuses files over ${f.kb(Number(v.max))}. Put the picture in a file beside it instead of inside it.`,
    notUtf8: () =>
      'The file is not saved as UTF-8 (perhaps Windows-1256): Arabic texts would show as ����. Save it again as UTF-8 (in the editor: “Save with encoding”, then UTF-8).',
    utf16: () => 'The file is saved as UTF-16: save it again as UTF-8.',
    syntaxComment: () => 'Comments (// or /* */) are not allowed in JSON: remove it.',
    syntaxTrailingComma: () => 'A comma too many before the end of the list or object: remove it.',
    syntaxCurlyQuote: (v) =>
      `The quote ${v.char} is not accepted: use the straight quote " (typed on a Latin keyboard).`,
    syntaxSingleQuote: () => 'The single quote \' is not accepted: put " around names and texts.',
    syntaxArabicDigit: (v) => `The digit ${v.char} is an Eastern Arabic digit: numbers in JSON are written with 0–9.`,
    syntaxArabicComma: () =>
      'The Arabic comma ، does not separate items in JSON: use the comma , (inside texts it is fine).',
    syntaxMissingComma: () => 'A comma is missing at the end of this line: two items are separated by ,',
    syntaxUnquoted: () => 'A name or text without quotes: put it between " ".',
    syntaxUnclosed: () =>
      'The file ends before everything is closed: a }, ] or " is missing somewhere before this point.',
    syntaxOther: (v) =>
      `A JSON syntax error here${v.near ? ` (“${v.near}”)` : ''}: check the quotes, commas and brackets around it, or that the file is JSON at all (${v.detail}).`,
    idFileName: (v) =>
      v.rename
        ? `"id" must be the file name, and "${v.file}" cannot be an id: rename the file ${v.expected}.json and write "id": "${v.expected}".`
        : `"id" must be the file name without .json: write "id": "${v.expected}".`,
    pictureMissing: (v) => `The picture "${v.src}" is not there (looked for ${v.looked}): put it beside the quiz file.`,
    pictureOutside: (v) =>
      `The picture "${v.src}" is outside the quiz’s folder: once published it would be missing (a 404). Put it in the quiz’s folder and give just its name.`,
    pictureBadAddress: () =>
      'The picture’s address is malformed (a % sign, or a broken data: address): write the file name as it is.',
    pictureUnknownFormat: () => 'Unknown picture format: use SVG, PNG, JPEG, GIF, WebP or AVIF.',
    pictureNoSize: (v) =>
      `The picture’s size is not given, so the page would assume 4:3 and the chairs would land off their seats: add "width": ${v.width}, "height": ${v.height} to "image".`,
    svgNoSize: () =>
      'An SVG picture without a size (no width, height or viewBox): add to its <svg> tag, for example, viewBox="0 0 800 600" at the size of your drawing, then the same "width" and "height" to "image".',
    pictureRatio: (v) =>
      `The picture is ${v.realWidth}×${v.realHeight}, but width/height say ${v.width}×${v.height}: the chairs would be misplaced. Write "width": ${v.realWidth}, "height": ${v.realHeight}.`,
    svgUnsafe: (v) =>
      `This SVG picture contains ${({ script: 'a <script>', handler: `an event handler (${v.detail})`, javascript: 'a javascript: link', external: `an external reference (${v.detail})` } as Values)[v.what]}: it runs in your site’s origin when someone opens the picture’s address directly. Remove it from the file (or export the picture again without scripts).`,
    pictureHeavy: (v) =>
      `A heavy picture (${f.kb(Number(v.size))}; suggested budget ${f.kb(Number(v.budget))}): it would be slow on phones. Make it smaller or compress it (WebP, AVIF).`,
  };
}

/** Every problem kind in `lang`. */
export const problemWords = perLanguage<ProblemWords>({ ar: arabic, fr: french, en: english });
