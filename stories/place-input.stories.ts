import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/shared/place-input/define.js';
import type { WirPlaceInput } from '../src/components/shared/place-input/place-input.js';

/** The shared "where" field of the search widgets. */
const meta: Meta = {
  title: 'Bausteine/Ortseingabe',
  component: 'wir-place-input',
  tags: ['autodocs'],
  args: { locale: '', error: '', text: '' },
  render: (args) => html`<wir-place-input locale=${args.locale} error=${args.error}></wir-place-input>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<WirPlaceInput>('wir-place-input');
    if (el && args.text) await el.resolveText(String(args.text));
  },
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {};
/** A PLZ resolved to its area. */
export const Resolved: Story = { args: { text: '63128' } };
/** "Offenbach" is the city or the Kreis: the field asks instead of guessing. */
export const Ambiguous: Story = { args: { text: 'Offenbach' } };
/** An unknown name: a plain error and "did you mean" buttons. */
export const NotFound: Story = { args: { text: 'Dietzenbch am See' } };
/** A host form's own error (GOV.UK pattern). */
export const WithError: Story = { args: { error: 'Bitte geben Sie einen Ort an.' } };
export const Arabic: Story = { args: { locale: 'ar', text: 'Offenbach' } };
export const English: Story = { args: { locale: 'en' } };
