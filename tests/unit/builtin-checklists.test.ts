import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/shared/checklist/answer-schema.ts';
import { indexDefinition } from '../../src/shared/checklist/definition-index.ts';
import { checklistDefinitionSchema } from '../../src/shared/checklist/definition-schema.ts';
import { evaluate, scopeOf } from '../../src/shared/checklist/evaluate.ts';
import { importChecklistDefinition } from '../../src/shared/checklist/import-definition.ts';
import { scoreChecklist } from '../../src/shared/checklist/scoring.ts';
import { validateAnswers } from '../../src/shared/checklist/validation.ts';
import { ictCompetenceV1 } from '../../src/shared/templates/ict-competence-v1.ts';
import { readinessV1 } from '../../src/shared/templates/readiness-v1.ts';

const builtIns = [readinessV1, ictCompetenceV1];

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

describe.each([
  ['readiness', readinessV1, readinessCoverage],
  ['ict-competence', ictCompetenceV1, ictCoverage],
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
      { path: 'roster[b].skill_diary', message: 'Обязательный вопрос: дайте ответ' },
    ]);
  });
});
