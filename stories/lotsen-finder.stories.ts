import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/lotsen-finder/define.js';

/**
 * One story per state, and per locale. Stories fetch the sample feed from /data/lotsen.json.
 */
const meta: Meta = {
  title: 'Widgets/Lotsen-Finder',
  component: 'wir-lotsen-finder',
  tags: ['autodocs'],
  args: { feed: '/data/lotsen.json', near: '63128', language: '', topics: '', locale: '', radius: 15, kommune: '', contactEmail: '' },
  render: (args) => html`<wir-lotsen-finder
    feed=${args.feed}
    near=${args.near}
    language=${args.language}
    topics=${args.topics}
    locale=${args.locale}
    radius=${args.radius}
    kommune=${args.kommune}
    contact-email=${args.contactEmail}
    page-size="5"
  ></wir-lotsen-finder>`,
};
export default meta;

type Story = StoryObj;

/** Around Dietzenbach, nothing else chosen: nearest available Lotsinnen and Lotsen first. */
export const Results: Story = {};

/** An MO's embed preset to Tigrinya near 63128: results show without a click; Amharic speakers are marked as related. */
export const PresetTigrinya: Story = { args: { language: 'ti' } };

/** Topics chosen: matching topics are highlighted on the cards. */
export const WithTopics: Story = { args: { language: 'ar', topics: 'behoerden gesundheit' } };

/** A Kommune's embed without a place: searches around the area's centre until the resident gives one. */
export const DefaultArea: Story = { args: { near: '', kommune: '06438' } };

/** Nothing matches: the engine's relaxation as a button with its count. */
export const EmptyWithRelaxations: Story = { args: { language: 'vi' } };

/** Before the feed has arrived (here: no feed set yet): skeleton cards; the live region is already there. */
export const Loading: Story = { args: { feed: '' } };

/** The feed cannot be loaded: a plain message and a retry button; the detail is in the console. */
export const FeedError: Story = { args: { feed: '/data/does-not-exist.json' } };

/** The embedding organisation takes the contact instead of the feed's office. */
export const ContactOverride: Story = { args: { language: 'ar', contactEmail: 'beratung@mo.example.org' } };

/** Arabic, right to left: the widget follows its own locale even on a German page. */
export const Arabic: Story = { args: { locale: 'ar', language: 'ar' } };

/** English. */
export const English: Story = { args: { locale: 'en', language: 'uk' } };

/** German, Tigrinya preset, as a Migrantenorganisation would embed it. */
export const German: Story = { args: { locale: 'de', language: 'ti' } };
