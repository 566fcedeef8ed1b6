import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/shared/language-picker/define.js';

const meta: Meta = {
  title: 'Bausteine/Sprachauswahl',
  component: 'wir-language-picker',
  tags: ['autodocs'],
  render: (args) => html`<wir-language-picker
    .value=${args.value ?? ''}
    label=${args.label ?? ''}
    error=${args.error ?? ''}
    locale=${args.locale ?? ''}
  ></wir-language-picker>`,
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {};
export const Chosen: Story = { args: { value: 'ti' } };
export const WithError: Story = { args: { error: 'Bitte wählen Sie eine Sprache aus.' } };
export const Arabic: Story = { args: { locale: 'ar', value: 'prs' } };
export const English: Story = { args: { locale: 'en' } };
