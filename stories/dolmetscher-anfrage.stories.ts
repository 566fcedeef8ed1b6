import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dolmetscher-anfrage/define.js';
import type { WirDolmetscherAnfrage } from '../src/components/dolmetscher-anfrage/dolmetscher-anfrage.js';

/**
 * Each story starts from a fresh draft (keep-draft="false"), then drives the form the way a
 * person would (fills fields, presses buttons) inside `play`, so every step is shown by the
 * real component, not by a mocked state.
 */
const meta: Meta = {
  title: 'Widgets/Dolmetscher-Anfrage',
  component: 'wir-dolmetscher-anfrage',
  tags: ['autodocs'],
  render: (args) => html`<wir-dolmetscher-anfrage
    endpoint=${args.endpoint ?? '/api/anfragen'}
    feed=${args.feed ?? ''}
    kommune=${args.kommune ?? ''}
    locale=${args.locale ?? ''}
    privacy-url="/datenschutz.html"
    contact-email="wir-koordination@kreis-offenbach.example"
    min-fill-seconds="0"
    keep-draft="false"
  ></wir-dolmetscher-anfrage>`,
};
export default meta;

type Story = StoryObj;

function inDays(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return d.toISOString().slice(0, 10);
}

async function element(canvasElement: HTMLElement): Promise<WirDolmetscherAnfrage> {
  const el = canvasElement.querySelector('wir-dolmetscher-anfrage')!;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 100));
  return el;
}

function set(el: Element, id: string, value: string | boolean): void {
  const control = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`);
  if (!control) return;
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function fill(el: WirDolmetscherAnfrage): Promise<void> {
  set(el, 'requester-type-0', true);
  set(el, 'organisation', 'Heinrich-Mann-Schule');
  set(el, 'name', 'Erika Mustermann');
  set(el, 'email', 'sekretariat@hms.example');
  const picker = el.shadowRoot!.querySelector<HTMLElement & { value: string }>('#language')!;
  picker.value = 'ti';
  picker.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  set(el, 'mode-0', true);
  await el.updateComplete;
  set(el, 'setting', 'schule-kita');
  set(el, 'date', inDays(21));
  set(el, 'from', '09:30');
  set(el, 'address', 'Schulstraße 1');
  set(el, 'plz', '63128');
  set(el, 'ort', 'Dietzenbach');
  set(el, 'kommune', '06438');
  set(el, 'consent', true);
  await el.updateComplete;
}

const press = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(selector)?.click();

export const Empty: Story = {};

export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    press(el, 'form button[type="submit"]');
  },
};

export const WithFeedCount: Story = {
  args: { feed: '/data/dolmetscher.json', kommune: '06412000' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    const picker = el.shadowRoot!.querySelector<HTMLElement & { value: string }>('#language')!;
    picker.value = 'ar';
    picker.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  },
};

export const Review: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el);
    press(el, 'form button[type="submit"]');
  },
};

/**
 * The failure panel. Storybook has no receiver, so the request goes to a path the Storybook
 * host answers with 404: refused at once, without the retries an unreachable host would
 * need (several seconds), so the story is the same offline, in CI and in the axe run.
 */
export const SendFailed: Story = {
  args: { endpoint: '/api/keine-annahmestelle' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el);
    press(el, 'form button[type="submit"]');
    await el.updateComplete;
    press(el, '#send');
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('#failure'); i++) await new Promise((r) => setTimeout(r, 100));
  },
};

/** The success screen. Storybook has no receiver, so it is reached through the honeypot path, which posts nothing. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await fill(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('#homepage')!.value = 'story';
    press(el, 'form button[type="submit"]');
    await el.updateComplete;
    press(el, '#send');
  },
};

export const Arabic: Story = { args: { locale: 'ar' } };
export const ArabicWithErrors: Story = { ...WithErrors, args: { locale: 'ar' } };
export const ArabicReview: Story = { ...Review, args: { locale: 'ar' } };
export const English: Story = { args: { locale: 'en' } };
