/**
 * demo/author.html: the page around `<quiz-author>`. The page's language and direction follow the editor's
 * (`?lang=fr` picks one); `?open=../quizzes/meeting-room.json` opens a quiz from the site. The editor keeps a
 * draft in this browser as the author types; the browser's "leave the page?" question is asked only when work
 * would be lost all the same (the browser refuses to keep the draft, or the author has not answered the offer to
 * restore an older one).
 */
import './define.js';
import { resolveUiLocale } from '../../src/localization.js';
import { directionOf } from '../../src/text.js';
import { strings, type PageLang } from './strings.js';

const editor = document.querySelector('quiz-author')!;
const params = new URLSearchParams(location.search);

function applyLang(lang: PageLang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  document.title = strings(lang).appTitle;
  const url = new URL(location.href);
  if (lang === 'ar') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

editor.uiLang = resolveUiLocale(params.get('lang') ?? document.documentElement.lang);
editor.addEventListener('quiz-author-lang-change', (event) => applyLang(event.detail.lang));

const open = params.get('open');
if (open) void editor.files.openUrl(open);

window.addEventListener('beforeunload', (event) => {
  if (!editor.workAtRisk) return;
  event.preventDefault();
  event.returnValue = '';
});
