import { en, type Messages } from './en.js';
import { fr } from './fr.js';

export type { Messages };

/** Interface languages, the first the default when nothing else decides. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Record<Locale, Messages> = { en, fr };

/** Numbers and dates as the interface language writes them (Intl, built into Node). */
export type Formatters = {
  integer(n: number): string;
  /** 40000000000 → "40 billion" / "40 milliards". */
  compact(n: number): string;
  /** 40000000000 → "40B" / "40 Md", for axis ticks. */
  compactShort(n: number): string;
  /** 12 (percent) → "+12%" / "+12 %". */
  percentChange(n: number): string;
  percent(n: number): string;
  decimal(n: number): string;
  /** An ISO instant as a calendar date, in UTC (the dataset's dates are UTC). */
  date(iso: string): string;
  dateTime(iso: string): string;
};

function makeFormatters(locale: Locale): Formatters {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  const compactShort = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return {
    integer: (n) => integer.format(n),
    compact: (n) => (Math.abs(n) < 1_000_000 ? integer.format(n) : compact.format(n)),
    compactShort: (n) => compactShort.format(n),
    percentChange: (n) => change.format(n / 100),
    percent: (n) => percent.format(n / 100),
    decimal: (n) => decimal.format(n),
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
  };
}

export const FORMATTERS: Record<Locale, Formatters> = { en: makeFormatters('en'), fr: makeFormatters('fr') };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
