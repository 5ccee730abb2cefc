<?php
/**
 * The server's checks on an uploaded quiz and its picture. The admin page also runs the project's own validator
 * (dist/coop-chair-quiz-explain.js, the rules of `npm run validate`) in the browser before sending, but nothing
 * here trusts that: whatever arrives is refused unless it is JSON of at most 1 MB with a well-formed id, and a
 * picture of at most 1 MB that really is PNG, JPEG, WebP, AVIF or an SVG with no script, event handler or
 * external reference (an SVG in the uploads folder is a same-origin document that would run them).
 */

defined( 'ABSPATH' ) || exit;

/** 1 MB, the component's own limit on a quiz file (src/load.ts). */
const COOP_CHAIR_QUIZ_MAX_BYTES = 1048576;

/** Picture types by file extension. */
const COOP_CHAIR_QUIZ_PICTURE_TYPES = array(
	'png'  => 'png',
	'jpg'  => 'jpeg',
	'jpeg' => 'jpeg',
	'webp' => 'webp',
	'avif' => 'avif',
	'svg'  => 'svg',
);

/** The picture's real type from its first bytes: 'png', 'jpeg', 'webp', 'avif', 'svg' or null. */
function coop_chair_quiz_picture_type( $bytes ) {
	if ( 0 === strncmp( $bytes, "\x89PNG\r\n\x1a\n", 8 ) ) {
		return 'png';
	}
	if ( 0 === strncmp( $bytes, "\xFF\xD8\xFF", 3 ) ) {
		return 'jpeg';
	}
	if ( 'RIFF' === substr( $bytes, 0, 4 ) && 'WEBP' === substr( $bytes, 8, 4 ) ) {
		return 'webp';
	}
	if ( 'ftyp' === substr( $bytes, 4, 4 ) && in_array( substr( $bytes, 8, 4 ), array( 'avif', 'avis' ), true ) ) {
		return 'avif';
	}
	$start = ltrim( preg_replace( '/^\xEF\xBB\xBF/', '', substr( $bytes, 0, 1024 ) ) );
	return '<' === substr( $start, 0, 1 ) && false !== stripos( $bytes, '<svg' ) ? 'svg' : null;
}

/** Why an SVG is refused (a short technical reason), or null when it is safe to serve. */
function coop_chair_quiz_svg_problem( $bytes ) {
	if ( false !== stripos( $bytes, '<!DOCTYPE' ) || false !== stripos( $bytes, '<!ENTITY' ) ) {
		return 'DOCTYPE/ENTITY';
	}
	$doc      = new DOMDocument();
	$previous = libxml_use_internal_errors( true );
	$loaded   = $doc->loadXML( $bytes, LIBXML_NONET );
	libxml_clear_errors();
	libxml_use_internal_errors( $previous );
	if ( ! $loaded || ! $doc->documentElement || 'svg' !== strtolower( $doc->documentElement->localName ) ) {
		return 'not-svg';
	}
	$xpath = new DOMXPath( $doc );
	if ( $xpath->query( '//processing-instruction()' )->length ) {
		return 'processing instruction';
	}
	$forbidden = array( 'script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener' );
	foreach ( $xpath->query( '//*' ) as $node ) {
		$name = strtolower( $node->localName );
		if ( in_array( $name, $forbidden, true ) || 'http://www.w3.org/1999/xhtml' === $node->namespaceURI ) {
			return '<' . $name . '>';
		}
		if ( 'style' === $name && preg_match( '/@import|url\(\s*[\'"]?\s*[^#\s\'"]|expression\(/i', $node->textContent ) ) {
			return '<style> url';
		}
		foreach ( $node->attributes as $attribute ) {
			$attr  = strtolower( $attribute->localName );
			$value = trim( $attribute->value );
			if ( 0 === strpos( $attr, 'on' ) ) {
				return $attr;
			}
			if ( 'href' === $attr && '' !== $value && '#' !== $value[0] ) {
				return 'href="' . substr( $value, 0, 40 ) . '"';
			}
			if ( 'attributename' === $attr && preg_match( '/href|^on/i', $value ) ) {
				return 'attributeName="' . $value . '"';
			}
			if ( preg_match( '/javascript:|url\(\s*[\'"]?\s*[^#\s\'")]/i', $value ) ) {
				return $attr . '="' . substr( $value, 0, 40 ) . '"';
			}
		}
	}
	return null;
}

/** The message for a file that did not arrive, or null when it did. */
function coop_chair_quiz_file_problem( $file, $what_too_large ) {
	if ( UPLOAD_ERR_INI_SIZE === $file['error'] || UPLOAD_ERR_FORM_SIZE === $file['error'] || $file['size'] > COOP_CHAIR_QUIZ_MAX_BYTES ) {
		return $what_too_large;
	}
	if ( UPLOAD_ERR_OK !== $file['error'] || ! is_uploaded_file( $file['tmp_name'] ) ) {
		/* translators: %d: PHP's upload error number. */
		return sprintf( __( 'The upload did not arrive whole (error %d). Please try again.', 'coop-chair-quiz' ), (int) $file['error'] );
	}
	return null;
}

/**
 * Checks an upload ($_FILES entries; $picture may be null). Returns a WP_Error with the message to show, or
 * [ 'id', 'json', 'picture_name', 'picture' ] ready to write.
 */
function coop_chair_quiz_check_upload( $json_file, $picture_file ) {
	if ( ! $json_file || UPLOAD_ERR_NO_FILE === $json_file['error'] ) {
		return new WP_Error( 'no-file', __( 'Choose a quiz file (.json) to upload.', 'coop-chair-quiz' ) );
	}
	$problem = coop_chair_quiz_file_problem( $json_file, __( 'The quiz file is larger than 1 MB.', 'coop-chair-quiz' ) );
	if ( $problem ) {
		return new WP_Error( 'json-file', $problem );
	}
	$text = (string) file_get_contents( $json_file['tmp_name'] );
	$quiz = json_decode( preg_replace( '/^\xEF\xBB\xBF/', '', $text ), true, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message, e.g. "Syntax error". */
		return new WP_Error( 'not-json', sprintf( __( 'The quiz file is not valid JSON (%s).', 'coop-chair-quiz' ), json_last_error_msg() ) );
	}
	if ( ! is_array( $quiz ) || ! isset( $quiz['chairs'], $quiz['image']['src'] ) || ! is_array( $quiz['chairs'] ) || ! is_string( $quiz['image']['src'] ) || 1 !== ( isset( $quiz['version'] ) ? $quiz['version'] : null ) ) {
		return new WP_Error( 'not-quiz', __( 'This JSON file is not a quiz: a quiz has "version": 1, an "id", an "image" and "chairs" (see the playground).', 'coop-chair-quiz' ) );
	}
	$id = isset( $quiz['id'] ) ? $quiz['id'] : null;
	if ( ! coop_chair_quiz_is_id( $id ) ) {
		/* translators: %s: the id found in the file. */
		return new WP_Error( 'bad-id', sprintf( __( 'The quiz id "%s" is not allowed: use lowercase letters, digits and single dashes, such as "coop-garden".', 'coop-chair-quiz' ), is_scalar( $id ) ? (string) $id : '' ) );
	}
	if ( array_key_exists( $id, coop_chair_quiz_built_in() ) ) {
		/* translators: %s: the quiz id. */
		return new WP_Error( 'built-in-id', sprintf( __( 'The id "%s" belongs to a built-in quiz: give your quiz another id.', 'coop-chair-quiz' ), $id ) );
	}

	$src = trim( $quiz['image']['src'] );
	if ( preg_match( '/^(https?:|data:image\/)/i', $src ) ) {
		return array( 'id' => $id, 'json' => $text, 'picture_name' => null, 'picture' => null );
	}
	if ( ! preg_match( '/^[a-z0-9]+([._-][a-z0-9]+)*\.([a-z0-9]+)$/i', $src, $m ) || ! array_key_exists( strtolower( $m[2] ), COOP_CHAIR_QUIZ_PICTURE_TYPES ) ) {
		/* translators: %s: the picture name in the quiz file. */
		return new WP_Error( 'bad-picture-name', sprintf( __( 'The picture "%s" must be a file name beside the quiz (letters, digits, dashes) ending in .png, .jpg, .webp, .avif or .svg.', 'coop-chair-quiz' ), $src ) );
	}
	if ( ! $picture_file || UPLOAD_ERR_NO_FILE === $picture_file['error'] ) {
		/* translators: %s: the picture name in the quiz file. */
		return new WP_Error( 'no-picture', sprintf( __( 'The quiz shows the picture "%s": upload it with the quiz.', 'coop-chair-quiz' ), $src ) );
	}
	if ( basename( (string) $picture_file['name'] ) !== $src ) {
		/* translators: 1: the picture name in the quiz file, 2: the name of the file uploaded. */
		return new WP_Error( 'picture-mismatch', sprintf( __( 'The quiz shows the picture "%1$s", but the picture uploaded is "%2$s".', 'coop-chair-quiz' ), $src, basename( (string) $picture_file['name'] ) ) );
	}
	$problem = coop_chair_quiz_file_problem( $picture_file, __( 'The picture is larger than 1 MB.', 'coop-chair-quiz' ) );
	if ( $problem ) {
		return new WP_Error( 'picture-file', $problem );
	}
	$bytes = (string) file_get_contents( $picture_file['tmp_name'] );
	$type  = coop_chair_quiz_picture_type( $bytes );
	if ( COOP_CHAIR_QUIZ_PICTURE_TYPES[ strtolower( $m[2] ) ] !== $type ) {
		return new WP_Error( 'picture-type', __( 'The picture must be a PNG, JPEG, WebP, AVIF or SVG file, and its name must end with its type.', 'coop-chair-quiz' ) );
	}
	if ( 'svg' === $type ) {
		$why = coop_chair_quiz_svg_problem( $bytes );
		if ( $why ) {
			/* translators: %s: what was found, e.g. "<script>" or "onload". */
			return new WP_Error( 'unsafe-svg', sprintf( __( 'The SVG picture is refused: it holds a script, an event handler, an external reference or markup that is not a plain picture (%s).', 'coop-chair-quiz' ), $why ) );
		}
	}
	foreach ( coop_chair_quiz_site_quizzes() as $other_id => $other ) {
		if ( $other_id !== $id && isset( $other['image']['src'] ) && $other['image']['src'] === $src ) {
			/* translators: 1: picture name, 2: the other quiz's id. */
			return new WP_Error( 'picture-taken', sprintf( __( 'The picture name "%1$s" is already used by the quiz "%2$s": rename the picture.', 'coop-chair-quiz' ), $src, $other_id ) );
		}
	}
	return array( 'id' => $id, 'json' => $text, 'picture_name' => $src, 'picture' => $bytes );
}

/**
 * Writes a checked upload: each file to a temporary name first, then renamed into place, so a failure leaves
 * the folder as it was. Returns true or a WP_Error.
 */
function coop_chair_quiz_store_upload( $checked ) {
	$dir = coop_chair_quiz_site_dir()['path'];
	if ( ! wp_mkdir_p( $dir ) ) {
		return new WP_Error( 'mkdir', __( 'The folder wp-content/uploads/coop-chair-quiz/ cannot be created: check the uploads folder’s permissions.', 'coop-chair-quiz' ) );
	}
	$files = array( $checked['id'] . '.json' => $checked['json'] );
	if ( null !== $checked['picture_name'] ) {
		$files = array( $checked['picture_name'] => $checked['picture'] ) + $files; // The picture first.
	}
	$temporary = array();
	foreach ( $files as $name => $bytes ) {
		$tmp = $dir . '/.' . $name . '.' . wp_generate_password( 8, false ) . '.tmp';
		if ( false === file_put_contents( $tmp, $bytes ) ) {
			array_map( 'unlink', $temporary );
			return new WP_Error( 'write', __( 'The quiz could not be saved: check the uploads folder’s permissions.', 'coop-chair-quiz' ) );
		}
		$temporary[ $name ] = $tmp;
	}
	foreach ( $temporary as $name => $tmp ) {
		rename( $tmp, $dir . '/' . $name );
	}
	return true;
}
