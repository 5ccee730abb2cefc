/**
 * Media → Chair quizzes: before the upload is sent, check the quiz file with the project's own validator
 * (dist/coop-chair-quiz-explain.js, the rules of `npm run validate`) and list its problems, so an author sees
 * every mistake at once. The server checks again whatever this says (includes/upload-checks.php).
 */
(function () {
  'use strict';
  var form = document.getElementById('coop-chair-quiz-upload');
  var box = document.getElementById('coop-chair-quiz-check');
  if (!form || !box) return;
  var strings = JSON.parse(form.getAttribute('data-strings') || '{}');
  var MAX_BYTES = 1048576; // the component's limit on a quiz file

  function show(headline, lines) {
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = headline;
    box.appendChild(p);
    if (lines.length) {
      var list = document.createElement('ul');
      lines.forEach(function (line) {
        var item = document.createElement('li');
        item.textContent = line; // the validator's text, shown as text
        item.setAttribute('dir', 'ltr'); // field paths and JSON names read left to right
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  form.addEventListener('submit', function (event) {
    var file = form.querySelector('#coop_quiz_json').files[0];
    if (!file || form.dataset.checked === 'yes') return;
    event.preventDefault();
    box.hidden = true;
    if (file.size > MAX_BYTES) return show(strings.tooLarge, []);
    Promise.all([file.text(), import(form.getAttribute('data-validator'))])
      .then(function (loaded) {
        var data;
        try {
          data = JSON.parse(loaded[0]);
        } catch (error) {
          return show(strings.notJson, [String(error.message)]);
        }
        var result = loaded[1].parseQuiz(data);
        if (!result.ok) return show(strings.problems, result.problems);
        form.dataset.checked = 'yes';
        form.requestSubmit(form.querySelector('[type=submit]'));
      })
      .catch(function () {
        // The validator could not load: the server's checks still apply.
        form.dataset.checked = 'yes';
        form.requestSubmit(form.querySelector('[type=submit]'));
      });
  });
})();
