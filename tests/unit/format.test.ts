import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
} from '../../src/client/i18n/format.ts';

describe('dates, times and sizes as people read them', () => {
  it.each([
    ['2026-11-22T09:05:00Z', 'ru', '22.11.2026', '22.11.2026, 12:05'],
    // Late evening in UTC is already the next day in Simferopol (UTC+3).
    ['2026-11-22T22:30:00Z', 'ru', '23.11.2026', '23.11.2026, 01:30'],
    ['2026-03-01T12:00:00Z', 'en', '01/03/2026', '01/03/2026, 15:00'],
  ] as const)('%s in %s', (iso, language, date, dateTime) => {
    expect(formatDate(iso, language)).toBe(date);
    expect(formatDateTime(iso, language)).toBe(dateTime);
  });

  it.each([
    [0, 'ru', '0 Б'],
    [1536, 'ru', '1,5 КБ'],
    [10 * 1024 * 1024 * 1024, 'ru', '10 ГБ'],
    [1536, 'en', '1.5 KB'],
    [250 * 1024 * 1024, 'ru', '250 МБ'],
  ] as const)('%d bytes in %s → %s', (bytes, language, text) => {
    expect(formatBytes(bytes, language).replace(/\u00a0/g, ' ')).toBe(text);
  });
});

describe('numbers and percentages', () => {
  it.each([
    [88.8888, 'ru', '88,9 %'],
    [100, 'ru', '100 %'],
    [66.66, 'en', '66.7 %'],
  ] as const)('%d in %s → %s', (value, language, text) => {
    expect(formatPercent(value, language)).toBe(text);
  });

  it('keeps at most the digits asked for, and a thousands separator in Russian', () => {
    expect(formatNumber(1234.5678, 'ru').replace(/\u00a0/g, ' ')).toBe('1 234,57');
    expect(formatNumber(2.5, 'ru', 0)).toBe('3');
  });
});
