// Server behaviour for the end-to-end tests (test/e2e/): real response headers, including a strict
// Content-Security-Policy on the pages, misbehaving quiz URLs (hanging, huge, deeply nested), a redirect, CORS
// headers on request (`?cors`), and a count of the requests received for an address (`?count`).
import { PassThrough } from 'node:stream';

/** The policy from the embedding issue: no inline scripts or styles, no eval, Trusted Types. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

export function e2eServerMiddleware() {
  // Requests the server received, by path and query: what a browser really downloaded, whatever it lists in Resource
  // Timing (test/browser/preload.test.ts). Only for the addresses that ask to be counted.
  const received = new Map();
  return async function e2e(ctx, next) {
    if (ctx.path === '/test/e2e/server/received') {
      // GET /test/e2e/server/received?url=/test/fixtures/x.json%3Fcount → how many requests for that path and query.
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { count: received.get(ctx.query.url) ?? 0 };
      return;
    }
    if ('count' in ctx.query) received.set(ctx.url, (received.get(ctx.url) ?? 0) + 1);
    if (ctx.path === '/test/e2e/server/redirect') {
      // A file of this origin that has moved to another (a CDN): 302 to `to`, this test server under another name.
      if (!/^http:\/\/(localhost|127\.0\.0\.1):\d+\//.test(ctx.query.to ?? ''))
        ctx.throw(400, 'to: a URL of this server');
      ctx.redirect(ctx.query.to);
      return;
    }
    if (ctx.path === '/test/e2e/server/hang.json') {
      // Sends headers and one byte, then nothing; ends by itself after 20 s (bounded), or when the client goes.
      const body = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = body;
      body.write('{');
      const timer = setTimeout(() => body.end('}'), 20_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        body.end();
      });
      return;
    }
    if (ctx.path === '/test/e2e/server/huge.json') {
      // 5 MB of a JSON array, streamed.
      const body = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = body;
      const chunk = `${'1,'.repeat(50_000)}`;
      let sent = 0;
      body.write('[');
      const pump = () => {
        while (sent < 50 && body.write(chunk)) sent++;
        if (sent >= 50) body.end('1]');
        else body.once('drain', pump);
      };
      pump();
      ctx.req.on('close', () => body.destroy());
      return;
    }
    if (ctx.path === '/test/e2e/server/deep.json') {
      ctx.type = 'application/json';
      ctx.body = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;
      return;
    }
    if (ctx.path.startsWith('/dist/') && ctx.query.slow) {
      // The script as a slow network would bring it (300 ms), so that the page is painted before it arrives: the
      // layout-shift test then sees what a visitor sees, whatever the speed of this machine.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await next();
    // `?cors`: readable from any site, as a CDN serves files.
    if ('cors' in ctx.query) ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.path.startsWith('/test/e2e/') && ctx.path.endsWith('.html')) {
      // Two copies of Lit each create a Trusted Types policy named lit-html: a page that loads two copies
      // (two different script URLs) must allow duplicates, or the quiz's own policy name. docs/embedding.md says so.
      const page = ctx.path.split('/').pop();
      const csp = {
        'twice.html': `${STRICT_CSP} 'allow-duplicates'`,
        'other-lit-first-named.html': `${STRICT_CSP} coop-chair-quiz`,
      }[page];
      ctx.set('Content-Security-Policy', csp ?? STRICT_CSP);
      ctx.set('X-Content-Type-Options', 'nosniff');
    }
  };
}
