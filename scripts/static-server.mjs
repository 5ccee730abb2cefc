// A small static file server on a loopback port, for the scripts that drive a browser over real HTTP
// (scripts/bench.mjs, scripts/screenshot.mjs). `fileFor(urlPath)` maps a URL path to a local file, or to undefined
// for a 404; a path ending in "/" asks for its index.html. With `gzip`, text is sent gzipped at level 9, the level
// of the size figures, as a real host would send it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const gzipCache = new Map();

/** The file gzipped at level 9, computed once per version of the file. */
export async function gzipped(file) {
  const { mtimeMs, size } = await stat(file);
  const key = `${file}:${mtimeMs}:${size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(await readFile(file), { level: 9 }));
  return gzipCache.get(key);
}

/** Starts the server; resolves to `{ origin, close }` once it listens. Port 0 = a free port. */
export async function serveStatic({ fileFor, gzip = false, port = 0 }) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = path.includes('..') ? undefined : fileFor(path.endsWith('/') ? `${path}index.html` : path);
    if (!file) return response.writeHead(404).end('not found');
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      const compress =
        gzip && /text|json|svg|javascript/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = compress ? await gzipped(file) : await readFile(file);
      if (compress) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
