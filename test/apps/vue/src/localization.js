// The app's own @lit/localize setup, as Lit's localize examples do it: the app configures it once. The quiz must
// keep working beside it, in its own language.
import { configureLocalization } from '@lit/localize';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: () => import('./locales/fr.js'),
});
