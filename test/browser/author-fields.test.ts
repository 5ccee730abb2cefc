// The quiz format's newer texts in the playground's form: a chair's headline, its "beside another chair" text and
// its share text, and a trait's other end — each written in every language of the quiz, with its length and the
// schema's limit under it, and the schema's problems at the field, as for every other text. Axe in each state.
import { expect } from '@open-wc/testing';
import type { QuizAuthor } from '../../demo/author/quiz-author.js';
import { $, addAuthor, brokenAriaReferences, cleanUp, fill, QUIZZES, text, until } from './author-helpers.js';

afterEach(cleanUp);

/** The playground with quizzes/meeting-room.json open (Arabic, French, English; four traits), chair 1's form shown. */
async function meetingRoom(): Promise<QuizAuthor> {
  const el = await addAuthor();
  await el.files.openUrl(`${QUIZZES}meeting-room.json`);
  await until(() => $(el, '#traits-heading'), 'the traits card');
  await el.sheet.open(0);
  await el.updateComplete;
  return el;
}

const file = (el: QuizAuthor) => JSON.parse(el.quizJson);
/** The file as it is in quizzes/ (with its headlines and scales), to compare the playground's output with. */
const original = async () => await (await fetch(`${QUIZZES}meeting-room.json`)).json();

describe('<quiz-author>: a chair’s headline, together and share texts, and a trait’s other end', () => {
  it('writes them into the quiz file, each field with its length out of the schema’s limit', async () => {
    const el = await meetingRoom();
    for (const name of ['headline', 'together', 'share'])
      for (const lang of ['ar', 'fr', 'en']) expect($(el, `#f-chair-0-${name}-${lang}`), `${name} ${lang}`).to.exist;
    await fill(el, 'f-chair-0-headline-ar', 'يقود حين يتردّد الآخرون.');
    await fill(el, 'f-chair-0-together-fr', 'Tranche quand la discussion tourne en rond.');
    await fill(el, 'f-chair-0-share-en', 'I took the captain’s chair.');
    await fill(el, 'f-trait-0-opposite-ar', 'الإصغاء');
    const quiz = file(el);
    const room = await original();
    expect(quiz.chairs[0].headline).to.deep.equal({ ...room.chairs[0].headline, ar: 'يقود حين يتردّد الآخرون.' });
    expect(quiz.chairs[0].together.fr).to.equal('Tranche quand la discussion tourne en rond.');
    expect(quiz.chairs[0].share.en).to.equal('I took the captain’s chair.');
    expect(quiz.traits[0].opposite).to.deep.equal({ ...room.traits[0].opposite, ar: 'الإصغاء' });
    expect(quiz.chairs[1].headline, "another chair's headline stays as it was").to.deep.equal(room.chairs[1].headline);
    expect(text($(el, '#f-chair-0-headline-ar-count'))).to.equal('الطول: 24 من 90');
    expect(text($(el, '#f-chair-0-together-fr-count'))).to.equal('الطول: 43 من 120');
    expect(text($(el, '#f-chair-0-share-en-count'))).to.equal('الطول: 27 من 160');
    expect(text($(el, '#f-trait-0-opposite-ar-count'))).to.equal('الطول: 7 من 40');
    expect($(el, '#f-chair-0-headline-ar')!.getAttribute('aria-describedby')!.split(' ')).to.include(
      'f-chair-0-headline-ar-count',
    );
    expect(text($(el, '#traits-heading'))).to.equal('السمات');
    expect(brokenAriaReferences(el.shadowRoot!)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says at the field that a headline or an other end is too long, as for the other texts', async () => {
    const el = await meetingRoom();
    await fill(el, 'f-chair-0-headline-fr', 'x'.repeat(91));
    await fill(el, 'f-trait-1-opposite-en', 'y'.repeat(41));
    expect(text($(el, '#f-chair-0-headline-fr-problem'))).to.equal('⚠ النص طويل جدًا: 90 حرفًا على الأكثر.');
    expect(text($(el, '#f-trait-1-opposite-en-problem'))).to.include('40');
    expect($(el, '#f-chair-0-headline-fr')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-chair-0-headline-fr-count')!.classList.contains('over')).to.equal(true);
    expect($(el, '#f-chair-0-headline-ar-count')!.classList.contains('over')).to.equal(false);
    expect(el.problemLines).to.include.members([
      'chairs[0].headline.fr: is too long: at most 90 characters, got "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"',
    ]);
    expect(brokenAriaReferences(el.shadowRoot!)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('labels and explains them in the page’s three languages', async () => {
    const el = await meetingRoom();
    const label = (id: string) =>
      text(el.shadowRoot!.querySelector(`label[for="${id}"]`)?.closest('fieldset')?.querySelector('legend') ?? null);
    const help = (id: string) => text($(el, `#${id}-help`));
    const seen: string[][] = [];
    for (const lang of ['ar', 'fr', 'en'] as const) {
      el.uiLang = lang;
      await el.updateComplete;
      seen.push([
        label('f-chair-0-headline-ar'),
        help('f-chair-0-headline'),
        label('f-trait-0-opposite-ar'),
        help('f-trait-0-opposite'),
      ]);
    }
    expect(seen).to.deep.equal([
      [
        'جملة النتيجة (اختياري)',
        'جملة واحدة، تظهر أولًا وتُشارَك مع النتيجة.',
        'الطرف الآخر (اختياري)',
        'الطرف الآخر من المقياس، مثل: الإصغاء في مقابل المبادرة.',
      ],
      [
        'Phrase du résultat (facultatif)',
        'Une phrase, montrée en premier et partagée.',
        'L’autre bout (facultatif)',
        'L’autre bout de l’échelle, par exemple : Écoute face à Esprit d’initiative.',
      ],
      [
        'Result headline (optional)',
        'One sentence, shown first and shared.',
        'Other end (optional)',
        'The other end of the scale, e.g. Listening against Initiative.',
      ],
    ]);
    const room = await original();
    expect(text($(el, '#f-chair-0-headline-ar-count'))).to.equal(
      `${[...room.chairs[0].headline.ar].length} / 90 characters`,
    );
  });
});
