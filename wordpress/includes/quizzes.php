<?php
/**
 * Where quizzes are: the built-in ones in the plugin's dist/quizzes/ (as `npm run build` made them, listed in its
 * index.json) and the site's own in wp-content/uploads/coop-chair-quiz/ (one folder, never year/month ones).
 */

defined( 'ABSPATH' ) || exit;

/** The id rule of the quiz format (src/quiz-format.ts, ID_PATTERN). */
const COOP_CHAIR_QUIZ_ID_PATTERN = '/^[a-z0-9]+(-[a-z0-9]+)*$/';

/** The quiz shown when none is chosen, the component's own default. */
const COOP_CHAIR_QUIZ_DEFAULT_ID = 'meeting-room';

function coop_chair_quiz_is_id( $id ) {
	return is_string( $id ) && strlen( $id ) <= 100 && 1 === preg_match( COOP_CHAIR_QUIZ_ID_PATTERN, $id );
}

/** A quiz title (a string or {lang: text}) in the language in use, else the first one given. */
function coop_chair_quiz_title_text( $title, $fallback ) {
	if ( is_string( $title ) && '' !== $title ) {
		return $title;
	}
	if ( is_array( $title ) && $title ) {
		$lang = coop_chair_quiz_language();
		return (string) ( isset( $title[ $lang ] ) ? $title[ $lang ] : reset( $title ) );
	}
	return $fallback;
}

/** [ id => title ] of the quizzes shipped in dist/quizzes/. */
function coop_chair_quiz_built_in() {
	static $list = null;
	if ( null === $list ) {
		$list  = array();
		$index = json_decode( (string) @file_get_contents( COOP_CHAIR_QUIZ_DIR . '/dist/quizzes/index.json' ), true );
		foreach ( isset( $index['quizzes'] ) ? (array) $index['quizzes'] : array() as $entry ) {
			if ( isset( $entry['id'] ) && coop_chair_quiz_is_id( $entry['id'] ) ) {
				$list[ $entry['id'] ] = coop_chair_quiz_title_text( isset( $entry['title'] ) ? $entry['title'] : '', $entry['id'] );
			}
		}
	}
	return $list;
}

/** The folder of the site's quizzes and its URL. */
function coop_chair_quiz_site_dir() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'path' => trailingslashit( $uploads['basedir'] ) . 'coop-chair-quiz',
		'url'  => trailingslashit( $uploads['baseurl'] ) . 'coop-chair-quiz',
	);
}

/** [ id => decoded quiz ] of the site's quizzes. */
function coop_chair_quiz_site_quizzes() {
	$quizzes = array();
	$dir     = coop_chair_quiz_site_dir();
	foreach ( (array) glob( $dir['path'] . '/*.json' ) as $file ) {
		$id = basename( $file, '.json' );
		if ( coop_chair_quiz_is_id( $id ) ) {
			$quiz           = json_decode( (string) file_get_contents( $file ), true );
			$quizzes[ $id ] = is_array( $quiz ) ? $quiz : array();
		}
	}
	ksort( $quizzes );
	return $quizzes;
}

/** [ id => title ] of the site's quizzes. */
function coop_chair_quiz_site_titles() {
	$titles = array();
	foreach ( coop_chair_quiz_site_quizzes() as $id => $quiz ) {
		$titles[ $id ] = coop_chair_quiz_title_text( isset( $quiz['title'] ) ? $quiz['title'] : '', $id );
	}
	return $titles;
}

/** The URL of a quiz file, or null when there is no quiz with that id. */
function coop_chair_quiz_url( $id ) {
	if ( ! coop_chair_quiz_is_id( $id ) ) {
		return null;
	}
	if ( array_key_exists( $id, coop_chair_quiz_built_in() ) ) {
		return plugins_url( 'dist/quizzes/' . $id . '.json', COOP_CHAIR_QUIZ_FILE );
	}
	$dir = coop_chair_quiz_site_dir();
	return is_file( $dir['path'] . '/' . $id . '.json' ) ? $dir['url'] . '/' . $id . '.json' : null;
}
