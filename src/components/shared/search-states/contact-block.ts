import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../../i18n/locale-controller.js';

/** An office's contact as feeds publish it (record contact or publisher contact). */
export interface ContactView {
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
}

/**
 * Only http(s) becomes a link. The schema already rejects other protocols, but a record can
 * reach the view through other paths (a host setting data directly, a future schema), so the
 * view checks again: a `javascript:` URL must never be clickable.
 */
export function safeHttpUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` from a written number: "+49 (0)6074 123-45" → "tel:+4960741234". */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const international = phone.trim().startsWith('+');
  // "(0)" after a country code is dialled only nationally; leaving it in breaks the call.
  const digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits.length >= 3 ? `tel:${international ? '+' : ''}${digits}` : undefined;
}

/** `mailto:` only for a plain address; anything with spaces or URL syntax stays text. */
export function mailtoHref(email: string | undefined): string | undefined {
  const e = email?.trim();
  return e && /^[^\s@?&#/:]+@[^\s@?&#/:]+\.[^\s@?&#/:]+$/.test(e) ? `mailto:${e}` : undefined;
}

/**
 * The office's phone, e-mail and website as links a thumb can hit. Shows only what the feed
 * published; unusable values are shown as text so nothing the office wrote is lost.
 */
export function renderContact(i18n: LocaleController, contact: ContactView, heading?: string): TemplateResult {
  const tel = telHref(contact.phone);
  const mail = mailtoHref(contact.email);
  const web = safeHttpUrl(contact.url);
  const row = (label: string, content: unknown) => html`<div class="contact-row"><dt>${label}</dt><dd>${content}</dd></div>`;
  return html`<div class="contact" part="contact">
    ${heading ? html`<p class="contact-heading">${heading}</p>` : nothing}
    ${contact.name ? html`<p class="contact-name" dir="auto">${contact.name}</p>` : nothing}
    <dl>
      ${
        contact.phone
          ? row(
              i18n.t('states.contact.phone'),
              tel ? html`<a href=${tel} dir="ltr">${contact.phone}</a>` : html`<span dir="ltr">${contact.phone}</span>`,
            )
          : nothing
      }
      ${
        contact.email
          ? row(
              i18n.t('states.contact.email'),
              mail ? html`<a href=${mail} dir="ltr">${contact.email}</a>` : html`<span dir="ltr">${contact.email}</span>`,
            )
          : nothing
      }
      ${
        contact.url
          ? row(
              i18n.t('states.contact.web'),
              web
                ? html`<a href=${web.href} target="_blank" rel="noopener noreferrer" dir="ltr">${web.host}${web.pathname === '/' ? '' : web.pathname}</a>`
                : html`<span dir="ltr">${contact.url}</span>`,
            )
          : nothing
      }
    </dl>
  </div>`;
}
