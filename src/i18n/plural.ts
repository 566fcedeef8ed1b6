/**
 * Picks the plural form for a count. Arabic has six categories (zero, one, two, few, many,
 * other); German and English two. Catalogue functions call this instead of `n === 1`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('#', String(count));
}
