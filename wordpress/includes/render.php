<?php
/**
 * Prints <coop-chair-quiz> for the block and the shortcode, and loads the script as a module only on the pages
 * that print one (WordPress 6.1 has no wp_enqueue_script_module; the script_loader_tag filter adds type="module").
 */

defined( 'ABSPATH' ) || exit;

const COOP_CHAIR_QUIZ_SCRIPT = 'coop-chair-quiz';

function coop_chair_quiz_register_script() {
	// In the footer: the element works before the script arrives (it is upgraded when the module runs).
	wp_register_script( COOP_CHAIR_QUIZ_SCRIPT, plugins_url( 'dist/coop-chair-quiz.js', COOP_CHAIR_QUIZ_FILE ), array(), COOP_CHAIR_QUIZ_VERSION, true );
}
add_action( 'init', 'coop_chair_quiz_register_script' );

function coop_chair_quiz_module_tag( $tag, $handle ) {
	if ( COOP_CHAIR_QUIZ_SCRIPT !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'coop_chair_quiz_module_tag', 10, 2 );

/**
 * The element's markup from raw attributes; $wrapper is printed on a <div> around it (the block's classes).
 * A refused attribute prints a message for people who can edit the page and only an HTML comment for visitors.
 */
function coop_chair_quiz_markup( $raw, $wrapper = '' ) {
	$checked = coop_chair_quiz_check_attributes( $raw );
	if ( $checked['errors'] ) {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return '<!-- coop-chair-quiz: refused attributes -->';
		}
		$items = '';
		foreach ( $checked['errors'] as $error ) {
			$items .= '<li>' . esc_html( $error ) . '</li>';
		}
		return '<div class="coop-chair-quiz-refused" role="alert"><p>' . esc_html__( 'The chair quiz is not shown:', 'coop-chair-quiz' ) . '</p><ul>' . $items . '</ul></div>';
	}

	wp_enqueue_script( COOP_CHAIR_QUIZ_SCRIPT );
	$attributes = $checked['attributes'];
	$html       = ' src="' . esc_url( coop_chair_quiz_url( $attributes['quiz'] ) ) . '"';
	unset( $attributes['quiz'] );
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . esc_attr( $name );
		} elseif ( false !== $value && '' !== $value ) {
			$html .= ' ' . esc_attr( $name ) . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	$element = '<coop-chair-quiz' . $html . '></coop-chair-quiz>';
	return '' === $wrapper ? $element : '<div ' . $wrapper . '>' . $element . '</div>';
}

function coop_chair_quiz_shortcode( $atts ) {
	return coop_chair_quiz_markup( is_array( $atts ) ? $atts : array() );
}
add_shortcode( 'coop_chair_quiz', 'coop_chair_quiz_shortcode' );
