import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../src/shared/analytics/checklist-catalogue.ts';
import { failingItems } from '../../src/shared/analytics/failing-items.ts';
import type { ResultRow } from '../../src/shared/analytics/result-row.ts';
import { selfAuditComparison } from '../../src/shared/analytics/self-audit-comparison.ts';
import { checklistDefinitionSchema } from '../../src/shared/checklist/definition-schema.ts';
import {
  resultRow,
  schoolId as school,
  summaryWith,
  visitId as visit,
} from '../fixtures/result-rows.ts';

function row(
  n: number,
  items: Record<string, number | null>,
  { percent = 50, ...over }: Partial<ResultRow> & { percent?: number } = {},
): ResultRow {
  return resultRow(n, {
    checklistId: 'tiny',
    checklistVersion: 2,
    summary: summaryWith({ percent, items }),
    ...over,
  });
}

const yesNo = (key: string, label: string) => ({
  kind: 'yes_no' as const,
  key,
  label,
  source: 'тест',
});

/** Version 1 has «old»; version 2 renames «a» and moves it to another section. */
const definitions = [
  checklistDefinitionSchema.parse({
    id: 'tiny',
    version: 1,
    title: 'Проверка',
    shortTitle: 'Проверка',
    sections: [
      { key: 's1', title: 'Раздел 1', items: [yesNo('a', 'Старое А'), yesNo('old', 'Старое')] },
    ],
  }),
  checklistDefinitionSchema.parse({
    id: 'tiny',
    version: 2,
    title: 'Проверка',
    shortTitle: 'Проверка',
    sections: [
      { key: 's1', title: 'Раздел 1', items: [yesNo('b', 'Б'), yesNo('c', 'В'), yesNo('d', 'Г')] },
      { key: 's2', title: 'Раздел 2', items: [yesNo('a', 'Новое А'), yesNo('e', 'Д')] },
    ],
  }),
];
const catalogue = catalogueOf(definitions);

describe('the items that fail most across schools', () => {
  const latest = [
    row(1, { a: 1, b: 0.5, c: null, d: 0, e: 0, old: 0 }),
    row(2, { a: 0, b: 0.5, d: 1, e: 0 }, { schoolId: school(2) }),
    row(3, { a: 1, b: 1, c: 0 }, { schoolId: school(3) }),
  ];

  it('sorts by share, then by schools; N/A does not count as scored; labels from the newest version', () => {
    expect(failingItems(latest, catalogue, 10)).toEqual([
      {
        checklistId: 'tiny',
        items: [
          // e: 2 of 2; c: 1 of 1 (school 1 said N/A); b: 2 of 3; d: 1 of 2; old: 1 of 1… sorted.
          {
            itemKey: 'e',
            label: 'Д',
            sectionKey: 's2',
            sectionTitle: 'Раздел 2',
            failedSchools: 2,
            scoredSchools: 2,
            share: 1,
          },
          {
            itemKey: 'c',
            label: 'В',
            sectionKey: 's1',
            sectionTitle: 'Раздел 1',
            failedSchools: 1,
            scoredSchools: 1,
            share: 1,
          },
          {
            itemKey: 'old',
            label: 'Старое',
            sectionKey: 's1',
            sectionTitle: 'Раздел 1',
            failedSchools: 1,
            scoredSchools: 1,
            share: 1,
          },
          {
            itemKey: 'b',
            label: 'Б',
            sectionKey: 's1',
            sectionTitle: 'Раздел 1',
            failedSchools: 2,
            scoredSchools: 3,
            share: 2 / 3,
          },
          {
            itemKey: 'd',
            label: 'Г',
            sectionKey: 's1',
            sectionTitle: 'Раздел 1',
            failedSchools: 1,
            scoredSchools: 2,
            share: 0.5,
          },
          {
            itemKey: 'a',
            label: 'Новое А',
            sectionKey: 's2',
            sectionTitle: 'Раздел 2',
            failedSchools: 1,
            scoredSchools: 3,
            share: 1 / 3,
          },
        ],
      },
    ]);
  });

  it('keeps the top N; an item no definition knows is named by its key', () => {
    const top = failingItems([row(4, { gone: 0, a: 0.5, b: 1 })], catalogue, 1);
    expect(top).toEqual([
      {
        checklistId: 'tiny',
        items: [
          {
            itemKey: 'a',
            label: 'Новое А',
            sectionKey: 's2',
            sectionTitle: 'Раздел 2',
            failedSchools: 1,
            scoredSchools: 1,
            share: 1,
          },
        ],
      },
    ]);
    expect(failingItems([row(4, { gone: 0 })], catalogue, 5)[0]?.items).toEqual([
      {
        itemKey: 'gone',
        label: 'gone',
        sectionKey: null,
        sectionTitle: null,
        failedSchools: 1,
        scoredSchools: 1,
        share: 1,
      },
    ]);
  });

  it('lists nothing when nothing fails or there are no results', () => {
    expect(failingItems([row(1, { a: 1, b: null })], catalogue, 10)).toEqual([
      { checklistId: 'tiny', items: [] },
    ]);
    expect(failingItems([], catalogue, 10)).toEqual([]);
  });
});

describe('self-audit against inspection', () => {
  const self = { kind: 'self_audit' as const };
  const rows = [
    // School 1: an older self-audit, the latest self-audit, an inspection.
    row(1, { a: 0 }, { ...self, date: '2026-01-10' }),
    row(2, { a: 1, b: 1, c: 0.5, d: null }, { ...self, date: '2026-02-01', percent: 90 }),
    row(3, { a: 1, b: 0.5, c: 1, d: 1 }, { date: '2026-02-15', percent: 70 }),
    // School 2: only a self-audit — no pair.
    row(4, { a: 1 }, { ...self, schoolId: school(2) }),
    // School 3: sums of fractions that are the same score.
    row(5, { a: 0, b: 0.3 }, { ...self, schoolId: school(3) }),
    row(6, { a: 0, b: 0.1 + 0.2, c: 0 }, { schoolId: school(3) }),
  ];
  const comparison = selfAuditComparison(rows, catalogue);

  it('compares the latest of each, on items scored in both', () => {
    expect(comparison.pairs).toEqual([
      {
        schoolId: school(1),
        checklistId: 'tiny',
        selfAudit: { visitId: visit(2), date: '2026-02-01', percent: 90 },
        inspection: { visitId: visit(3), date: '2026-02-15', percent: 70 },
        // a agrees; b over-rated; c under-rated; d N/A in the self-audit.
        itemsCompared: 3,
        itemsAgreed: 1,
        agreement: 1 / 3,
        overRated: [{ itemKey: 'b', label: 'Б', selfScore: 1, inspectorScore: 0.5 }],
      },
      {
        schoolId: school(3),
        checklistId: 'tiny',
        selfAudit: { visitId: visit(5), date: '2026-03-01', percent: 50 },
        inspection: { visitId: visit(6), date: '2026-03-01', percent: 50 },
        itemsCompared: 2,
        itemsAgreed: 2,
        agreement: 1,
        overRated: [],
      },
    ]);
  });

  it('gives the district agreement per item, least first', () => {
    expect(comparison.items).toEqual([
      { checklistId: 'tiny', itemKey: 'c', label: 'В', schools: 1, agreed: 0, rate: 0 },
      { checklistId: 'tiny', itemKey: 'b', label: 'Б', schools: 2, agreed: 1, rate: 0.5 },
      { checklistId: 'tiny', itemKey: 'a', label: 'Новое А', schools: 2, agreed: 2, rate: 1 },
    ]);
  });

  it('has no pairs with self-audits only', () => {
    expect(selfAuditComparison([rows[3] ?? row(9, {})], catalogue)).toEqual({
      pairs: [],
      items: [],
    });
  });
});
