/** Filling the request form as a person does, shared by the form's test files. */
import { waitUntil } from '@open-wc/testing';
import type { WirDolmetscherAnfrage } from '../../../src/components/dolmetscher-anfrage/dolmetscher-anfrage.js';
import type { WirLanguagePicker } from '../../../src/components/shared/language-picker/language-picker.js';

const WAIT = { timeout: 8000, interval: 25 };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Today + n days as YYYY-MM-DD in local time (the form's own notion of today). */
export function inDays(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Sets a control as a person would (value + the events a browser fires). */
export function set(el: Element, id: string, value: string | boolean): void {
  const control = $<HTMLInputElement>(el, `#${id}`)!;
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export async function pickLanguage(el: WirDolmetscherAnfrage, id: string, code: string): Promise<void> {
  const picker = $<WirLanguagePicker>(el, `#${id}`)!;
  picker.value = code;
  picker.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function fillValid(el: WirDolmetscherAnfrage, name = 'Erika Mustermann'): Promise<void> {
  set(el, 'requester-type-0', true); // Schule
  set(el, 'organisation', 'Heinrich-Mann-Schule');
  set(el, 'name', name);
  set(el, 'email', 'sekretariat@hms.example');
  await pickLanguage(el, 'language', 'ti');
  await pickLanguage(el, 'alternatives', 'am');
  set(el, 'mode-0', true); // vor Ort
  await el.updateComplete;
  set(el, 'setting', 'schule-kita');
  set(el, 'date', inDays(21));
  set(el, 'from', '09:30');
  set(el, 'duration', '60');
  set(el, 'address', 'Schulstraße 1');
  set(el, 'plz', '63128');
  set(el, 'ort', 'Dietzenbach');
  if ($(el, '#kommune')) set(el, 'kommune', '06438');
  set(el, 'consent', true);
  await el.updateComplete;
}

/** "Weiter" as a person presses it: the form answers with the error summary or the review step (after the schema, loaded after first paint, is there). */
export async function continueForm(el: WirDolmetscherAnfrage): Promise<void> {
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await waitUntil(() => $(el, 'wir-error-summary') || $(el, '#send'), 'the form answers', WAIT);
  await el.updateComplete;
}

export async function toReview(el: WirDolmetscherAnfrage): Promise<void> {
  await continueForm(el);
  await waitUntil(() => $(el, '#send'), 'the review step', WAIT);
}
