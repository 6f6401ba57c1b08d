import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../src/shared/analytics/checklist-catalogue.ts';
import { staffFigures } from '../../src/shared/analytics/staff-figures.ts';
import type { StaffSummary } from '../../src/shared/analytics/summary-schema.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import { resultRow, schoolId as school, summaryWith } from '../fixtures/result-rows.ts';

function row(n: number, staff: StaffSummary | undefined, checklistId = 'ict-competence') {
  return resultRow(n, {
    schoolId: school(n),
    checklistId,
    summary: summaryWith(staff ? { staff } : {}),
  });
}

const catalogue = catalogueOf(builtinChecklists);
const noNeeds = {
  class_journal: 0,
  planning: 0,
  current_marks: 0,
  final_marks: 0,
  reports: 0,
  diary: 0,
};

describe('ICT skills across the district', () => {
  const latest = [
    row(1, {
      people: 3,
      byLevel: [1, 1, 1],
      skills: { skill_diary: [0, 1, 0], skill_basic: [1, 1, 1] },
      trained: 1,
      readiness: { ready: 1, hesitant: 1, not_ready: 1 },
      needs: {
        ...noNeeds,
        class_journal: 1,
        planning: 1,
        current_marks: 1,
        final_marks: 1,
        reports: 1,
      },
    }),
    row(2, {
      people: 2,
      byLevel: [0, 0, 2],
      skills: { skill_basic: [0, 0, 2] },
      trained: 2,
      readiness: { ready: 2, hesitant: 0, not_ready: 0 },
      needs: { ...noNeeds, planning: 2, reports: 1 },
    }),
    row(3, undefined, 'readiness'),
  ];

  it('adds up people by level and per skill, in the template’s order, with labels', () => {
    const [figures] = staffFigures(latest, catalogue);
    expect(figures).toMatchObject({
      checklistId: 'ict-competence',
      schools: 2,
      people: 5,
      byLevel: [1, 1, 3],
      trained: 3,
      skills: [
        {
          skillKey: 'skill_basic',
          label: 'Базовые навыки работы с компьютером и браузером',
          people: [1, 1, 3],
        },
        {
          skillKey: 'skill_diary',
          label: 'Классному руководителю: работа с «Электронным дневником» и родителями',
          people: [0, 1, 0],
        },
      ],
      readiness: [
        { value: 'ready', label: 'Готов', people: 3 },
        { value: 'hesitant', label: 'Сомневается', people: 1 },
        { value: 'not_ready', label: 'Не готов', people: 1 },
      ],
    });
  });

  it('sorts training needs by people, then schools, then the schedule’s order', () => {
    const [figures] = staffFigures(latest, catalogue);
    expect(figures?.needs.map((n) => [n.topic, n.people, n.schools, n.schoolIds])).toEqual([
      ['planning', 3, 2, [school(1), school(2)]],
      ['reports', 2, 2, [school(1), school(2)]],
      ['class_journal', 1, 1, [school(1)]],
      ['current_marks', 1, 1, [school(1)]],
      ['final_marks', 1, 1, [school(1)]],
      ['diary', 0, 0, []],
    ]);
    expect(figures?.needs[0]?.label).toBe('Поурочно-тематическое планирование, импорт и экспорт');
  });

  it('gives null levels and trained when no roster says them; nothing without rosters', () => {
    expect(staffFigures([row(4, { people: 2, skills: {} })], catalogue)).toEqual([
      {
        checklistId: 'ict-competence',
        schools: 1,
        people: 2,
        byLevel: null,
        skills: [],
        trained: null,
        readiness: [],
        needs: [],
      },
    ]);
    expect(staffFigures([row(3, undefined, 'readiness')], catalogue)).toEqual([]);
  });
});
