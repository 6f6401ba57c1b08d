import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../src/shared/checklist/answer-schema.ts';
import { checklistDefinitionSchema } from '../../src/shared/checklist/definition-schema.ts';
import { indexDefinition } from '../../src/shared/checklist/definition-index.ts';
import { evaluate, scopeOf } from '../../src/shared/checklist/evaluate.ts';
import { summariseVisit } from '../../src/shared/analytics/visit-summary.ts';
import { visitSummarySchema } from '../../src/shared/analytics/summary-schema.ts';
import { findBuiltinChecklist } from '../../src/shared/templates/builtin-checklists.ts';

const v = (value: Answer['value']): Answer => ({ value });
const na: Answer = { na: true };

function builtinIndex(id: string) {
  const definition = findBuiltinChecklist(id, 1);
  if (!definition) throw new Error(`no built-in checklist ${id}`);
  return indexDefinition(definition);
}

function tableAnswers(
  items: Answers['items'],
  group: string,
  rows: Record<string, Answer>[],
): Answers {
  return {
    items,
    groups: { [group]: rows.map((answers, i) => ({ id: `r${String(i)}`, answers })) },
  };
}

const general = [
  'skill_basic',
  'skill_login',
  'skill_topic_homework',
  'skill_current_marks',
  'skill_absences',
  'skill_final_marks',
  'skill_planning',
  'skill_reports',
] as const;

const skillsOf = (levels: readonly (Answer | number)[]) =>
  Object.fromEntries(
    general.map((key, i) => [key, typeof levels[i] === 'number' ? v(levels[i]) : levels[i]]),
  );

const ict = builtinIndex('ict-competence');
/** A: teacher, all 2. B: class teacher, 1×5, 0×3, diary 1. C: teacher, 0s, login N/A, reports unanswered, a stale diary answer. */
const ictAnswers = tableAnswers(
  { staff_total: v(4), training_requirements: v('yes'), seminars_held: v('partly') },
  'roster',
  [
    {
      position: v('teacher'),
      ...skillsOf([2, 2, 2, 2, 2, 2, 2, 2]),
      trained: v('yes'),
      readiness: v('ready'),
      help_topics: v([]),
    },
    {
      position: v('class_teacher'),
      ...skillsOf([1, 1, 1, 1, 1, 0, 0, 0]),
      skill_diary: v(1),
      trained: v('no'),
      readiness: v('hesitant'),
      help_topics: v(['final_marks', 'planning', 'reports']),
    },
    {
      position: v('teacher'),
      ...Object.fromEntries(
        Object.entries(skillsOf([0, na, 0, 0, 0, 0, 0, 0])).filter(([k]) => k !== 'skill_reports'),
      ),
      skill_diary: v(2),
      readiness: v('not_ready'),
      help_topics: v(['class_journal', 'current_marks']),
    },
  ],
);

describe('summary of an ICT-competence visit (built-in template)', () => {
  const summary = summariseVisit(ict, ictAnswers);

  it('scores as the engine does: rows 1, 1/3, 0 → roster 4/9; sections 75 and 44.4', () => {
    expect(summary.items).toEqual({
      training_requirements: 1,
      seminars_held: 0.5,
      roster: expect.closeTo(4 / 9, 10) as number,
    });
    expect(summary.sections.training).toBe(75);
    expect(summary.sections.staff).toBeCloseTo(400 / 9, 10);
    expect(summary.sections.summary).toBeNull();
    expect(summary.percent).toBeCloseTo((75 + 400 / 9) / 2, 10);
    expect(summary.level).toBe('basic');
  });

  it('counts people by level, per skill, trained, readiness and help topics', () => {
    expect(summary.staff).toEqual({
      people: 3,
      byLevel: [1, 1, 1],
      skills: {
        skill_basic: [1, 1, 1],
        skill_login: [0, 1, 1],
        skill_topic_homework: [1, 1, 1],
        skill_current_marks: [1, 1, 1],
        skill_absences: [1, 1, 1],
        skill_final_marks: [2, 0, 1],
        skill_planning: [2, 0, 1],
        skill_reports: [1, 0, 1],
        // Only B is a class teacher: C's left-over answer is hidden.
        skill_diary: [0, 1, 0],
      },
      trained: 1,
      readiness: { ready: 1, hesitant: 1, not_ready: 1 },
      needs: {
        class_journal: 1,
        planning: 1,
        current_marks: 1,
        final_marks: 1,
        reports: 1,
        diary: 0,
      },
    });
    expect(summary.journals).toBeUndefined();
  });

  it('bands overall levels exactly as the template’s own summary items do', () => {
    const scope = scopeOf(ictAnswers, ict.computed);
    const count = (key: string) =>
      evaluate(ict.computed.get(key) ?? { op: 'const', value: -1 }, scope);
    expect(summary.staff?.byLevel).toEqual([
      count('staff_unable'),
      count('staff_with_help'),
      count('staff_independent'),
    ]);
  });

  it('survives being stored as JSON and read back', () => {
    const stored: unknown = JSON.parse(JSON.stringify(summary));
    expect(visitSummarySchema.parse(stored)).toEqual(summary);
  });
});

const journal = builtinIndex('journal-compliance');

describe('summary of a journal-compliance visit (built-in template)', () => {
  const answers = tableAnswers({}, 'journal_sample', [
    {
      lessons_by_timetable: v(20),
      lessons_marked_held: v(20),
      lessons_with_topic: v(18),
      lessons_with_homework: v(15),
      lessons_with_control_type: v(10),
      marks_recorded: v('yes'),
      absences_recorded: v('partly'),
      late_entries: v(4),
      substitutions: v(2),
      substitute_teacher_recorded: v('no'),
    },
    {
      lessons_by_timetable: v(10),
      lessons_marked_held: v(9),
      lessons_with_topic: v(10),
      lessons_with_homework: na,
      // More than by timetable (not yet corrected): counts as 10 of 10.
      lessons_with_control_type: v(12),
      marks_recorded: v('no'),
      absences_recorded: v('yes'),
      late_entries: v(0),
      substitutions: v(0),
      // Hidden without substitutions: left out.
      substitute_teacher_recorded: v('yes'),
    },
    // Without lessons by timetable: no lesson counts, but its answers count.
    { lessons_with_topic: v(5), marks_recorded: v('partly'), late_entries: v(2) },
  ]);
  const summary = summariseVisit(journal, answers);

  it('sums lesson fields over journals with both counts, and tallies yes / partly / no', () => {
    expect(summary.journals).toEqual({
      journals: 3,
      lessons: {
        held: { filled: 29, lessons: 30 },
        topic: { filled: 28, lessons: 30 },
        homework: { filled: 15, lessons: 20 },
        control_type: { filled: 20, lessons: 30 },
      },
      answers: {
        marks: { yes: 1, partly: 1, no: 1 },
        absences: { yes: 1, partly: 1, no: 0 },
        substitute_teacher: { yes: 0, partly: 0, no: 1 },
      },
      timeliness: { late: 4, lessons: 30 },
    });
    expect(summary.staff).toBeUndefined();
  });

  it('gives an empty sample zero counts, and no table score', () => {
    const empty = summariseVisit(journal, { items: {}, groups: {} });
    expect(empty.journals).toEqual({
      journals: 0,
      lessons: {
        held: { filled: 0, lessons: 0 },
        topic: { filled: 0, lessons: 0 },
        homework: { filled: 0, lessons: 0 },
        control_type: { filled: 0, lessons: 0 },
      },
      answers: {
        marks: { yes: 0, partly: 0, no: 0 },
        absences: { yes: 0, partly: 0, no: 0 },
        substitute_teacher: { yes: 0, partly: 0, no: 0 },
      },
      timeliness: { late: 0, lessons: 0 },
    });
    expect(empty.items).toEqual({});
    expect(empty.percent).toBeNull();
  });
});

describe('summary of a visit without roster or sample', () => {
  it('has neither staff nor journals (readiness: its table holds no skills)', () => {
    const summary = summariseVisit(builtinIndex('readiness'), { items: {}, groups: {} });
    expect(summary.staff).toBeUndefined();
    expect(summary.journals).toBeUndefined();
  });
});

const tiny = indexDefinition(
  checklistDefinitionSchema.parse({
    id: 'tiny',
    version: 1,
    title: 'Проверка',
    shortTitle: 'Проверка',
    sections: [
      {
        key: 'main',
        title: 'Основное',
        items: [
          { kind: 'yes_no', key: 'plan', label: 'План', source: 'тест', allowNa: true },
          { kind: 'yes_no', key: 'order', label: 'Приказ', source: 'тест', partly: true },
          { kind: 'yes_no', key: 'site', label: 'Сайт', source: 'тест' },
          {
            kind: 'text',
            key: 'why',
            label: 'Почему',
            source: 'тест',
            visibleIf: { op: 'equals', key: 'order', value: 'no' },
          },
          {
            kind: 'yes_no',
            key: 'minutes',
            label: 'Протоколы',
            source: 'тест',
            visibleIf: { op: 'equals', key: 'order', value: 'yes' },
          },
          { kind: 'number', key: 'rooms', label: 'Кабинеты', source: 'тест' },
          { kind: 'number', key: 'ready', label: 'Готовы', source: 'тест' },
          {
            kind: 'computed',
            key: 'share',
            label: 'Доля',
            source: 'тест',
            scoring: 'percent',
            expression: {
              op: 'percent',
              numerator: { op: 'ref', key: 'ready' },
              denominator: { op: 'ref', key: 'rooms' },
            },
          },
          {
            kind: 'number',
            key: 'speed',
            label: 'Скорость',
            source: 'тест',
            target: { atLeast: 10 },
          },
          {
            kind: 'repeat',
            key: 'people',
            label: 'Люди',
            rowLabel: 'Человек',
            source: 'тест',
            items: [{ kind: 'skill', key: 'basics', label: 'Навыки', source: 'тест' }],
          },
        ],
      },
    ],
  }),
);

describe('item scores of a summary', () => {
  it.each([
    {
      name: 'N/A is null, unanswered and hidden are absent, unscored are absent',
      items: { plan: na, order: v('partly'), minutes: v('yes'), rooms: v(10), ready: v(4) },
      rows: [] as Record<string, Answer>[],
      expected: { plan: null, order: 0.5, share: 0.4 },
      basics: [0, 0, 0],
    },
    {
      name: 'a share that cannot be computed is absent; a target gives 0 or 1',
      items: { order: v('no'), why: v('нет приказа'), rooms: v(0), ready: v(0), speed: v(8) },
      rows: [],
      expected: { order: 0, speed: 0 },
      basics: [0, 0, 0],
    },
    {
      name: 'a table scores as a whole; the roster without person_level gives no levels',
      items: { order: v('yes'), minutes: v('no'), site: v('yes') },
      rows: [{ basics: v(2) }, { basics: v(1) }],
      expected: { order: 1, minutes: 0, site: 1, people: 0.75 },
      basics: [0, 1, 1],
    },
  ])('$name', ({ items, rows, expected, basics }) => {
    const summary = summariseVisit(tiny, tableAnswers(items, 'people', rows));
    expect(summary.items).toEqual(expected);
    expect(summary.staff).toEqual({ people: rows.length, skills: { basics } });
  });
});
