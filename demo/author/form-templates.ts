/**
 * The playground's form, as templates: the quiz's own texts, languages and id, and one chair's number, position
 * and texts. They hold no state: everything they show and every change they make goes through a `FormContext`
 * (the playground), so they render the same anywhere — a test renders them into a plain `<div>`.
 *
 * Every `aria-describedby` names only ids these templates render at that moment: a problem's id is named only
 * while the problem is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { directionOf } from '../../src/text.js';
import type { Point } from './chairs.js';
import { problemMessage } from './describe.js';
import {
  declaredLanguages,
  fileBase,
  isOptionalText,
  setAlt,
  setChairText,
  setLanguage,
  setQuizText,
  setTraitText,
  textLimit,
  TRAIT_TEXTS,
  type ChairTextName,
  type Draft,
  type QuizTextName,
  type Texts,
} from './draft.js';
import type { FieldKey, Problem } from './problems.js';
import type { Strings } from './strings.js';

export interface FormContext {
  s: Strings;
  draft: Draft;
  /** The problems shown next to a field now (a field not touched yet keeps quiet about missing text). */
  visibleProblems(key: FieldKey): Problem[];
  /** Every problem about a field, shown or not (a chair's position is always said). */
  allProblems(key: FieldKey): Problem[];
  touch(key: FieldKey): void;
  change(draft: Draft): void;
  moveChair(index: number, point: Point): void;
  renumber(from: number, to: number): void;
  removeChair(index: number): void;
}

const MULTILINE = new Set<string>([
  'intro',
  'description',
  'leadership',
  'collaboration',
  'strength',
  'tip',
  'alt',
  'question',
  'headline',
  'together',
  'share',
]);

/** A chair's texts in the form: the headline, shown first on the result, right after the title. */
const CHAIR_FORM_ORDER: readonly ChairTextName[] = [
  'place',
  'title',
  'headline',
  'description',
  'leadership',
  'collaboration',
  'strength',
  'tip',
  'together',
  'share',
];

/** DOM id of a field: `chair:2:title:fr` → `f-chair-2-title-fr`. */
export const fieldId = (key: FieldKey): string => `f-${key.replace(/[^A-Za-z0-9-]+/g, '-')}`;

/** The id of the message under a field. */
export const problemId = (key: FieldKey): string => `${fieldId(key)}-problem`;

/** `aria-describedby` for a field: its help, and its problem while one is shown. */
export function describedBy(ctx: FormContext, key: FieldKey, ...help: string[]): string {
  return [...help, ...(ctx.visibleProblems(key).length ? [problemId(key)] : [])].join(' ');
}

export function renderProblems(ctx: FormContext, key: FieldKey): TemplateResult | typeof nothing {
  const problems = ctx.visibleProblems(key);
  if (!problems.length) return nothing;
  return html`<div class="problem" id=${problemId(key)}>
    ${problems.map((p) => html`<p><span aria-hidden="true">⚠</span> ${problemMessage(p, ctx.s)}</p>`)}
  </div>`;
}

interface TextGroup {
  /** The field key without its language: `quiz:title`, `chair:2:tip`, `alt`. */
  prefix: string;
  label: string;
  help: string;
  texts: Texts;
  change: (lang: string, value: string) => Draft;
  optional: boolean;
  multiline: boolean;
  /** The longest the text may be (the schema's limit), shown under each field with its length. */
  max: number;
}

/**
 * One text in every language of the quiz: a single field when the quiz has one language, else a group with one
 * field per language, each with its own problems.
 */
export function renderTextGroup(ctx: FormContext, group: TextGroup) {
  const { s } = ctx;
  const languages = declaredLanguages(ctx.draft);
  const helpId = `${fieldId(group.prefix)}-help`;
  const labelText = html`${group.label}${group.optional ? html` <span class="optional">(${s.optional})</span>` : nothing}`;
  const field = (lang: string, label: TemplateResult | string) => {
    const key = `${group.prefix}:${lang}`;
    const id = fieldId(key);
    const countId = `${id}-count`;
    // The file holds the text trimmed, and the schema counts what the file holds.
    const used = (group.texts[lang] ?? '').trim().length;
    const invalid = ctx.visibleProblems(key).length > 0 ? 'true' : 'false';
    const onInput = (e: Event) => {
      ctx.touch(key);
      ctx.change(group.change(lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value));
    };
    const value = live(group.texts[lang] ?? '');
    return html`<div class="lang-field">
      <label for=${id}>${label}</label>
      ${
        group.multiline
          ? html`<textarea
            id=${id}
            lang=${lang}
            dir=${directionOf(lang)}
            rows="2"
            aria-describedby=${describedBy(ctx, key, helpId, countId)}
            aria-invalid=${invalid}
            .value=${value}
            @input=${onInput}
            @blur=${() => ctx.touch(key)}
          ></textarea>`
          : html`<input
            type="text"
            id=${id}
            lang=${lang}
            dir=${directionOf(lang)}
            aria-describedby=${describedBy(ctx, key, helpId, countId)}
            aria-invalid=${invalid}
            .value=${value}
            @input=${onInput}
            @blur=${() => ctx.touch(key)}
          />`
      }
      <p class="counter${used > group.max ? ' over' : ''}" id=${countId}>${s.charCount(used, group.max)}</p>
      ${renderProblems(ctx, key)}
    </div>`;
  };
  if (languages.length === 1) {
    return html`<div class="field">${field(languages[0], labelText)}<p class="help" id=${helpId}>${group.help}</p></div>`;
  }
  return html`<fieldset class="field text-group">
    <legend>${labelText}</legend>
    <p class="help" id=${helpId}>${group.help}</p>
    ${languages.map((lang) => field(lang, s.langName(lang)))}
  </fieldset>`;
}

/** The quiz's own texts, its languages and its id. */
export function renderQuizCard(ctx: FormContext) {
  const { s, draft } = ctx;
  const languages = declaredLanguages(draft);
  const others = [...new Set(['fr', 'en', ...draft.languages])].filter((l) => l !== draft.lang);
  const quizText = (name: QuizTextName, optional: boolean, multiline: boolean) =>
    renderTextGroup(ctx, {
      prefix: `quiz:${name}`,
      label: s.quizTexts[name],
      help: s.quizTextHelp[name],
      texts: draft.texts[name],
      change: (l, v) => setQuizText(draft, name, l, v),
      optional,
      multiline,
      max: textLimit('quiz', name),
    });
  return html`<section class="card" aria-labelledby="quiz-heading">
    <h2 id="quiz-heading" tabindex="-1">${s.quizHeading}</h2>
    ${quizText('title', false, false)} ${quizText('question', false, true)}
    ${renderTextGroup(ctx, {
      prefix: 'alt',
      label: s.alt,
      help: s.altHelp,
      texts: draft.alt,
      change: (l, v) => setAlt(draft, l, v),
      optional: false,
      multiline: true,
      max: textLimit('image', 'alt'),
    })}
    ${quizText('intro', true, true)} ${quizText('disclaimer', true, false)}
    <div class="split">
      <fieldset class="field languages" id=${fieldId('languages')} aria-describedby=${describedBy(ctx, 'languages', 'languages-help')}>
        <legend>${s.languagesLegend}</legend>
        <p class="help" id="languages-help">${s.languagesHelp(s.langName(draft.lang))}</p>
        <div class="checks">
          <label class="check"><input type="checkbox" checked disabled /> <span lang=${draft.lang}>${s.langName(draft.lang)}</span></label>
          ${others.map(
            (lang) => html`<label class="check">
              <input
                type="checkbox"
                id="lang-${lang}"
                .checked=${live(languages.includes(lang))}
                @change=${(e: Event) => ctx.change(setLanguage(draft, lang, (e.target as HTMLInputElement).checked))}
              />
              <span lang=${lang}>${s.langName(lang)}</span>
            </label>`,
          )}
        </div>
        ${renderProblems(ctx, 'languages')}
      </fieldset>
      <div class="field">
        <label for=${fieldId('id')}>${s.id}</label>
        <p class="help" id="id-help">${s.idHelp} <bdi class="file-name" dir="ltr">${fileBase(draft.id)}.json</bdi></p>
        <input
          id=${fieldId('id')}
          type="text"
          dir="ltr"
          lang="en"
          autocomplete="off"
          spellcheck="false"
          .value=${live(draft.id)}
          aria-invalid=${ctx.visibleProblems('id').length ? 'true' : 'false'}
          aria-describedby=${describedBy(ctx, 'id', 'id-help')}
          @input=${(e: Event) => {
            ctx.touch('id');
            ctx.change({ ...draft, id: (e.target as HTMLInputElement).value });
          }}
          @blur=${() => ctx.touch('id')}
        />
        ${renderProblems(ctx, 'id')}
      </div>
    </div>
  </section>`;
}

/** Chair `index`'s number, position and texts. */
export function renderChairForm(ctx: FormContext, index: number) {
  const { s, draft } = ctx;
  const chair = draft.chairs[index];
  const positionKey = `chair:${index}:position`;
  const positionInvalid = ctx.allProblems(positionKey).length > 0;
  const coordinate = (axis: 'x' | 'y') => html`<label class="coordinate">
    <span>${axis === 'x' ? s.x : s.y}</span>
    <input
      type="number"
      id="${fieldId(`chair:${index}`)}-${axis}"
      dir="ltr"
      min="0"
      max="100"
      step="0.1"
      .value=${live(String(chair[axis]))}
      aria-invalid=${positionInvalid ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx, positionKey)}
      @change=${(e: Event) => {
        const value = Number((e.target as HTMLInputElement).value);
        if (Number.isFinite(value)) ctx.moveChair(index, { ...chair, [axis]: Math.min(100, Math.max(0, value)) });
      }}
    />
  </label>`;
  return html`<div class="chair-form" role="group" aria-labelledby="chair-form-heading">
    <div class="card-head">
      <h3 id="chair-form-heading" tabindex="-1">${s.chairN(index + 1)}</h3>
      <button type="button" class="danger" id="delete-chair" @click=${() => ctx.removeChair(index)}>
        <span aria-hidden="true">✕</span> ${s.deleteChair(index + 1)}
      </button>
    </div>
    <div class="split">
      <div class="field">
        <label for=${fieldId(`chair:${index}:number`)}>${s.number}</label>
        <select
          id=${fieldId(`chair:${index}:number`)}
          aria-describedby="number-help"
          @change=${(e: Event) => ctx.renumber(index, Number((e.target as HTMLSelectElement).value) - 1)}
        >
          ${draft.chairs.map((_, i) => html`<option value=${i + 1} ?selected=${i === index}>${s.n(i + 1)}</option>`)}
        </select>
        <p class="help" id="number-help">${s.numberHelp}</p>
      </div>
      <fieldset class="field position" id=${fieldId(positionKey)}>
        <legend>${s.fields.position}</legend>
        <div class="row">${coordinate('x')} ${coordinate('y')}</div>
      </fieldset>
    </div>
    ${renderProblems(ctx, positionKey)} ${renderProblems(ctx, `chair:${index}:other`)}
    ${CHAIR_FORM_ORDER.map((name) =>
      renderTextGroup(ctx, {
        prefix: `chair:${index}:${name}`,
        label: s.chairTexts[name],
        help: s.chairTextHelp[name],
        texts: chair.texts[name],
        change: (l, v) => setChairText(draft, index, name, l, v),
        optional: isOptionalText('chair', name),
        multiline: MULTILINE.has(name),
        max: textLimit('chair', name),
      }),
    )}
  </div>`;
}

/** The traits of an opened quiz (the chairs' scores measure them): each one's name and the other end of its scale. */
export function renderTraitsCard(ctx: FormContext) {
  const { s, draft } = ctx;
  if (!draft.traits?.length) return nothing;
  return html`<section class="card" aria-labelledby="traits-heading">
    <h2 id="traits-heading" tabindex="-1">${s.traitsHeading}</h2>
    <p class="help">${s.traitsHelp}</p>
    ${draft.traits.map(
      (trait, index) => html`<fieldset class="field trait">
        <legend>${s.traitN(index + 1)} <bdi class="file-name" dir="ltr" lang="en">${String(trait.id)}</bdi></legend>
        ${TRAIT_TEXTS.map((name) =>
          renderTextGroup(ctx, {
            prefix: `trait:${index}:${name}`,
            label: s.traitTexts[name],
            help: s.traitTextHelp[name],
            texts: trait.texts[name],
            change: (l, v) => setTraitText(draft, index, name, l, v),
            optional: isOptionalText('trait', name),
            multiline: false,
            max: textLimit('trait', name),
          }),
        )}
      </fieldset>`,
    )}
  </section>`;
}
