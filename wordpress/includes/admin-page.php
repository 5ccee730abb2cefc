<?php
/**
 * Media → Chair quizzes: the site's own quizzes, and a form that adds one (a quiz JSON and its picture) without
 * FTP. Only for users who can manage the site (manage_options), with a nonce; the checks are upload-checks.php's.
 */

defined( 'ABSPATH' ) || exit;

const COOP_CHAIR_QUIZ_ADMIN_SLUG = 'coop-chair-quiz';
const COOP_CHAIR_QUIZ_NONCE      = 'coop_chair_quiz_upload';

function coop_chair_quiz_admin_menu() {
	$hook = add_media_page(
		__( 'Chair quizzes', 'coop-chair-quiz' ),
		__( 'Chair quizzes', 'coop-chair-quiz' ),
		'manage_options',
		COOP_CHAIR_QUIZ_ADMIN_SLUG,
		'coop_chair_quiz_admin_page'
	);
	add_action( 'load-' . $hook, 'coop_chair_quiz_admin_handle_post' );
}
add_action( 'admin_menu', 'coop_chair_quiz_admin_menu' );

/** The outcome of this request's upload: [ 'ok' => bool, 'message' => string ], or null. */
function coop_chair_quiz_admin_result( $set = null ) {
	static $result = null;
	if ( null !== $set ) {
		$result = $set;
	}
	return $result;
}

function coop_chair_quiz_admin_handle_post() {
	if ( 'POST' !== $_SERVER['REQUEST_METHOD'] ) {
		return;
	}
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to add quizzes.', 'coop-chair-quiz' ), 403 );
	}
	$nonce = isset( $_POST['_wpnonce'] ) ? sanitize_text_field( wp_unslash( $_POST['_wpnonce'] ) ) : '';
	if ( ! wp_verify_nonce( $nonce, COOP_CHAIR_QUIZ_NONCE ) ) {
		coop_chair_quiz_admin_result( array( 'ok' => false, 'message' => __( 'The security check failed (the page was open too long). Reload the page and upload again.', 'coop-chair-quiz' ) ) );
		return;
	}
	if ( isset( $_POST['coop_quiz_delete'] ) ) {
		coop_chair_quiz_admin_result( coop_chair_quiz_delete( sanitize_text_field( wp_unslash( $_POST['coop_quiz_delete'] ) ) ) );
		return;
	}
	// A body past post_max_size arrives empty: say so rather than "choose a file".
	if ( empty( $_FILES ) && ! empty( $_SERVER['CONTENT_LENGTH'] ) && (int) $_SERVER['CONTENT_LENGTH'] > COOP_CHAIR_QUIZ_MAX_BYTES ) {
		coop_chair_quiz_admin_result( array( 'ok' => false, 'message' => __( 'The quiz file is larger than 1 MB.', 'coop-chair-quiz' ) ) );
		return;
	}
	$checked = coop_chair_quiz_check_upload(
		isset( $_FILES['coop_quiz_json'] ) ? $_FILES['coop_quiz_json'] : null,
		isset( $_FILES['coop_quiz_picture'] ) ? $_FILES['coop_quiz_picture'] : null
	);
	$stored = is_wp_error( $checked ) ? $checked : coop_chair_quiz_store_upload( $checked );
	if ( is_wp_error( $stored ) ) {
		coop_chair_quiz_admin_result( array( 'ok' => false, 'message' => $stored->get_error_message() ) );
	} else {
		/* translators: %s: the quiz id. */
		coop_chair_quiz_admin_result( array( 'ok' => true, 'message' => sprintf( __( 'The quiz "%s" is saved. Add it to a page with the Chair quiz block.', 'coop-chair-quiz' ), $checked['id'] ) ) );
	}
}

/** Removes a site quiz and its picture (unless another site quiz shows the same picture). */
function coop_chair_quiz_delete( $id ) {
	$quizzes = coop_chair_quiz_site_quizzes();
	if ( ! coop_chair_quiz_is_id( $id ) || ! isset( $quizzes[ $id ] ) ) {
		/* translators: %s: the quiz id. */
		return array( 'ok' => false, 'message' => sprintf( __( 'There is no site quiz "%s".', 'coop-chair-quiz' ), $id ) );
	}
	$dir     = coop_chair_quiz_site_dir()['path'];
	$picture = isset( $quizzes[ $id ]['image']['src'] ) && is_string( $quizzes[ $id ]['image']['src'] ) ? basename( $quizzes[ $id ]['image']['src'] ) : '';
	unlink( $dir . '/' . $id . '.json' );
	$shared = false;
	foreach ( $quizzes as $other_id => $other ) {
		$shared = $shared || ( $other_id !== $id && isset( $other['image']['src'] ) && basename( (string) $other['image']['src'] ) === $picture );
	}
	if ( '' !== $picture && ! $shared && is_file( $dir . '/' . $picture ) && array_key_exists( strtolower( pathinfo( $picture, PATHINFO_EXTENSION ) ), COOP_CHAIR_QUIZ_PICTURE_TYPES ) ) {
		unlink( $dir . '/' . $picture );
	}
	/* translators: %s: the quiz id. */
	return array( 'ok' => true, 'message' => sprintf( __( 'The quiz "%s" is removed. Pages that showed it now show nothing there.', 'coop-chair-quiz' ), $id ) );
}

function coop_chair_quiz_admin_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$result  = coop_chair_quiz_admin_result();
	$strings = array(
		'problems' => __( 'This quiz file has problems, nothing was uploaded:', 'coop-chair-quiz' ),
		'notJson'  => __( 'The quiz file is not valid JSON.', 'coop-chair-quiz' ),
		'tooLarge' => __( 'The quiz file is larger than 1 MB.', 'coop-chair-quiz' ),
	);
	$validator = plugins_url( 'dist/coop-chair-quiz-explain.js', COOP_CHAIR_QUIZ_FILE );
	?>
	<div class="wrap">
		<h1><?php echo esc_html__( 'Chair quizzes', 'coop-chair-quiz' ); ?></h1>
		<?php if ( $result ) : ?>
			<div id="coop-chair-quiz-result" class="notice <?php echo $result['ok'] ? 'notice-success' : 'notice-error'; ?>" role="alert"><p><?php echo esc_html( $result['message'] ); ?></p></div>
		<?php endif; ?>
		<div id="coop-chair-quiz-check" class="notice notice-error" role="alert" hidden></div>

		<h2><?php echo esc_html__( 'Add a quiz', 'coop-chair-quiz' ); ?></h2>
		<p><?php echo esc_html__( 'Make the quiz file in the quiz playground, then upload it here with its picture. The quiz is checked before it is saved.', 'coop-chair-quiz' ); ?></p>
		<form id="coop-chair-quiz-upload" method="post" enctype="multipart/form-data"
			data-validator="<?php echo esc_url( $validator ); ?>"
			data-strings="<?php echo esc_attr( wp_json_encode( $strings ) ); ?>">
			<?php wp_nonce_field( COOP_CHAIR_QUIZ_NONCE ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="coop_quiz_json"><?php echo esc_html__( 'Quiz file (.json)', 'coop-chair-quiz' ); ?></label></th>
					<td><input type="file" id="coop_quiz_json" name="coop_quiz_json" accept=".json,application/json" required></td>
				</tr>
				<tr>
					<th scope="row"><label for="coop_quiz_picture"><?php echo esc_html__( 'Its picture (PNG, JPEG, WebP, AVIF or SVG)', 'coop-chair-quiz' ); ?></label></th>
					<td><input type="file" id="coop_quiz_picture" name="coop_quiz_picture" accept=".png,.jpg,.jpeg,.webp,.avif,.svg"></td>
				</tr>
			</table>
			<?php submit_button( __( 'Upload the quiz', 'coop-chair-quiz' ), 'primary', 'coop_quiz_submit' ); ?>
		</form>

		<h2><?php echo esc_html__( 'Quizzes of this site', 'coop-chair-quiz' ); ?></h2>
		<?php $site = coop_chair_quiz_site_titles(); ?>
		<?php if ( ! $site ) : ?>
			<p><?php echo esc_html__( 'None yet.', 'coop-chair-quiz' ); ?></p>
		<?php else : ?>
			<ul id="coop-chair-quiz-site-list">
				<?php foreach ( $site as $id => $title ) : ?>
					<li>
						<code><?php echo esc_html( $id ); ?></code> — <?php echo esc_html( $title ); ?>
						<form method="post" class="coop-chair-quiz-delete" style="display:inline">
							<?php // Not wp_nonce_field(): its id="_wpnonce" would repeat once per quiz. ?>
							<input type="hidden" name="_wpnonce" value="<?php echo esc_attr( wp_create_nonce( COOP_CHAIR_QUIZ_NONCE ) ); ?>">
							<button type="submit" class="button-link button-link-delete" name="coop_quiz_delete" value="<?php echo esc_attr( $id ); ?>">
								<?php
								/* translators: %s: the quiz id. */
								echo esc_html( sprintf( __( 'Remove %s', 'coop-chair-quiz' ), $id ) );
								?>
							</button>
						</form>
					</li>
				<?php endforeach; ?>
			</ul>
		<?php endif; ?>
		<h2><?php echo esc_html__( 'Built-in quizzes', 'coop-chair-quiz' ); ?></h2>
		<ul>
			<?php foreach ( coop_chair_quiz_built_in() as $id => $title ) : ?>
				<li><code><?php echo esc_html( $id ); ?></code> — <?php echo esc_html( $title ); ?></li>
			<?php endforeach; ?>
		</ul>
		<p><?php echo esc_html__( 'Shortcode for the classic editor and page builders:', 'coop-chair-quiz' ); ?> <code>[coop_chair_quiz quiz="meeting-room" lang="fr" digits="arab" remember="1"]</code></p>
	</div>
	<?php
}

function coop_chair_quiz_admin_assets( $hook ) {
	if ( 'media_page_' . COOP_CHAIR_QUIZ_ADMIN_SLUG === $hook ) {
		wp_enqueue_script( 'coop-chair-quiz-upload-check', plugins_url( 'admin/upload-check.js', COOP_CHAIR_QUIZ_FILE ), array(), COOP_CHAIR_QUIZ_VERSION, true );
	}
}
add_action( 'admin_enqueue_scripts', 'coop_chair_quiz_admin_assets' );
