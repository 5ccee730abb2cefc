// The plugin zip's name in dist/, shared by the build (wp-zip.mjs) and the test (test-wordpress.mjs).
export const ZIP_NAME = 'coop-chair-quiz-wordpress.zip';
