/**
 * The words and numbers of the strategy's timeline: plain functions over `Intl`, no DOM, no Lit.
 */
import type { Lang, PluralForms, StrategyUi } from '../../content/types.js';
import { memo } from '../../core/memo.js';
import type { PeriodProgress } from './progress.js';

/**
 * The phrase of `forms` for `count`, chosen by `Intl.PluralRules(lang)` (cardinal), with every `{name}` replaced
 * by `values[name]` formatted by `Intl.NumberFormat(lang)`. A category the forms do not give falls back to `other`.
 */
export function pluralText(forms: PluralForms, lang: Lang, count: number, values: Record<string, number>): string {
  const category = memo(`plural|${lang}`, () => new Intl.PluralRules(lang)).select(count) as keyof PluralForms;
  const phrase = forms[category] ?? forms.other;
  const numbers = memo(`number|${lang}`, () => new Intl.NumberFormat(lang));
  return phrase.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? numbers.format(values[name]!) : whole,
  );
}

/** A year as the language writes it: its digits, never grouped ("2019", not "2,019" or "2 019"). */
export function formatYear(year: number, lang: Lang): string {
  return memo(`year|${lang}`, () => new Intl.NumberFormat(lang, { useGrouping: false })).format(year);
}

/** A span of years with an en dash: "2019–2030". */
export function formatYearSpan(startYear: number, endYear: number, lang: Lang): string {
  return `${formatYear(startYear, lang)}–${formatYear(endYear, lang)}`;
}

/**
 * What the timeline says of the progress: `ui.notStarted` before the period, `ui.completed` after it, and
 * `ui.yearsOfTotal` ("8 of 12 years") during it, its form chosen by the plural category of the total.
 */
export function progressText(ui: StrategyUi, lang: Lang, progress: PeriodProgress): string {
  if (progress.state === 'before') return ui.notStarted;
  if (progress.state === 'after') return ui.completed;
  return pluralText(ui.yearsOfTotal, lang, progress.total, { done: progress.done, total: progress.total });
}
