import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/shared/checklist/answer-schema.ts';
import { indexDefinition } from '../../src/shared/checklist/definition-index.ts';
import { checklistDefinitionSchema } from '../../src/shared/checklist/definition-schema.ts';
import { evaluate, scopeOf } from '../../src/shared/checklist/evaluate.ts';
import { importChecklistDefinition } from '../../src/shared/checklist/import-definition.ts';
import { scoreChecklist } from '../../src/shared/checklist/scoring.ts';
import { validateAnswers } from '../../src/shared/checklist/validation.ts';
import { ictCompetenceV1 } from '../../src/shared/templates/ict-competence-v1.ts';
import { journalComplianceV1 } from '../../src/shared/templates/journal-compliance-v1.ts';
import { readinessV1 } from '../../src/shared/templates/readiness-v1.ts';

const builtIns = [readinessV1, ictCompetenceV1, journalComplianceV1];

function allItems(definition: ReturnType<typeof checklistDefinitionSchema.parse>) {
  return definition.sections.flatMap((s) =>
    s.items.flatMap((item) => (item.kind === 'repeat' ? [item, ...item.items] : [item])),
  );
}

describe.each(builtIns)('the built-in checklist $id', (input) => {
  const definition = checklistDefinitionSchema.parse(input);

  it('imports from its own JSON without a single error', () => {
    const result = importChecklistDefinition(JSON.parse(JSON.stringify(input)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('traces every item to a seed document', () => {
    for (const item of allItems(definition)) {
      expect(item.source, item.key).toMatch(/\b00[0-4] · /);
    }
  });

  it('asks nothing when nothing is answered except what is required', () => {
    const issues = validateAnswers(indexDefinition(definition), { items: {}, groups: {} });
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message).toMatch(/[а-яё]/);
  });
});

/** Every bullet of product.md's checklist 1, and the item that covers it. */
const readinessCoverage: [string, string][] = [
  ['number of classrooms', 'rooms_total'],
  ['classrooms with a teacher workstation', 'rooms_with_workstation'],
  ['% computed', 'workstation_share'],
  ['internet in classrooms (yes / partly / no)', 'classroom_internet'],
  ['measured speed', 'internet_speed'],
  ['Wi-Fi coverage', 'wifi_coverage'],
  ['computers freely available to teachers', 'free_computers'],
  ['their location', 'free_computers_location'],
  ['printer for reports', 'report_printer'],
  ['software up to date, supported browser', 'software_updated'],
  ['backup power/connection', 'backup_power'],
  ['need for additional equipment', 'extra_equipment_needed'],
  ['list with quantities', 'equipment_quantity'],
  ['order on the working group', 'working_group_order'],
  ['regulation of the working group', 'working_group_regulation'],
  ['responsible person and technical specialist', 'responsible_appointed'],
  ["schedule of teachers' access to computers", 'access_schedule'],
  ['consultation schedule published', 'consultation_schedule'],
  ['register of requests', 'requests_register'],
  ['meetings at least quarterly with minutes', 'working_group_meetings'],
  ['access rights by role and teaching load', 'access_rights'],
  ['data updated at least weekly', 'data_updated_weekly'],
  ['local acts adopted', 'local_acts_adopted'],
  ['published on the school site', 'local_acts_published'],
  ['personal-data protection documents', 'personal_data_documents'],
  ['parents informed about the e-journal', 'parents_informed_journal'],
  ['and about marking principles', 'parents_informed_marking'],
  ['alternative way of informing parents', 'alternative_informing'],
  ['contract with the operator covering data safety', 'operator_contract'],
];

/** Every bullet of product.md's checklist 2. */
const ictCoverage: [string, string][] = [
  ['roster: name or personal code', 'person'],
  ['position', 'position'],
  ['subjects', 'subjects'],
  ['basic computer and browser skills', 'skill_basic'],
  ['personal credentials kept private', 'skill_login'],
  ['lesson topic and homework', 'skill_topic_homework'],
  ['current marks with control type and weight', 'skill_current_marks'],
  ['absences', 'skill_absences'],
  ['final marks for the term/half-year/year', 'skill_final_marks'],
  ['thematic planning incl. import/export', 'skill_planning'],
  ['«Анализ успеваемости» module', 'skill_reports'],
  ['class teacher and «Электронный дневник»', 'skill_diary'],
  ['trained at a seminar', 'trained'],
  ['seminar date', 'trained_on'],
  ['psychological readiness', 'readiness'],
  ['topics where help is needed', 'help_topics'],
  ["each person's level", 'person_level'],
  ["the school's distribution of levels", 'staff_with_help'],
  ['list of training needs', 'need_reports'],
];

/** Every bullet of product.md's checklist 3, the seven mandatory lesson fields of seed 003 included. */
const journalCoverage: [string, string][] = [
  ['data on pupils complete (%)', 'pupils_data_percent'],
  ['data on teachers complete (%)', 'teachers_data_percent'],
  ['data on parents complete (%)', 'parents_data_percent'],
  ['changes reflected within 7 days', 'data_changes_within_7_days'],
  ['test-work schedule published', 'test_schedule_published'],
  ['mark weight rules exist', 'weight_rules_exist'],
  ['and are followed', 'weight_rules_followed'],
  ['term/half-year marks on time', 'term_marks_on_time'],
  ['sample: class', 'journal_class'],
  ['sample: subject', 'journal_subject'],
  ['sample: teacher', 'journal_teacher'],
  ['sample: period checked', 'period_from'],
  ['lessons held by timetable', 'lessons_by_timetable'],
  ['lessons marked as held (отметка о проведении урока)', 'lessons_marked_held'],
  ['lessons with topic (тема урока)', 'lessons_with_topic'],
  ['with homework (домашнее задание)', 'lessons_with_homework'],
  ['with control type (вид контроля)', 'lessons_with_control_type'],
  ['marks incl. works and зачёты (отметки)', 'marks_recorded'],
  ['absences recorded (пропуски)', 'absences_recorded'],
  ['marks entered on the lesson day: late lessons', 'late_entries'],
  ['over N days', 'late_max_days'],
  ['test works from the schedule present with results', 'test_works_with_results'],
  ["substitute teacher's name (ФИО учителя при замене)", 'substitute_teacher_recorded'],
  ['fill rate per mandatory field', 'topic_rate'],
  ['timeliness rate', 'timeliness_rate'],
];

describe.each([
  ['readiness', readinessV1, readinessCoverage],
  ['ict-competence', ictCompetenceV1, ictCoverage],
  ['journal-compliance', journalComplianceV1, journalCoverage],
] as const)('coverage of product.md by %s', (_id, input, coverage) => {
  const keys = new Set(allItems(checklistDefinitionSchema.parse(input)).map((i) => i.key));
  it.each(coverage)('%s → %s', (_bullet, key) => {
    expect(keys.has(key)).toBe(true);
  });
});

describe('ICT competence, computed by hand', () => {
  const index = indexDefinition(checklistDefinitionSchema.parse(ictCompetenceV1));
  const skillKeys = [
    'skill_basic',
    'skill_login',
    'skill_topic_homework',
    'skill_current_marks',
    'skill_absences',
    'skill_final_marks',
    'skill_planning',
    'skill_reports',
  ];
  const levels = (level: number) => Object.fromEntries(skillKeys.map((k) => [k, { value: level }]));
  const answers: Answers = {
    items: {
      staff_total: { value: 2 },
      training_requirements: { value: 'yes' },
      seminars_held: { value: 'partly' },
    },
    groups: {
      roster: [
        {
          id: 'a',
          answers: {
            person: { value: 'Т-01' },
            position: { value: 'teacher' },
            trained: { value: 'yes' },
            help_topics: { value: ['reports'] },
            ...levels(2),
          },
        },
        {
          id: 'b',
          answers: {
            person: { value: 'Т-02' },
            position: { value: 'class_teacher' },
            skill_diary: { value: 0 },
            help_topics: { value: ['reports', 'diary'] },
            ...levels(1),
          },
        },
      ],
    },
  };
  const value = (key: string) =>
    evaluate(index.computed.get(key)!, scopeOf(answers, index.computed));

  it('scores training (1 + 0.5) / 2, staff (1 + 4/9) / 2, and their mean', () => {
    const score = scoreChecklist(index, answers);
    expect(score.sections.map((s) => s.percent)).toEqual([
      75,
      expect.closeTo(((1 + 4 / 9) / 2) * 100, 9) as unknown,
      null,
    ]);
    expect(score.percent).toBeCloseTo((75 + ((1 + 4 / 9) / 2) * 100) / 2, 9);
    expect(score.level).toBe('basic');
  });

  it('derives the distribution of levels and the training needs', () => {
    expect(value('roster_coverage')).toBe(100);
    expect(value('staff_level_mean')).toBeCloseTo((2 + 8 / 9) / 2, 9);
    expect([value('staff_independent'), value('staff_with_help'), value('staff_unable')]).toEqual([
      1, 1, 0,
    ]);
    expect(value('staff_trained_share')).toBe(50);
    expect(value('need_reports')).toBe(2);
    expect(value('need_diary')).toBe(1);
    expect(value('need_planning')).toBe(0);
  });

  it('asks a class teacher, and only a class teacher, about the electronic diary', () => {
    const issues = validateAnswers(index, {
      ...answers,
      groups: {
        roster: [
          {
            id: 'a',
            answers: { person: { value: 'Т-01' }, position: { value: 'teacher' }, ...levels(2) },
          },
          {
            id: 'b',
            answers: {
              person: { value: 'Т-02' },
              position: { value: 'class_teacher' },
              ...levels(1),
            },
          },
        ],
      },
    });
    expect(issues).toEqual([
      {
        path: 'roster/b/skill_diary',
        kind: 'required',
        message: 'Обязательный вопрос: дайте ответ',
      },
    ]);
  });
});

describe('journal compliance, computed by hand', () => {
  const index = indexDefinition(checklistDefinitionSchema.parse(journalComplianceV1));
  const journal = {
    journal_class: { value: '7Б' },
    journal_subject: { value: 'Математика' },
    period_from: { value: '2026-09-01' },
    period_to: { value: '2026-10-31' },
    lessons_by_timetable: { value: 20 },
    lessons_marked_held: { value: 20 },
    lessons_with_topic: { value: 18 },
    lessons_with_homework: { value: 15 },
    lessons_with_control_type: { value: 10 },
    marks_recorded: { value: 'yes' },
    absences_recorded: { value: 'partly' },
    late_entries: { value: 2 },
    late_max_days: { value: 5 },
    test_works_planned: { value: 2 },
    test_works_with_results: { value: 1 },
    substitutions: { value: 0 },
  };

  it('scores a journal as the mean of its field rates, timeliness and yes/partly answers', () => {
    const score = scoreChecklist(index, {
      items: {},
      groups: { journal_sample: [{ id: 'j1', answers: journal }] },
    });
    // held 1, topic 0.9, homework 0.75, control type 0.5, timeliness 18/20, tests 1/2, marks 1, absences 0.5
    const row = (1 + 0.9 + 0.75 + 0.5 + 0.9 + 0.5 + 1 + 0.5) / 8;
    const section = score.sections.find((s) => s.key === 'journal_check');
    expect(section?.percent).toBeCloseTo(row * 100, 9);
  });

  it('refuses more lessons with a topic than lessons by the timetable', () => {
    const issues = validateAnswers(index, {
      items: {},
      groups: {
        journal_sample: [{ id: 'j1', answers: { ...journal, lessons_with_topic: { value: 21 } } }],
      },
    });
    expect(issues).toContainEqual({
      path: 'journal_sample/j1/lessons_with_topic',
      kind: 'rule',
      message: expect.stringContaining('Не больше') as unknown,
    });
  });
});
