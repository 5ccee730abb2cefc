/**
 * What a visitor reads when a quiz cannot be shown, by kind of load error (see `QuizLoadError`): the reason in their
 * language, and whether trying again may help. The technical detail goes to the console and the error event.
 */
import { msg } from './localization.js';
import type { QuizLoadError } from './load.js';

/** The first line of every message saying a quiz cannot be shown. */
export const cannotShowTitle = () =>
  msg('تعذّر عرض هذا الاختبار.', { id: 'error-title', desc: 'First line of every error message in the quiz box.' });

export function loadErrorMessage(error: QuizLoadError): { reason: string; retry: boolean } {
  const { kind, status = 0 } = error;
  const retry = kind === 'network' || kind === 'timeout' || (kind === 'http' && status >= 500);
  switch (kind) {
    case 'network':
      return {
        retry,
        reason: msg('تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.', {
          id: 'error-network',
          desc: 'Error: the quiz file could not be downloaded (offline, server down).',
        }),
      };
    case 'timeout':
      return {
        retry,
        reason: msg('الخادم يتأخر في الرد. أعد المحاولة بعد قليل.', {
          id: 'error-timeout',
          desc: 'Error: the server did not answer in time.',
        }),
      };
    case 'cors':
      return {
        retry,
        reason: msg('الاختبار موجود على موقع آخر لا يسمح لهذه الصفحة بعرضه.', {
          id: 'error-cors',
          desc: 'Error: the quiz file is on another site that does not allow this page to read it (CORS).',
        }),
      };
    case 'http':
      return {
        retry,
        reason:
          status === 404
            ? msg('لم يُعثر على ملف الاختبار.', {
                id: 'error-not-found',
                desc: 'Error: the quiz file does not exist at its address (404).',
              })
            : msg('لم يتمكّن الخادم من إرسال الاختبار.', {
                id: 'error-http',
                desc: 'Error: the server answered with an error status.',
              }),
      };
    default:
      return {
        retry,
        reason: msg('ملف الاختبار يحتوي على أخطاء. يجد فريق الموقع التفاصيل في وحدة تحكّم المتصفّح.', {
          id: 'error-invalid',
          desc: 'Error: the quiz file is broken (not JSON, or fails validation). "Browser console" = the developer tools console.',
        }),
      };
  }
}
