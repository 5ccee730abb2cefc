/**
 * demo/author.html: the page around `<quiz-author>`. The page's language and direction follow the editor's
 * (`?lang=fr` picks one); `?open=../quizzes/meeting-room.json` opens a quiz from the site; leaving with work not
 * downloaded asks first.
 */
import './define.js';
import { pageDir, pageLang, strings, type PageLang } from './strings.js';

const editor = document.querySelector('quiz-author')!;
const params = new URLSearchParams(location.search);

function applyLang(lang: PageLang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = pageDir(lang);
  document.title = strings(lang).appTitle;
  const url = new URL(location.href);
  if (lang === 'ar') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

editor.uiLang = pageLang(params.get('lang') ?? document.documentElement.lang);
editor.addEventListener('quiz-author-lang-change', (event) => applyLang(event.detail.lang));

const open = params.get('open');
if (open) void editor.openUrl(open);

window.addEventListener('beforeunload', (event) => {
  if (!editor.dirty) return;
  event.preventDefault();
  event.returnValue = '';
});
