/**
 * House styles made only of the documented theming surface (docs/gestaltung.md): `--wir-*`
 * properties and `::part` rules, as a webmaster's stylesheet would hold them. The stories and
 * demo/dev/gestaltung.html draw the three widgets with each.
 */
export interface Theme {
  title: string;
  /** A page stylesheet; `.theme` stands for the page element around the widgets. */
  css: string;
}

const WIDGETS = 'wir-lotsen-finder, wir-sprachkurs-suche, wir-dolmetscher-anfrage';

export const THEMES = {
  standard: { title: 'Standard (nichts gesetzt)', css: '' },
  // The example in docs/gestaltung.md, word for word in its properties.
  kreisgruen: {
    title: 'Kreisgrün',
    css: `.theme :is(${WIDGETS}) {
  --wir-color-primary: #1f6b35;
  --wir-color-selected: #e4f1e7;
  --wir-color-focus: #f2c14e;
  --wir-radius: 2px;
  --wir-font-family: 'Source Sans 3', Arial, sans-serif;
  --wir-gap: 1em;
}
.theme wir-lotsen-finder::part(card),
.theme wir-sprachkurs-suche::part(card) {
  border-inline-start: 6px solid #1f6b35;
}
.theme wir-dolmetscher-anfrage::part(title) {
  text-transform: uppercase;
  letter-spacing: 0.04em;
}`,
  },
  // A town with a purple house colour, round corners and larger type for older readers.
  grossUndRund: {
    title: 'Groß und rund',
    css: `.theme :is(${WIDGETS}) {
  --wir-color-primary: #5b2a86;
  --wir-color-selected: #f1e9f8;
  --wir-color-link: #5b2a86;
  --wir-color-border: #6b6375;
  --wir-radius: 14px;
  --wir-font-family: Georgia, 'Times New Roman', serif;
  --wir-font-size: 19px;
  --wir-gap: 1.25em;
}
.theme :is(${WIDGETS})::part(button) {
  border-radius: 999px;
}`,
  },
} satisfies Record<string, Theme>;

export type ThemeName = keyof typeof THEMES;

/** A <style> element with the theme, to put before the widgets (no inline style attributes, as under a strict CSP). */
export function themeStyle(name: ThemeName): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = THEMES[name].css;
  return style;
}
