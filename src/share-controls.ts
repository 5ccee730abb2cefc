/**
 * The share controls under a result, with their state (the picture being made, the confirmations): "share my
 * result" gives the phone's share sheet a picture of the result (share-picture.ts, loaded only when asked) with the
 * text and link; where files cannot be shared, "save the picture" downloads it, and WhatsApp, Facebook and "copy
 * text and link" stay (or the share sheet with the text, where there is one). "Copy my answer for the comments" is
 * the comment game; with the owner's `comment-url` it also opens their post.
 *
 * A file of its own in the script-tag build (`coop-chair-quiz-share.js`, about 1.9 kB), loaded by result-sharing.ts
 * once the chairs are usable: it gets Lit's `html` and `nothing` and our `msg` as arguments, and imports only
 * stateless helpers (copied into the file), so it never loads a second copy of the script or of Lit.
 */
import type { msg as litMsg } from '@lit/localize';
import type { html as litHtml, nothing as litNothing, ReactiveControllerHost } from 'lit';
import { formatChairNumber } from './numbers.js';
import type { Text } from './quiz/schema.js';
import type { ShareContext } from './result-sharing.js';
import type { SharePictureInput } from './share-picture.js';
import { facebookUrl, shareTexts, whatsappUrl, withLink } from './share-texts.js';
import { directionOf, pickText } from './text.js';

/** What the main script lends the controls: Lit's template tag and `nothing`, `msg()`, and the picture loader. */
export interface ControlsDeps {
  html: typeof litHtml;
  nothing: typeof litNothing;
  msg: typeof litMsg;
  pictureMaker: () => Promise<typeof import('./share-picture.js')>;
}

type Status = 'idle' | 'copied' | 'comment-copied' | 'busy' | 'again' | 'saved' | 'picture-failed';

function isWebUrl(url: string | undefined): boolean {
  try {
    return !!url && /^https?:$/.test(new URL(url, location.href).protocol);
  } catch {
    return false;
  }
}

/** Whether this browser's share sheet takes a PNG (most phones); asked with an empty one. */
function canShareFiles(): boolean {
  try {
    return !!navigator.canShare?.({ files: [new File([], 'result.png', { type: 'image/png' })] });
  } catch {
    return false;
  }
}

class ShareControls {
  #status: Status = 'idle';
  /** What a refused copy was to copy: shown in a field, to copy by hand. */
  #refused?: string;
  /** The last picture made, for the result it shows (a second tap shares it at once). */
  #picture?: { key: string; file: File };
  #busy = false;

  /** Renders the buttons, and is asked to render again when the state changes. */
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #deps: ControlsDeps;
  readonly #texts: ReturnType<typeof shareTexts>;

  constructor(host: ReactiveControllerHost & HTMLElement, deps: ControlsDeps) {
    this.#host = host;
    this.#deps = deps;
    this.#texts = shareTexts(deps.msg);
  }

  /** A new result: no confirmation of an earlier copy, no earlier picture. */
  clear() {
    this.#status = 'idle';
    this.#refused = undefined;
    this.#picture = undefined;
  }

  #set(status: Status) {
    this.#status = status;
    this.#host.requestUpdate();
  }

  #text(context: ShareContext, value: Text) {
    return pickText(value, context.locale, context.quiz.lang);
  }

  #number(context: ShareContext) {
    return formatChairNumber(context.chair.number, context.locale, context.digits);
  }

  /** The text posted with the link (see `shareText`). */
  #shareText(context: ShareContext) {
    const { quiz, chair } = context;
    const line = chair.share ?? chair.headline;
    return this.#texts.shareText({
      quiz: this.#text(context, quiz.title).text,
      number: this.#number(context),
      title: this.#text(context, chair.title).text,
      line: line && this.#text(context, line).text,
    });
  }

  /** The picture as a PNG file, made once per result; undefined when it could not be made. */
  async #makePicture(context: ShareContext): Promise<File | undefined> {
    const { quiz, chair, locale, digits } = context;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const key = [quiz.id, chair.number, locale, digits, dark, context.owner, context.pictureUrl].join('|');
    if (this.#picture?.key === key) return this.#picture.file;
    this.#busy = true;
    this.#set('busy');
    try {
      const title = this.#text(context, chair.title);
      const input: SharePictureInput = {
        width: 1080,
        height: 1350,
        picture: context.pictureUrl,
        chairX: chair.x,
        chairY: chair.y,
        number: this.#number(context),
        title: title.text,
        headline: chair.headline && this.#text(context, chair.headline).text,
        question: this.#text(context, quiz.question).text,
        quiz: this.#text(context, quiz.title).text,
        owner: context.owner,
        dark,
        dir: directionOf(title.lang),
        lang: title.lang,
        fontFamily: getComputedStyle(this.#host).getPropertyValue('--coop-font-family'),
      };
      const { blob, room } = await (await this.#deps.pictureMaker()).makeSharePicture(input);
      const file = new File([blob], `${quiz.id}-${chair.number}.png`, { type: 'image/png' });
      this.#picture = { key, file };
      // Without the room (another site's picture without CORS): the card still has every text, as README says.
      if (!room) console.warn(`coop-chair-quiz: the share picture has no room (${context.pictureUrl} cannot be drawn)`);
      this.#status = 'idle';
      return file;
    } catch (error) {
      console.warn(error);
      this.#status = 'picture-failed';
      return undefined;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  async #share(context: ShareContext, withPicture: boolean) {
    if (this.#busy) return;
    const file = withPicture ? await this.#makePicture(context) : undefined;
    const data: ShareData = {
      title: this.#text(context, context.quiz.title).text,
      text: this.#shareText(context),
      url: context.link,
    };
    if (file) data.files = [file];
    try {
      await navigator.share(data);
    } catch (error) {
      // Making the picture can outlast the tap's permission to open the share sheet (a slow phone): it is ready
      // now, and the next tap shares it at once. Cancelled by the visitor: nothing to say.
      if ((error as DOMException)?.name === 'NotAllowedError' && file) this.#set('again');
    }
  }

  async #save(context: ShareContext) {
    if (this.#busy) return;
    const file = await this.#makePicture(context);
    if (!file) return;
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    // In the shadow root: Firefox downloads only from a link in a document.
    this.#host.shadowRoot!.append(link);
    link.click();
    link.remove();
    // The download reads the file after this task; a minute is plenty, then the memory goes back.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    if (this.#status === 'idle') this.#set('saved');
  }

  async #copy(text: string, done: Status) {
    this.#refused = undefined;
    try {
      await navigator.clipboard.writeText(text);
      this.#set(done);
    } catch {
      this.#refused = text;
      this.#set('idle');
    }
  }

  #statusText() {
    const { html, msg, nothing } = this.#deps;
    if (this.#refused !== undefined)
      return html`${msg('تعذّر النسخ؛ يمكن نسخه من هنا:', { id: 'copy-by-hand', desc: 'When copying failed: the text is shown in a field to copy by hand.' })}
        <input class="link-field" readonly .value=${this.#refused} aria-label=${msg('للنسخ', { id: 'copy-field', desc: 'Accessible name of the field showing the text to copy by hand.' })} />`;
    switch (this.#status) {
      case 'copied':
        return msg('نُسخ النص والرابط.', {
          id: 'copied-text',
          desc: 'Confirmation after the share text and the result link were copied.',
        });
      case 'comment-copied':
        return msg('نُسخ جوابك، وهو جاهز للصقه في التعليقات.', {
          id: 'comment-copied',
          desc: 'Confirmation after the answer line for the comments was copied: paste it in the comments.',
        });
      case 'busy':
        return msg('نُعِدّ الصورة…', {
          id: 'picture-busy',
          desc: 'Status while the share picture is being made (it takes a moment on a phone).',
        });
      case 'again':
        return msg('الصورة جاهزة: يكفي الضغط مرة أخرى.', {
          id: 'picture-again',
          desc: 'When the share sheet refused to open after the picture was made (too slow): tap the share button again.',
        });
      case 'saved':
        return msg('حُفظت الصورة.', {
          id: 'picture-saved',
          desc: 'Confirmation after the share picture was downloaded.',
        });
      case 'picture-failed':
        return msg('تعذّر إعداد الصورة.', {
          id: 'picture-failed',
          desc: 'When the share picture could not be made (the link and text buttons still work).',
        });
      default:
        return nothing;
    }
  }

  render(context: ShareContext) {
    const { html, msg, nothing } = this.#deps;
    const { link } = context;
    const text = this.#shareText(context);
    const comment = this.#texts.commentLine(this.#number(context), this.#text(context, context.chair.title).text);
    const hasSheet = typeof navigator.share === 'function';
    const files = hasSheet && canShareFiles();
    const busy = this.#status === 'busy';
    const newTab = html`<span class="visually-hidden">${msg(' (في نافذة جديدة)', { id: 'new-tab', desc: 'Read by screen readers after a link that opens in a new tab. Keep the leading space.' })}</span>`;
    const commentUrl = isWebUrl(context.commentUrl) ? context.commentUrl : undefined;
    const copyComment = () => this.#copy(comment, 'comment-copied');
    return html`<div class="share" role="group" aria-label=${msg('مشاركة النتيجة', { id: 'share-group', desc: 'Accessible name of the group of share buttons.' })}>
      ${
        hasSheet
          ? html`<button class="share-button" part="button" type="button" aria-busy=${files && busy ? 'true' : 'false'} @click=${() => this.#share(context, files)}>
            ${msg('مشاركة نتيجتك', { id: 'share', desc: "Button that opens the phone's share sheet with a picture of the result, its text and link." })}
          </button>`
          : nothing
      }
      ${
        files
          ? nothing
          : html`<button class="save-picture" part="button" type="button" aria-busy=${busy ? 'true' : 'false'} @click=${() => this.#save(context)}>
            ${msg('حفظ الصورة', { id: 'save-picture', desc: 'Button that downloads a picture of the result (PNG) to post it, where the browser cannot share files.' })}
          </button>`
      }
      ${
        hasSheet
          ? nothing
          : html`<a class="share-link" part="button" href=${whatsappUrl(text, link)} target="_blank" rel="noopener noreferrer"
              >${msg('واتساب', { id: 'share-whatsapp', desc: 'Link that shares the result on WhatsApp (the brand name).' })}${newTab}</a
            ><a class="share-link" part="button" href=${facebookUrl(link)} target="_blank" rel="noopener noreferrer"
              >${msg('فيسبوك', { id: 'share-facebook', desc: 'Link that shares the result on Facebook (the brand name).' })}${newTab}</a
            ><button class="share-link copy" part="button" type="button" @click=${() => this.#copy(withLink(text, link), 'copied')}>
              ${msg('نسخ النص والرابط', { id: 'copy-text', desc: 'Button that copies the share text and the result link (last) to the clipboard.' })}
            </button>`
      }
      ${
        commentUrl
          ? html`<a class="comment-copy" part="button" href=${commentUrl} target="_blank" rel="noopener noreferrer" @click=${copyComment}
              >${msg('نسخ جوابك وفتح المنشور للتعليق', { id: 'comment-copy-open', desc: "Link that copies a short answer line (chair number and title) and opens the page owner's post, to paste it in the comments." })}${newTab}</a
            >`
          : html`<button class="comment-copy" part="button" type="button" @click=${copyComment}>
              ${msg('نسخ جوابك للتعليقات', { id: 'comment-copy', desc: 'Button that copies a short answer line (chair number and title) to paste in the comments of a post.' })}
            </button>`
      }
      <p class="copy-status" role="status">${this.#statusText()}</p>
    </div>`;
  }
}

/** The controls for one element. */
export const shareControls = (host: ReactiveControllerHost & HTMLElement, deps: ControlsDeps) =>
  new ShareControls(host, deps);
