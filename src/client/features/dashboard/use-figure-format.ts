import { useMemo } from 'react';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.ts';
import { intlLocale } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** How the figures read: «66,7 %», shares as percentages, dates дд.мм.гггг. */
export interface FigureFormat {
  locale: string;
  /** A percent 0…100; «—» when there is none. */
  percent: (value: number | null) => string;
  /** A share 0…1 as a percent; «—» when there is none. */
  share: (value: number | null) => string;
  number: (value: number) => string;
  /** A YYYY-MM-DD date. */
  date: (iso: string) => string;
}

/** The formats in the interface's language. */
export function useFigureFormat(): FigureFormat {
  const language = useLanguage();
  return useMemo(
    () => ({
      locale: intlLocale[language],
      percent: (value) => (value === null ? '—' : formatPercent(value, language)),
      share: (value) => (value === null ? '—' : formatPercent(value * 100, language)),
      number: (value) => formatNumber(value, language),
      // Noon UTC is the same date in every time zone the district may be in.
      date: (iso) => formatDate(`${iso}T12:00:00Z`, language),
    }),
    [language],
  );
}
