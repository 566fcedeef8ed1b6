import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sprachkurs-suche/define.js';

/**
 * One story per state. Stories fetch the sample feed from /data/sprachkurse.json and fix
 * `today` to the feed's date so starts and "läuft seit" read the same every time.
 */
const meta: Meta = {
  title: 'Widgets/Sprachkurs-Suche',
  component: 'wir-sprachkurs-suche',
  tags: ['autodocs'],
  args: { feed: '/data/sprachkurse.json', near: '63128', locale: '', level: '', program: '', audience: '', childcare: false, radius: 20 },
  render: (args) => html`<wir-sprachkurs-suche
    feed=${args.feed}
    near=${args.near}
    locale=${args.locale}
    level=${args.level}
    program=${args.program}
    audience=${args.audience}
    radius=${args.radius}
    ?childcare=${args.childcare}
    today="2026-11-28"
    page-size="5"
  ></wir-sprachkurs-suche>`,
};
export default meta;

type Story = StoryObj;

/** All courses around Dietzenbach, nothing chosen yet. */
export const Results: Story = {};

/** A webmaster's pre-filtered embed: MitSprache – Deutsch4U, A1, with childcare. Results show without a click. */
export const Preset: Story = { args: { program: 'mitsprache-deutsch4u', level: 'A1', childcare: true } };

/** "I don't know my level": beginners' courses first. */
export const UnknownLevel: Story = { args: { level: 'unbekannt' } };

/** Nothing matches: the engine's relaxations as buttons with their counts. */
export const EmptyWithRelaxations: Story = { args: { level: 'B2', audience: 'frauen', childcare: true, radius: 10 } };

/** Before the feed has arrived (here: no feed set yet): skeleton cards, the live region is already there. */
export const Loading: Story = { args: { feed: '' } };

/** The feed is not a course feed (a Lotsen feed): plain message and retry. */
export const FeedError: Story = { args: { feed: '/data/lotsen.json' } };

/** Arabic, right to left: the widget follows its own locale even on a German page. */
export const Arabic: Story = { args: { locale: 'ar' } };
export const ArabicPreset: Story = { args: { locale: 'ar', program: 'mitsprache-deutsch4u', level: 'A1', childcare: true } };

/** English. */
export const English: Story = { args: { locale: 'en' } };
