// The demo page's controls: pick a quiz (from quizzes/index.json when there is one), a language, the digits.
// Plain JS, no build step: it runs the same from `npm start` and from dist/.
const quiz = document.getElementById('quiz');
const picker = document.getElementById('quiz-picker');
const events = document.getElementById('events');
const params = new URLSearchParams(location.search);

const quizzesDir = new URL(document.querySelector('meta[name="quizzes-dir"]')?.content ?? '../quizzes/', location.href);

async function fillPicker() {
  let list = [{ id: 'meeting-room', file: 'meeting-room.json', title: 'غرفة الاجتماع' }];
  try {
    const response = await fetch(new URL('index.json', quizzesDir));
    if (response.ok) list = (await response.json()).quizzes;
  } catch {
    // No index (e.g. before the first build): the built-in quiz only.
  }
  for (const item of list) {
    const option = document.createElement('option');
    option.value = new URL(item.file, quizzesDir).href;
    option.textContent = typeof item.title === 'string' ? item.title : (item.title.ar ?? Object.values(item.title)[0]);
    picker.append(option);
  }
  const wanted = params.get('quiz');
  const match = [...picker.options].find((o) => o.value.endsWith(`/${wanted}.json`));
  if (match) {
    picker.value = match.value;
    quiz.src = match.value;
  }
}

function setLang(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const input of document.querySelectorAll('input[name="lang"]')) input.checked = input.value === lang;
}

picker.addEventListener('change', () => (quiz.src = picker.value));
document.getElementById('controls').addEventListener('change', (event) => {
  if (event.target.name === 'lang') setLang(event.target.value);
  if (event.target.id === 'arab-digits') quiz.digits = event.target.checked ? 'arab' : 'latn';
});
for (const type of [
  'coop-chair-quiz-ready',
  'coop-chair-quiz-choose',
  'coop-chair-quiz-reset',
  'coop-chair-quiz-error',
]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    events.prepend(item);
  });
}

if (params.get('lang')) setLang(params.get('lang'));
if (params.get('digits') === 'arab') {
  quiz.digits = 'arab';
  document.getElementById('arab-digits').checked = true;
}
fillPicker();
