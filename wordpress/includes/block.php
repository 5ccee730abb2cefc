<?php
/**
 * The "Chair quiz" block: a dynamic block (block/block.json) rendered by the same code as the shortcode, with an
 * editor script written against the wp.* globals (no build step) that shows the real quiz as a live preview.
 */

defined( 'ABSPATH' ) || exit;

function coop_chair_quiz_register_block() {
	wp_register_script(
		'coop-chair-quiz-editor',
		plugins_url( 'block/editor.js', COOP_CHAIR_QUIZ_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', COOP_CHAIR_QUIZ_SCRIPT ),
		COOP_CHAIR_QUIZ_VERSION,
		true
	);
	register_block_type( COOP_CHAIR_QUIZ_DIR . '/block', array( 'render_callback' => 'coop_chair_quiz_render_block' ) );
}
add_action( 'init', 'coop_chair_quiz_register_block', 20 );

/** What the editor script needs: the quizzes to pick from, their URLs, and the plugin's strings. */
function coop_chair_quiz_editor_data() {
	$quizzes = array();
	foreach ( coop_chair_quiz_built_in() as $id => $title ) {
		$quizzes[] = array( 'id' => $id, 'title' => $title, 'site' => false, 'url' => coop_chair_quiz_url( $id ) );
	}
	foreach ( coop_chair_quiz_site_titles() as $id => $title ) {
		if ( ! array_key_exists( $id, coop_chair_quiz_built_in() ) ) {
			$quizzes[] = array( 'id' => $id, 'title' => $title, 'site' => true, 'url' => coop_chair_quiz_url( $id ) );
		}
	}
	return array( 'quizzes' => $quizzes, 'defaultQuiz' => COOP_CHAIR_QUIZ_DEFAULT_ID );
}

function coop_chair_quiz_editor_assets() {
	// JSON_HEX_* keeps quiz titles from closing the <script> element; the editor shows them as text.
	$flags = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE;
	wp_add_inline_script(
		'coop-chair-quiz-editor',
		'window.coopChairQuizEditor = ' . wp_json_encode( coop_chair_quiz_editor_data(), $flags ) . ';'
			. 'wp.i18n.setLocaleData(' . wp_json_encode( coop_chair_quiz_locale_data(), $flags ) . ', "coop-chair-quiz");',
		'before'
	);
}
add_action( 'enqueue_block_editor_assets', 'coop_chair_quiz_editor_assets' );

/** The block's attributes go through the shortcode's rules; `lang: ""` (follow the page) is not an attribute. */
function coop_chair_quiz_render_block( $attributes ) {
	$raw = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( 'className' !== $name && 'align' !== $name && ! ( 'lang' === $name && '' === $value ) ) {
			$raw[ $name ] = $value;
		}
	}
	return coop_chair_quiz_markup( $raw, get_block_wrapper_attributes() );
}
