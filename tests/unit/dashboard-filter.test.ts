import { describe, expect, it } from 'vitest';
import { resultsFilterQuery } from '../../src/client/api/dashboard-api.ts';
import { fileNameFromDisposition } from '../../src/client/api/download-file.ts';
import { exportPath } from '../../src/client/api/exports-api.ts';
import {
  presetOf,
  presetPeriod,
  type PeriodPreset,
} from '../../src/client/features/dashboard/period-presets.ts';
import { filterFromQuery } from '../../src/client/features/dashboard/use-dashboard-filter.ts';

const SCHOOL_A = '0193f1e2-0000-7000-8000-00000000000a';
const SCHOOL_B = '0193f1e2-0000-7000-8000-00000000000b';

describe('the dashboard’s period presets', () => {
  it.each<[PeriodPreset, string, string, string]>([
    ['quarter', '2026-11-22', '2026-10-01', '2026-12-31'],
    ['quarter', '2026-02-28', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-06-30', '2026-04-01', '2026-06-30'],
    ['previousQuarter', '2026-11-22', '2026-07-01', '2026-09-30'],
    ['previousQuarter', '2027-01-10', '2026-10-01', '2026-12-31'],
    ['schoolYear', '2026-11-22', '2026-09-01', '2027-08-31'],
    ['schoolYear', '2027-08-31', '2026-09-01', '2027-08-31'],
    ['schoolYear', '2026-09-01', '2026-09-01', '2027-08-31'],
  ])('%s on %s is %s … %s', (preset, today, from, to) => {
    expect(presetPeriod(preset, today)).toEqual({ from, to });
  });

  it('recognises a preset from its dates, and anything else as custom', () => {
    const today = '2026-11-22';
    expect(presetOf({ from: '2026-10-01', to: '2026-12-31' }, today)).toBe('quarter');
    expect(presetOf({ from: '2026-09-01', to: '2027-08-31' }, today)).toBe('schoolYear');
    expect(presetOf({ from: '2026-10-01', to: '2026-12-30' }, today)).toBe('custom');
  });
});

describe('the filter in the address', () => {
  it('opens on the school year when the address names no period', () => {
    const read = filterFromQuery(new URLSearchParams(''), '2027-03-15');
    expect(read).toEqual({
      ok: true,
      filter: { from: '2026-09-01', to: '2027-08-31', schoolIds: [] },
      query: 'from=2026-09-01&to=2027-08-31',
    });
  });

  it('reads schools, checklist and kind, and writes them back the same way', () => {
    const query = `from=2026-10-01&to=2026-12-31&schoolIds=${SCHOOL_A}%2C${SCHOOL_B}&checklistId=readiness&kind=self_audit`;
    const read = filterFromQuery(new URLSearchParams(query), '2026-11-22');
    if (!read.ok) throw new Error(read.message);
    expect(read.filter).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
      schoolIds: [SCHOOL_A, SCHOOL_B],
      checklistId: 'readiness',
      kind: 'self_audit',
    });
    expect(resultsFilterQuery(read.filter).toString()).toBe(query);
  });

  it('says in Russian what is wrong with a period that ends before it starts', () => {
    const read = filterFromQuery(
      new URLSearchParams('from=2026-12-31&to=2026-10-01'),
      '2026-11-22',
    );
    expect(read).toEqual({ ok: false, message: 'Начало периода позже его конца' });
  });
});

describe('export addresses and file names', () => {
  const filter = { from: '2026-09-01', to: '2026-12-31', schoolIds: [SCHOOL_A] };

  it.each([
    [{ format: 'xlsx' } as const, true, '/api/exports/results.xlsx?'],
    [{ format: 'json' } as const, false, '/api/exports/results.json?'],
    [
      { format: 'csv', dataset: 'roster', delimiter: 'comma' } as const,
      true,
      '/api/exports/roster.csv?',
    ],
  ])('%o, masked %s → %s…', (choice, mask, start) => {
    const path = exportPath(choice, filter, mask);
    expect(path.startsWith(start)).toBe(true);
    const query = new URLSearchParams(path.slice(path.indexOf('?') + 1));
    expect(query.get('from')).toBe('2026-09-01');
    expect(query.get('schoolIds')).toBe(SCHOOL_A);
    expect(query.get('mask')).toBe(mask ? 'staff' : null);
    expect(query.get('delimiter')).toBe(choice.format === 'csv' ? 'comma' : null);
  });

  it.each([
    [
      `attachment; filename="_____2026.xlsx"; filename*=UTF-8''${encodeURIComponent('Итоги 2026.xlsx')}`,
      'Итоги 2026.xlsx',
    ],
    ['attachment; filename="results.csv"', 'results.csv'],
    ["attachment; filename*=UTF-8''%E0%A4%A", 'results.json'],
    [null, 'results.json'],
  ])('reads the file name from %s', (header, expected) => {
    expect(fileNameFromDisposition(header, 'results.json')).toBe(expected);
  });
});
