/**
 * The share buttons under a result, with their one piece of state (the "copied" confirmation): the system share
 * sheet where there is one (phones); else WhatsApp, Facebook and "copy link", which falls back to showing the link
 * when the clipboard refuses.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg } from './localization.js';
import { facebookUrl, whatsappUrl } from './share.js';

export interface SharedResult {
  /** The quiz's title, the share sheet's title. */
  title: string;
  /** What people post (see `shareText`). */
  text: string;
  /** The result link. */
  link: string;
}

export class ResultSharing {
  #copyState: 'idle' | 'copied' | 'failed' = 'idle';

  /** Renders the buttons, and is asked to render again when the confirmation changes. */
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** A new result: no confirmation of an earlier copy. */
  clear() {
    this.#copyState = 'idle';
  }

  async #openShareSheet({ title, text, link }: SharedResult) {
    try {
      await navigator.share({ title, text, url: link });
    } catch {
      // Cancelled by the visitor, or refused by the browser: nothing to say.
    }
  }

  async #copyLink(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      this.#copyState = 'copied';
    } catch {
      this.#copyState = 'failed';
    }
    this.#host.requestUpdate();
  }

  render(result: SharedResult) {
    const { text, link } = result;
    const newTab = html`<span class="visually-hidden">${msg(' (في نافذة جديدة)', { id: 'new-tab', desc: 'Read by screen readers after a link that opens in a new tab. Keep the leading space.' })}</span>`;
    return html`<div class="share" role="group" aria-label=${msg('مشاركة النتيجة', { id: 'share-group', desc: 'Accessible name of the group of share buttons.' })}>
      ${
        typeof navigator.share === 'function'
          ? html`<button class="share-button" part="button" type="button" @click=${() => this.#openShareSheet(result)}>
            ${msg('شارك نتيجتك', { id: 'share', desc: "Button that opens the phone's share sheet with the result text and link." })}
          </button>`
          : html`<a class="share-link" part="button" href=${whatsappUrl(text, link)} target="_blank" rel="noopener noreferrer"
              >${msg('واتساب', { id: 'share-whatsapp', desc: 'Link that shares the result on WhatsApp (the brand name).' })}${newTab}</a
            ><a class="share-link" part="button" href=${facebookUrl(link)} target="_blank" rel="noopener noreferrer"
              >${msg('فيسبوك', { id: 'share-facebook', desc: 'Link that shares the result on Facebook (the brand name).' })}${newTab}</a
            ><button class="share-link copy" part="button" type="button" @click=${() => this.#copyLink(link)}>
              ${msg('انسخ الرابط', { id: 'copy-link', desc: 'Button that copies the result link to the clipboard.' })}
            </button>`
      }
      <p class="copy-status" role="status">
        ${
          this.#copyState === 'copied'
            ? msg('نُسخ الرابط.', { id: 'copied', desc: 'Confirmation after the result link was copied.' })
            : this.#copyState === 'failed'
              ? html`${msg('تعذّر النسخ؛ هذا هو الرابط:', { id: 'copy-failed', desc: 'When copying failed: the link is shown to copy by hand.' })}
                <input class="link-field" readonly .value=${link} aria-label=${msg('رابط النتيجة', { id: 'link-field', desc: 'Accessible name of the field showing the result link.' })} />`
              : nothing
        }
      </p>
    </div>`;
  }
}
