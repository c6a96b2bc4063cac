import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { de, Messages } from './de';
import { en } from './en';

export type Locale = 'de' | 'en';

const CATALOGUES: Record<Locale, Messages> = { de, en };
const LOCALE_STORAGE = 'tiergraph.locale';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Numbers and dates in the user's language (31.12.2026, 1.234,5 km in German). */
export interface Formatters {
  number(value: number, fractionDigits?: number): string;
  percent(share: number): string;
  /** A LocalDate (YYYY-MM-DD) or an ISO timestamp as a date. */
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  km(value: number | null | undefined): string;
}

export interface I18n {
  locale: Locale;
  t: Messages;
  fmt: Formatters;
  setLocale(locale: Locale): void;
  /** A capability's name in the user's language: `nameDe` in German where the catalogue has it. */
  capName(capability: { name: string; nameDe?: string | null }): string;
}

export function formattersFor(locale: Locale): Formatters {
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const toDate = (value: string) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  const number = (value: number, fractionDigits = 0) =>
    new Intl.NumberFormat(tag, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
  return {
    number,
    percent: (share) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    date: (value) => (value ? dateFormat.format(toDate(value)) : '–'),
    dateTime: (value) => (value ? dateTimeFormat.format(toDate(value)) : '–'),
    km: (value) => (value == null ? '–' : `${number(value, 1)} km`),
  };
}

/** Whole days from today (UTC) until a LocalDate; negative when it has passed. */
export function daysUntil(localDate: string, today: Date = new Date()): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(`${localDate}T00:00:00Z`) - start) / DAY_MS);
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_STORAGE);
  return stored === 'en' || stored === 'de' ? stored : 'de';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(LOCALE_STORAGE, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: CATALOGUES[locale],
      fmt: formattersFor(locale),
      setLocale,
      capName: (capability) => (locale === 'de' && capability.nameDe ? capability.nameDe : capability.name),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
