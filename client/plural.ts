/**
 * Counted phrases in the grammar of each language. Arabic has six plural categories (zero, one, two,
 * few, many, other: «لا مسارات», «مسار واحد», «مساران», «3 مسارات», «11 مسارًا», «100 مسار»), English two;
 * `Intl.PluralRules` says which one a number takes, and every count in the interface goes through here.
 */
export type PluralCategory = Intl.LDMLPluralRule;

/** The phrase for each category; `other` is required, any missing category falls back to it. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(language: string): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) {
    found = new Intl.PluralRules(language);
    rules.set(language, found);
  }
  return found;
}

export function pluralCategory(language: string, count: number): PluralCategory {
  return rulesFor(language).select(count);
}

/** `{count}` and any other `{name}` in the chosen form are replaced by their values. */
export function plural(language: string, count: number, forms: PluralForms, vars: Record<string, string | number> = {}): string {
  const form = forms[pluralCategory(language, count)] ?? forms.other;
  const values: Record<string, string | number> = { ...vars, count };
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
