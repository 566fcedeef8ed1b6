import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/dolmetscher-anfrage/define.js';
import '../src/components/lotsen-finder/define.js';
import '../src/components/sprachkurs-suche/define.js';
import { THEMES, type ThemeName, themeStyle } from './themes.js';

/**
 * One story per house style: the three widgets side by side, styled only through the
 * properties and parts in docs/gestaltung.md.
 */
const meta: Meta = {
  title: 'Gestaltung',
  render: (_args, context) => {
    const name = context.parameters.theme as ThemeName;
    return html`${themeStyle(name)}
      <div class="theme">
        <wir-lotsen-finder feed="/data/lotsen.json" near="63128" language="ar" topics="behoerden" page-size="2"></wir-lotsen-finder>
        <hr />
        <wir-sprachkurs-suche feed="/data/sprachkurse.json" near="63128" page-size="2"></wir-sprachkurs-suche>
        <hr />
        <wir-dolmetscher-anfrage endpoint="/api/anfragen" kommune="06438" privacy-url="/datenschutz.html" keep-draft="false"></wir-dolmetscher-anfrage>
      </div>`;
  },
};
export default meta;

type Story = StoryObj;

/** What the widgets look like when a page sets nothing. */
export const Standard: Story = { name: THEMES.standard.title, parameters: { theme: 'standard' } };

/** The Kreis green of docs/gestaltung.md: house colour, square corners, a card stripe through ::part(card). */
export const Kreisgruen: Story = { name: THEMES.kreisgruen.title, parameters: { theme: 'kreisgruen' } };

/** Purple, round, 19 px type: every size follows --wir-font-size; pill buttons through ::part(button). */
export const GrossUndRund: Story = { name: THEMES.grossUndRund.title, parameters: { theme: 'grossUndRund' } };
