// The share kit's PNGs, drawn by the component's own picture maker (src/share-picture.ts, the canvas card of the
// share button) in Debian's headless Chromium: a Vite dev server on a free loopback port serves the module and the
// quiz's room picture to a blank page of its own; the page draws each card at 1200 × 630 and sends the PNG bytes back.
// Nothing leaves the machine: the browser gets the room picture from the quiz's folder, never from the network.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS } from '../chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const MODULE = 'src/share-picture.ts';
const BLANK = '/__share-kit.html';

/** Serves a blank page at BLANK, so that the drawing page has the server's origin (and so reads the room picture). */
const blankPage = () => ({
  name: 'share-kit-blank-page',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== BLANK) return next();
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        '<!doctype html><html><head><meta charset="utf-8"><title>share kit</title></head><body></body></html>',
      );
    });
  },
});

/**
 * Starts the server and the browser; `draw(input)` gives the PNG bytes of one card (`input` as `makeSharePicture`
 * takes it, `picture` as a path on disk or undefined); `close()` stops both.
 */
export async function startPictureMaker({ quizFolder }) {
  if (!existsSync(`${root}${MODULE}`))
    throw new Error(`the picture maker ${MODULE} is missing (it comes with the share button's picture, issue 16)`);
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [blankPage()],
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, fs: { allow: [root, quizFolder] } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage();
    await page.goto(`${origin}${BLANK}`);
    return {
      /** Whether the picture module drew the room (false: the card without it). */
      async draw(input) {
        const picture =
          !input.picture || input.picture.startsWith('data:') ? input.picture : `${origin}/@fs${input.picture}`;
        const result = await page.evaluate(
          async (url, data) => {
            const { makeSharePicture } = await import(url);
            const { blob, room } = await makeSharePicture(data);
            const bytes = new Uint8Array(await blob.arrayBuffer());
            let binary = '';
            for (let i = 0; i < bytes.length; i += 0x8000)
              binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            return { base64: btoa(binary), room };
          },
          `${origin}/${MODULE}`,
          { ...input, picture },
        );
        return { png: Buffer.from(result.base64, 'base64'), room: result.room };
      },
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
