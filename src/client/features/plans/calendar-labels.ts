import { intlLocale, type Language } from '../../i18n/languages.ts';

const monthNames = new Map<Language, Intl.DateTimeFormat>();

/** «Ноябрь 2026»: the month in the nominative, as a calendar's heading says it. */
export function monthTitle(month: string, language: Language): string {
  let format = monthNames.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[language], { month: 'long', timeZone: 'UTC' });
    monthNames.set(language, format);
  }
  const name = format.format(new Date(`${month}-15T12:00:00Z`));
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${month.slice(0, 4)}`;
}

/**
 * A school's name as a calendar cell has room for: what stands in its
 * quotation marks («МБОУ «Крымская школа»» → «Крымская школа»), else the whole.
 */
export function compactSchoolName(shortName: string): string {
  return /^[^«]*«(.+)»\s*$/.exec(shortName)?.[1] ?? shortName;
}
