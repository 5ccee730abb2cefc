/**
 * The playground's page around the form, as templates: the header (page language), the file bar (new, open — from
 * the computer or the site —, copy, download, the kept draft), the checklist of problems, the picture card (the
 * picture's source, the picture editor or the preview) and the chairs card (its form beside the picture, or in a
 * sheet over it on a narrow screen). They read and call the playground through `PageContext`.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { directionOf, pickText } from '../../src/text.js';
import type { Point } from './chairs.js';
import { describedBy, fieldId, renderProblems, type FormContext } from './form-templates.js';
import { fieldLabel, problemMessage } from './describe.js';
import { embedsPicture, pictureFileName, type Draft } from './draft.js';
import type { ChairSheet } from './chair-sheet.js';
import type { QuizFiles } from './quiz-files.js';
import type { DraftKeeper } from './draft-keeper.js';
import type { SiteQuiz } from './file-io.js';
import { PICTURE_ACCEPT, WEIGHT_BUDGET } from './picture.js';
import type { PictureController } from './picture-controller.js';
import { chairOfField, type FieldKey, type Problem } from './problems.js';
import { PAGE_LANGS, type PageLang, type Strings } from './strings.js';
import type {} from './picture-editor.js';
import type {} from './preview-panel.js';

export type Notice = { text: string; tone: 'info' | 'ok' | 'warn' };

/** What the page's templates read from the playground and call on it. */
export interface PageContext {
  s: Strings;
  uiLang: PageLang;
  draft: Draft;
  languages: string[];
  problems: Problem[];
  form: FormContext;
  selected?: number;
  mode: 'edit' | 'preview';
  picture: PictureController;
  keeper: DraftKeeper;
  notices: Notice[];
  summaryOpen: boolean;
  pictureAddress: string;
  addressOpen: boolean;
  jsonOpen: boolean;
  quizJson: string;
  siteQuizzes: SiteQuiz[];
  siteChoice: string;
  sheet: ChairSheet;
  /** Opening and saving files (quiz-files.ts). */
  files: QuizFiles;
  newQuiz(): void;
  restoreDraft(): Promise<void>;
  discardDraft(): Promise<void>;
  goToField(key: FieldKey): Promise<void>;
  usePictureFile(file: File): Promise<void>;
  usePictureUrl(address: string): Promise<boolean>;
  useSamplePicture(): Promise<void>;
  shrink(): Promise<void>;
  addChair(point: Point, focus?: boolean): Promise<void>;
  moveChair(index: number, point: Point, announceAfter: number): void;
  removeChair(index: number, from: 'picture' | 'form'): Promise<void>;
  focus$(selector: string): Promise<void>;
}

/** The file input behind a button: the chosen files are handed on, and the input emptied for the next choice. */
const fileInput = (id: string, accept: string, multiple: boolean, take: (files: File[]) => void) =>
  html`<input
    type="file"
    id=${id}
    hidden
    ?multiple=${multiple}
    accept=${accept}
    @change=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      take([...(input.files ?? [])]);
      input.value = '';
    }}
  />`;

const click = (root: Element, selector: string) => root.closest('.app')?.querySelector<HTMLElement>(selector)?.click();

export function renderHeader(p: PageContext) {
  const { s } = p;
  return html`<header class="page-head">
    <div class="page-intro">
      <h1>${s.appTitle}</h1>
      <p>${s.appIntro}</p>
      <p class="privacy"><span aria-hidden="true">🔒</span> ${s.privacy}</p>
    </div>
    <fieldset class="segmented pills page-lang">
      <legend>${s.pageLanguage}</legend>
      ${PAGE_LANGS.map(
        (lang) => html`<label lang=${lang} dir=${directionOf(lang)}>
          <input type="radio" name="page-lang" value=${lang} .checked=${live(p.uiLang === lang)} @change=${() => (p.uiLang = lang)} />
          <span>${s.langName(lang)}</span>
        </label>`,
      )}
    </fieldset>
  </header>`;
}

/** Where the draft lives, and a way to discard it; or the offer to restore the one found. */
function renderDraftLine(p: PageContext) {
  const { s } = p;
  const { offer, kept } = p.keeper;
  if (offer) {
    return html`<div class="notice notice-info draft-offer" role="group" aria-labelledby="draft-offer-text">
      <p id="draft-offer-text">${s.restoreOffer(offer.savedAt)}</p>
      <button type="button" class="primary" id="restore-draft" @click=${() => p.restoreDraft()}>${s.restoreDraft}</button>
      <button type="button" class="secondary" id="discard-offer" @click=${() => p.discardDraft()}>${s.discardDraft}</button>
    </div>`;
  }
  const picture = p.draft.picture;
  const lost = p.picture.blob && !kept.picture && picture.kind !== 'none';
  return html`<p class="help draft-line" id="draft-line">
    ${kept.texts ? s.draftWhere : s.draftUnavailable}
    ${lost ? s.draftPictureNotKept(picture.kind === 'file' ? picture.name : picture.kind === 'url' ? picture.url : '') : nothing}
    <button type="button" class="link" id="discard-draft" @click=${() => p.discardDraft()}>${s.discardDraft}</button>
  </p>`;
}

export function renderFileBar(p: PageContext) {
  const { s } = p;
  const count = p.problems.length;
  return html`<section class="filebar card" aria-label=${s.fileBar}>
    ${renderDraftLine(p)}
    <div class="actions">
      <button type="button" id="new-quiz" class="secondary" @click=${() => p.newQuiz()}>${s.newQuiz}</button>
      <button type="button" id="open-quiz" class="secondary" aria-describedby="open-help" @click=${(e: Event) => click(e.target as Element, '#open-file')}>
        ${s.openQuiz}
      </button>
      ${fileInput('open-file', `.json,application/json,${PICTURE_ACCEPT}`, true, (files) => void p.files.openFiles(files))}
      <span class="help" id="open-help">${s.openHelp}</span>
      ${
        p.siteQuizzes.length
          ? html`<span class="site-quizzes">
            <label for="site-quiz">${s.openFromSite}</label>
            <select id="site-quiz" .value=${live(p.siteChoice)} @change=${(e: Event) => (p.siteChoice = (e.target as HTMLSelectElement).value)}>
              <option value="">—</option>
              ${p.siteQuizzes.map((q) => html`<option value=${q.file}>${pickText(q.title, p.uiLang, 'ar').text}</option>`)}
            </select>
            <button type="button" class="secondary" id="open-site-quiz" ?disabled=${!p.siteChoice} @click=${() => p.files.openSiteChoice()}>${s.openSiteQuiz}</button>
          </span>`
          : nothing
      }
      <span class="spacer"></span>
      <button type="button" id="copy-json" class="secondary" @click=${() => p.files.copyJson()}>${s.copyJson}</button>
      <button type="button" id="download" class="primary" @click=${() => p.files.download()}><span aria-hidden="true">⬇</span> ${s.download}</button>
    </div>
    <p class="status ${count ? 'status-todo' : 'status-ready'}">
      ${
        count
          ? html`<button
            type="button"
            class="link"
            @click=${async () => {
              p.summaryOpen = true;
              await p.focus$('#summary summary');
            }}
          >
            ${s.problemsLeft(count)}
          </button>`
          : html`<span id="ready">${s.ready}</span>`
      }
    </p>
    <details class="json-view" .open=${live(p.jsonOpen)} @toggle=${(e: Event) => (p.jsonOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${s.showJson}</summary>
      ${
        p.jsonOpen
          ? html`<label class="visually-hidden" for="json-text">${s.showJson}</label>
            <textarea id="json-text" readonly dir="ltr" lang="en" spellcheck="false" .value=${p.quizJson}></textarea>`
          : nothing
      }
    </details>
    <div class="notices" role="status">
      ${p.notices.map((n) => html`<p class="notice notice-${n.tone}">${n.text}</p>`)}
      ${
        p.files.downloads.length
          ? html`<p class="notice download-links">${s.downloadLinks} ${p.files.downloads.map((d) => html`<a href=${d.url} download=${d.name}>${d.name}</a> `)}</p>`
          : nothing
      }
    </div>
  </section>`;
}

export function renderSummary(p: PageContext) {
  const { s } = p;
  if (!p.problems.length) return nothing;
  const multilingual = p.languages.length > 1;
  return html`<details class="card summary" id="summary" .open=${live(p.summaryOpen)} @toggle=${(e: Event) => (p.summaryOpen = (e.target as HTMLDetailsElement).open)}>
    <summary><h2>${s.summaryHeading}: ${s.n(p.problems.length)}</h2></summary>
    <p class="help">${s.summaryHelp}</p>
    <ul>
      ${p.problems.map(
        (problem) => html`<li>
          <button type="button" class="link" data-field=${problem.field} @click=${() => p.goToField(problem.field)}>
            <strong>${fieldLabel(problem.field, s, multilingual)}</strong>: ${problemMessage(problem, s)}
          </button>
        </li>`,
      )}
    </ul>
  </details>`;
}

export function renderPictureCard(p: PageContext) {
  const { s } = p;
  const mode = (m: 'edit' | 'preview', label: string) =>
    html`<button type="button" id="mode-${m}" aria-pressed=${p.mode === m ? 'true' : 'false'} @click=${() => (p.mode = m)}>${label}</button>`;
  const { width = 4, height = 3, chairs } = p.draft;
  const positionProblems = chairs.map((_, i) =>
    p.form.allProblems(`chair:${i}:position`).map((problem) => problemMessage(problem, s)),
  );
  return html`<section class="card picture-card" aria-labelledby="picture-heading">
    <div class="card-head">
      <h2 id="picture-heading">${s.pictureHeading}</h2>
      <div class="segmented modes" role="group" aria-label=${s.pictureHeading}>${mode('edit', s.modeEdit)} ${mode('preview', s.modePreview)}</div>
    </div>
    <div class="editor-panel" ?hidden=${p.mode !== 'edit'}>
      ${renderPictureSource(p)}
      <div class="editor">
        <author-picture-editor
          .uiLang=${p.uiLang}
          .chairs=${chairs}
          .selected=${p.selected}
          .pictureUrl=${p.picture.state === 'ready' ? p.picture.displayUrl : ''}
          .ratio=${`${width}/${height}`}
          .loading=${p.picture.state === 'loading'}
          .problems=${positionProblems}
          @author-chair-add=${(e: CustomEvent<{ point: Point }>) => p.addChair(e.detail.point)}
          @author-chair-move=${(e: HTMLElementEventMap['author-chair-move']) => p.moveChair(e.detail.index, e.detail.point, e.detail.announceAfter)}
          @author-chair-remove=${(e: HTMLElementEventMap['author-chair-remove']) => p.removeChair(e.detail.index, 'picture')}
          @author-chair-select=${(e: HTMLElementEventMap['author-chair-select']) => (p.selected = e.detail.index)}
          @author-chair-open=${(e: HTMLElementEventMap['author-chair-open']) => p.sheet.open(e.detail.index)}
          @author-files-drop=${(e: HTMLElementEventMap['author-files-drop']) => p.files.openFiles(e.detail.files)}
        ></author-picture-editor>
        <div class="row">
          <button type="button" class="secondary" id=${fieldId('chairs')} aria-describedby=${describedBy(p.form, 'chairs')} @click=${() => p.addChair({ x: 50, y: 50 }, true)}>
            <span aria-hidden="true">＋</span> ${s.addCentre}
          </button>
          <span class="help">${s.chairsCount(chairs.length)}</span>
        </div>
        ${renderProblems(p.form, 'chairs')}
      </div>
    </div>
    <div class="preview-panel" ?hidden=${p.mode !== 'preview'}>
      <author-preview .uiLang=${p.uiLang} .draft=${p.draft} .pictureUrl=${p.picture.previewUrl}></author-preview>
    </div>
  </section>`;
}

function renderPictureSource(p: PageContext) {
  const { s } = p;
  const picture = p.draft.picture;
  const { width = 0, height = 0 } = p.draft;
  const { state, tooHeavy, blob } = p.picture;
  let info = '';
  if (state === 'loading') info = s.pictureLoading;
  else if (state === 'ready' && picture.kind === 'file')
    info = embedsPicture(picture)
      ? s.pictureEmbedded(picture.name, width, height, picture.size)
      : s.pictureBeside(picture.name, width, height, picture.size, pictureFileName(p.draft.id, picture));
  else if (state === 'ready' && picture.kind === 'url') info = s.pictureFromAddress(picture.url, width, height);
  const invalid = p.form.visibleProblems('picture').length > 0;
  return html`<div class="picture-source">
    <div class="row">
      <button
        type="button"
        class="secondary"
        id=${fieldId('picture')}
        aria-describedby=${describedBy(p.form, 'picture', ...(info ? ['picture-info'] : []), ...(tooHeavy ? ['picture-weight'] : []))}
        @click=${(e: Event) => click(e.target as Element, '#f-picture-file')}
      >
        ${s.choosePicture}
      </button>
      ${fileInput('f-picture-file', PICTURE_ACCEPT, false, ([file]) => file && void p.usePictureFile(file))}
      ${
        picture.kind === 'none' && state === 'none'
          ? html`<button type="button" class="link" id="sample-picture" @click=${() => p.useSamplePicture()}>${s.samplePicture}</button>`
          : nothing
      }
    </div>
    <details class="address-box" .open=${live(p.addressOpen)} @toggle=${(e: Event) => (p.addressOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${s.useAddressSummary}</summary>
      <form
        class="row address"
        @submit=${(e: Event) => {
          e.preventDefault();
          void p.usePictureUrl(p.pictureAddress);
        }}
      >
        <label for="f-picture-url">${s.pictureAddress}</label>
        <input
          id="f-picture-url"
          type="text"
          dir="ltr"
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="picture-url-help"
          aria-invalid=${invalid && picture.kind === 'url' ? 'true' : 'false'}
          .value=${live(p.pictureAddress)}
          @input=${(e: Event) => (p.pictureAddress = (e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="secondary">${s.useAddress}</button>
      </form>
      <p class="help" id="picture-url-help">${s.pictureAddressHelp}</p>
    </details>
    <p class="help picture-info" id="picture-info">${info}</p>
    ${
      tooHeavy
        ? html`<div class="notice notice-warn picture-weight">
          <p id="picture-weight">${s.problem.pictureHeavy({ size: blob!.size, budget: WEIGHT_BUDGET })}</p>
          <button type="button" class="secondary" id="shrink-picture" @click=${() => p.shrink()}>${s.shrinkPicture}</button>
        </div>`
        : nothing
    }
    ${renderProblems(p.form, 'picture')}
  </div>`;
}

/** The chair chips, and the selected chair's form: inline on a wide screen, in a modal sheet on a narrow one. */
export function renderChairsCard(p: PageContext, chairForm: () => unknown) {
  const { s } = p;
  const chairs = p.draft.chairs;
  const index = p.selected;
  const form = index !== undefined && chairs[index] ? chairForm() : nothing;
  return html`<section class="card" aria-labelledby="chairs-heading">
    <h2 id="chairs-heading" tabindex="-1">${s.chairsHeading}</h2>
    ${
      chairs.length
        ? html`<div class="chair-picker" role="group" aria-label=${s.chairPicker}>
          ${chairs.map((_, i) => {
            const bad = p.problems.some((problem) => chairOfField(problem.field) === i);
            return html`<button type="button" class="chip ${bad ? 'has-problems' : ''}" id="pick-${i}" aria-current=${i === index ? 'true' : 'false'} @click=${() => p.sheet.open(i)}>
              <span class="visually-hidden">${s.chairN(i + 1)}</span><span aria-hidden="true">${s.n(i + 1)}</span>${
                bad
                  ? html`<span class="dot" aria-hidden="true"></span><span class="visually-hidden">(${s.hasProblems})</span>`
                  : nothing
              }
            </button>`;
          })}
        </div>`
        : html`<p class="help">${s.chairsEmpty}</p>`
    }
    ${
      p.sheet.narrow
        ? html`<dialog id="chair-sheet" class="chair-sheet" aria-labelledby=${form === nothing ? nothing : 'chair-form-heading'} @close=${() => p.sheet.close()}>
          <button type="button" class="secondary sheet-done" id="sheet-done" @click=${() => p.sheet.close()}>${s.chairSheetDone}</button>
          ${form}
        </dialog>`
        : form
    }
  </section>`;
}
