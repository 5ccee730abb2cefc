<?php
/**
 * The attributes a page may set on the quiz, from the shortcode or the block, each with its rule. Anything else,
 * or a value its rule refuses, is refused whole: the quiz is not printed with a guess.
 *
 * These are the element's documented attributes (README, API table), so a new one is one line here; the
 * `coop_chair_quiz_attribute_rules` filter lets another plugin (or the sharing options) add theirs.
 * A rule is 'quiz' (an id of a built-in or site quiz), 'bool', [ min, max ] (a whole number), 'url' (an absolute
 * http(s) address, or a path on this site), 'text' (one line, at most 120 characters) or a list of values.
 */

defined( 'ABSPATH' ) || exit;

function coop_chair_quiz_attribute_rules() {
	$rules = array(
		'quiz'         => 'quiz',
		'lang'         => array( '', 'ar', 'fr', 'en' ),
		'digits'       => array( 'latn', 'arab' ),
		'remember'     => 'bool',
		'chair'        => array( 1, 10000 ),
		'timeout'      => array( 1, 600000 ),
		// Sharing and the page owner's links under a result (issue 16).
		'owner'        => 'text',
		'comment-url'  => 'url',
		'share-url'    => 'url',
		'action-href'  => 'url',
		'action-label' => 'text',
		'next-href'    => 'url',
		'next-label'   => 'text',
	);
	return (array) apply_filters( 'coop_chair_quiz_attribute_rules', $rules );
}

/**
 * Checks raw attributes (strings from a shortcode, typed values from a block).
 * Returns [ 'attributes' => name => normalised value, 'errors' => list of messages ].
 */
function coop_chair_quiz_check_attributes( $raw ) {
	$rules      = coop_chair_quiz_attribute_rules();
	$attributes = array( 'quiz' => COOP_CHAIR_QUIZ_DEFAULT_ID );
	$errors     = array();
	foreach ( (array) $raw as $name => $value ) {
		if ( ! is_string( $name ) || ! isset( $rules[ $name ] ) ) {
			/* translators: %s: an attribute name or value the shortcode does not know. */
			$errors[] = sprintf( __( 'Unknown attribute "%s".', 'coop-chair-quiz' ), is_string( $name ) ? $name : (string) $value );
			continue;
		}
		$rule  = $rules[ $name ];
		$value = is_bool( $value ) || is_int( $value ) ? $value : trim( (string) $value );
		if ( 'quiz' === $rule ) {
			$ok = coop_chair_quiz_is_id( $value ) && null !== coop_chair_quiz_url( $value );
		} elseif ( 'bool' === $rule ) {
			$map   = array( '1' => true, 'true' => true, 'yes' => true, '0' => false, 'false' => false, 'no' => false );
			$key   = is_bool( $value ) ? ( $value ? '1' : '0' ) : strtolower( (string) $value );
			$ok    = isset( $map[ $key ] );
			$value = $ok ? $map[ $key ] : $value;
		} elseif ( 'url' === $rule ) {
			// Checked, not rewritten: esc_url() would drop the braces of a share-url pattern ({quiz}-{chair}).
			$scheme = is_string( $value ) ? wp_parse_url( $value, PHP_URL_SCHEME ) : null;
			$ok     = is_string( $value ) && strlen( $value ) <= 500 && ! preg_match( '/[\s"\'<>\\\\]/', $value )
				&& ( in_array( strtolower( (string) $scheme ), array( 'http', 'https' ), true ) || ( null === $scheme && 0 === strpos( $value, '/' ) && 0 !== strpos( $value, '//' ) ) );
		} elseif ( 'text' === $rule ) {
			$ok    = is_string( $value ) && '' !== $value && mb_strlen( $value ) <= 120;
			$value = $ok ? sanitize_text_field( $value ) : $value;
		} elseif ( is_array( $rule ) && 2 === count( $rule ) && is_int( $rule[0] ) ) {
			$ok    = is_int( $value ) || ( is_string( $value ) && ctype_digit( $value ) && strlen( $value ) < 10 );
			$value = $ok ? (int) $value : $value;
			$ok    = $ok && $value >= $rule[0] && $value <= $rule[1];
		} else {
			$ok = in_array( $value, (array) $rule, true );
		}
		if ( $ok ) {
			$attributes[ $name ] = $value;
		} else {
			$errors[] = sprintf(
				/* translators: 1: attribute name, 2: the value given. */
				__( 'The value "%2$s" is not allowed for %1$s.', 'coop-chair-quiz' ),
				$name,
				is_scalar( $value ) ? (string) $value : gettype( $value )
			);
		}
	}
	return array( 'attributes' => $attributes, 'errors' => $errors );
}
