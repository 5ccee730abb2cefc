import { configureLocalization, msg as litMsg } from '@lit/localize';
import { describe, expect, it } from 'vitest';

describe('the package entry', () => {
  it('leaves @lit/localize to the app: importing the element and registering it configures nothing', async () => {
    await import('../../src/index.js');
    await import('../../src/define.js');
    // An app that localizes itself configures the library after importing the component: that must not throw
    // "lit-localize can only be configured once", and the app's msg must be its own.
    const { getLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { hello: 'Hallo' } }),
    });
    expect(getLocale()).to.equal('en');
    expect(litMsg('Hello', { id: 'hello' })).to.equal('Hello');
  });
});
