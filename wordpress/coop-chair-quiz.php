<?php
/**
 * Plugin Name:       Chair quiz (coop-chair-quiz)
 * Plugin URI:        https://github.com/coop-chair-quiz/coop-chair-quiz
 * Description:       "Which chair do you pick?" — a quiz block and a [coop_chair_quiz] shortcode, Arabic first, French and English too.
 * Version:           0.1.0
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * Author:            coop-chair-quiz
 * License:           MIT
 * Text Domain:       coop-chair-quiz
 * Domain Path:       /languages
 *
 * The plugin is a thin wrapper: the quiz itself is dist/coop-chair-quiz.js exactly as `npm run build` makes it.
 * The PHP only prints the <coop-chair-quiz> element with checked attributes, loads the script as a module on the
 * pages that show a quiz, and stores the site's own quizzes in wp-content/uploads/coop-chair-quiz/.
 */

defined( 'ABSPATH' ) || exit;

define( 'COOP_CHAIR_QUIZ_VERSION', '0.1.0' );
define( 'COOP_CHAIR_QUIZ_FILE', __FILE__ );
define( 'COOP_CHAIR_QUIZ_DIR', __DIR__ );

require_once __DIR__ . '/includes/i18n.php';
require_once __DIR__ . '/includes/quizzes.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/upload-checks.php';
require_once __DIR__ . '/includes/admin-page.php';
