import { DISTRICT_TIME_ZONE } from '../../shared/district-today.ts';
import { intlLocale, type Language } from './languages.ts';

/** The district's time zone: dates are shown as people there read them. */
export const TIME_ZONE = DISTRICT_TIME_ZONE;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${String(withTime)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[language], {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** `дд.мм.гггг` in Russian. */
export function formatDate(iso: string, language: Language): string {
  return dateFormat(language, false).format(new Date(iso));
}

/** `дд.мм.гггг, чч:мм`, 24-hour. */
export function formatDateTime(iso: string, language: Language): string {
  return dateFormat(language, true).format(new Date(iso));
}

/** Decimal comma in Russian: 1,5 МБ. */
export function formatBytes(bytes: number, language: Language): string {
  const units = language === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'] : ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(intlLocale[language], {
    maximumFractionDigits: digits,
  }).format(value);
  return `${number} ${units[unit] ?? ''}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with a decimal comma in Russian, at most `decimals` digits after it: 88,9. */
export function formatNumber(value: number, language: Language, decimals = 2): string {
  const key = `${language}:${String(decimals)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[language], { maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A score or a share: «88,9 %». */
export function formatPercent(value: number, language: Language): string {
  return `${formatNumber(value, language, 1)} %`;
}
