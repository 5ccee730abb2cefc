<?php
/**
 * The plugin's own strings in the site's language. The code calls __() and friends with the text domain coop-chair-quiz;
 * a language pack (.mo) wins when one is installed, and otherwise the tables in languages/<lang>.php translate
 * them, so Arabic and French work from the zip alone (no build step for .mo files).
 */

defined( 'ABSPATH' ) || exit;

/** 'ar', 'fr' or 'en' for the locale in use (the user's in wp-admin, the site's on the front end). */
function coop_chair_quiz_language() {
	$locale = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	$lang   = strtolower( substr( (string) $locale, 0, 2 ) );
	return in_array( $lang, array( 'ar', 'fr' ), true ) ? $lang : 'en';
}

/** English source string => translation, for the locale in use (empty for English). */
function coop_chair_quiz_strings() {
	static $tables = array();
	$lang = coop_chair_quiz_language();
	if ( ! isset( $tables[ $lang ] ) ) {
		$file             = COOP_CHAIR_QUIZ_DIR . '/languages/' . $lang . '.php';
		$tables[ $lang ]  = 'en' !== $lang && is_readable( $file ) ? (array) include $file : array();
	}
	return $tables[ $lang ];
}

function coop_chair_quiz_translate( $translation, $text ) {
	if ( $translation !== $text ) {
		return $translation; // An installed language pack already translated it.
	}
	$strings = coop_chair_quiz_strings();
	return isset( $strings[ $text ] ) ? $strings[ $text ] : $translation;
}
add_filter( 'gettext_coop-chair-quiz', 'coop_chair_quiz_translate', 10, 2 );
add_filter( 'gettext_with_context_coop-chair-quiz', 'coop_chair_quiz_translate', 10, 2 );

/** The same table in the shape wp.i18n.setLocaleData() takes, for the block editor's script. */
function coop_chair_quiz_locale_data() {
	$data = array( '' => array( 'domain' => 'coop-chair-quiz', 'lang' => coop_chair_quiz_language() ) );
	foreach ( coop_chair_quiz_strings() as $source => $translation ) {
		$data[ $source ] = array( $translation );
	}
	return $data;
}
