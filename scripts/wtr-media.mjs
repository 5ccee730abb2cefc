// A web-test-runner command that emulates any CSS media feature (forced-colors, prefers-reduced-motion,
// prefers-color-scheme…) in Chromium through puppeteer. The stock `emulateMedia` command knows only colour
// scheme and reduced motion. Other engines answer `false`, and the tests that need it skip there.
export function emulateMediaFeaturesPlugin() {
  // Emulation lasts as long as the DevTools session that set it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name.toLowerCase().includes('chrom')) return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      // Straight to the DevTools protocol: puppeteer's own list of media features lacks forced-colors.
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
