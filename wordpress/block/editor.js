/**
 * The "Chair quiz" block in the editor, written against WordPress's wp.* globals so that it needs no build step.
 * The preview is the real <coop-chair-quiz> (the plugin's script is a dependency of this one), so what the editor
 * shows is what visitors get. Rendering on the page is the PHP's job (a dynamic block: save() returns null).
 */
(function (wp, data) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;
  var quizzes = (data && data.quizzes) || [];

  function quizOptions() {
    return quizzes.map(function (quiz) {
      return {
        value: quiz.id,
        label: (quiz.site ? __('This site', 'coop-chair-quiz') : __('Built-in', 'coop-chair-quiz')) + ': ' + quiz.title,
      };
    });
  }

  function quizUrl(id) {
    for (var i = 0; i < quizzes.length; i++) if (quizzes[i].id === id) return quizzes[i].url;
    return '';
  }

  function Edit(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var url = quizUrl(a.quiz);
    var preview = url
      ? el('coop-chair-quiz', {
          // A key per setting: a fresh element for each change, so the preview never shows a stale state.
          key: [a.quiz, a.lang, a.digits, a.remember].join('|'),
          src: url,
          lang: a.lang || undefined,
          digits: a.digits,
          remember: a.remember ? '' : undefined,
        })
      : el(
          'p',
          { role: 'alert' },
          __('This quiz is not on this site any more: choose another one.', 'coop-chair-quiz'),
        );
    return el(
      'div',
      useBlockProps(),
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Quiz', 'coop-chair-quiz') },
          el(SelectControl, {
            label: __('Quiz', 'coop-chair-quiz'),
            value: a.quiz,
            options: quizOptions(),
            onChange: function (value) {
              set({ quiz: value });
            },
          }),
          el(SelectControl, {
            label: __('Language', 'coop-chair-quiz'),
            value: a.lang,
            options: [
              { value: '', label: __('Follow the page', 'coop-chair-quiz') },
              { value: 'ar', label: 'العربية' },
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ],
            onChange: function (value) {
              set({ lang: value });
            },
          }),
          el(ToggleControl, {
            label: __('Arabic-Indic digits (١، ٢، ٣)', 'coop-chair-quiz'),
            checked: a.digits === 'arab',
            onChange: function (on) {
              set({ digits: on ? 'arab' : 'latn' });
            },
          }),
          el(ToggleControl, {
            label: __('Remember the visitor’s answer', 'coop-chair-quiz'),
            help: __('Kept in the visitor’s own browser only.', 'coop-chair-quiz'),
            checked: !!a.remember,
            onChange: function (on) {
              set({ remember: on });
            },
          }),
        ),
      ),
      preview,
    );
  }

  wp.blocks.registerBlockType('coop-chair-quiz/quiz', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp, window.coopChairQuizEditor);
