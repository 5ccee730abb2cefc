// Serves third-party CSS that is not on npm in a usable form to the browser tests: WordPress's block library CSS,
// from Debian's `wordpress` package (installed by .ci/run), at /vendor/wordpress/… (= wp-includes/…). The npm
// package @wordpress/block-library ships the same files but pulls in 450 packages (React among them), and its
// current version does not install from the registry here.
import { createReadStream, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';

const WP_INCLUDES = process.env.WP_INCLUDES ?? '/usr/share/wordpress/wp-includes';

export function vendorMiddleware() {
  return async function vendor(ctx, next) {
    if (!ctx.path.startsWith('/vendor/wordpress/')) return next();
    const file = normalize(join(WP_INCLUDES, ctx.path.slice('/vendor/wordpress/'.length)));
    if (!file.startsWith(`${WP_INCLUDES}/`) || !file.endsWith('.css') || !existsSync(file)) {
      ctx.status = 404;
      ctx.body = `${ctx.path}: not found under ${WP_INCLUDES} (apt-get install wordpress)`;
      return;
    }
    ctx.type = 'text/css';
    ctx.body = createReadStream(file);
  };
}
