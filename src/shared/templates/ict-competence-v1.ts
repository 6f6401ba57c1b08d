import type { ChecklistDefinitionInput } from '../checklist/definition-schema.ts';
import type { Expression } from '../checklist/expression-schema.ts';
import type { SimpleItemInput } from '../checklist/item-schema.ts';

/** The skills every staff member is rated on, 0 — не умеет, 1 — с помощью, 2 — самостоятельно. */
const skills: { key: string; label: string; source: string }[] = [
  {
    key: 'skill_basic',
    label: 'Базовые навыки работы с компьютером и браузером',
    source: '001 · План-график · п. 1.2; 004 · Регламент · разд. III',
  },
  {
    key: 'skill_login',
    label: 'Вход по личным учётным данным, их сохранность и непередача третьим лицам',
    source: '004 · Регламент · разд. II п. 3',
  },
  {
    key: 'skill_topic_homework',
    label: 'Ввод темы урока и домашнего задания',
    source: '003 · Регламент оказания помощи · обязательные данные',
  },
  {
    key: 'skill_current_marks',
    label: 'Ввод текущих отметок с видом контроля и весом отметки',
    source: '003 · График помощи · текущие отметки; 003 · Приказ № 206 · п. 2.2',
  },
  {
    key: 'skill_absences',
    label: 'Учёт пропусков уроков',
    source: '003 · Регламент оказания помощи · обязательные данные',
  },
  {
    key: 'skill_final_marks',
    label: 'Ввод итоговых отметок за четверть, полугодие, год',
    source: '003 · График помощи · итоговые отметки',
  },
  {
    key: 'skill_planning',
    label: 'Поурочно-тематическое планирование, в том числе импорт и экспорт',
    source: '003 · График помощи · поурочно-тематические планы',
  },
  {
    key: 'skill_reports',
    label: 'Модуль «Анализ успеваемости»: отчёты по успеваемости',
    source: '003 · График помощи · модуль «Анализ успеваемости»',
  },
];

const diarySkill = {
  key: 'skill_diary',
  label: 'Классному руководителю: работа с «Электронным дневником» и родителями',
  source: '003 · График помощи · сервис «Электронный дневник»',
};

/** Consultation topics of the district's help schedule (seed 003): the training needs. */
const helpTopics = [
  { value: 'class_journal', label: 'Работа с модулем «Классный журнал»' },
  { value: 'planning', label: 'Поурочно-тематическое планирование, импорт и экспорт' },
  { value: 'current_marks', label: 'Ввод текущих отметок' },
  { value: 'final_marks', label: 'Ввод итоговых отметок' },
  { value: 'reports', label: 'Модуль «Анализ успеваемости»' },
  { value: 'diary', label: '«Электронный дневник» и работа с родителями' },
];

const ref = (key: string): Expression => ({ op: 'ref', key });

const skillItems: SimpleItemInput[] = [
  ...skills.map((skill) => ({ kind: 'skill' as const, required: true, ...skill })),
  {
    kind: 'skill',
    required: true,
    visibleIf: { op: 'equals', key: 'position', value: 'class_teacher' },
    ...diarySkill,
  },
];

const levelBand = (from: number, to: number | undefined): Expression => ({
  op: 'count_rows',
  group: 'roster',
  where: {
    op: 'and',
    conditions: [
      { op: 'gte', key: 'person_level', value: from },
      ...(to === undefined ? [] : [{ op: 'lt' as const, key: 'person_level', value: to }]),
    ],
  },
});

/**
 * Чек-лист 2: ИКТ-компетентность педагогических работников, with the staff roster.
 * Seeds: 001 §1.2; 002 plan items 4 and 7; 003 regulation (readiness, consultation topics); 004 §II–III.
 */
export const ictCompetenceV1: ChecklistDefinitionInput = {
  id: 'ict-competence',
  version: 1,
  title: 'ИКТ-компетентность педагогических работников',
  shortTitle: 'ИКТ-компетентность',
  description:
    'Уровень ИКТ-компетентности сотрудников и его соответствие требованиям, необходимым для работы с электронным журналом; психологическая готовность и потребность в обучении.',
  levels: { optimal: 90, desirable: 75, basic: 50 },
  sections: [
    {
      key: 'training',
      title: 'Обучение в школе',
      items: [
        {
          kind: 'number',
          key: 'staff_total',
          label: 'Педагогических работников в школе',
          unit: 'чел.',
          min: 0,
          max: 1000,
          required: true,
          source: '001 · План-график · п. 1.2',
        },
        {
          kind: 'yes_no',
          key: 'training_requirements',
          label: 'Определены требования к обучению работников работе с ЭЖ',
          required: true,
          source: '002 · План · п. 7',
        },
        {
          kind: 'yes_no',
          key: 'seminars_held',
          label: 'Проведены обучающие семинары-практикумы по работе в ЭлЖуре',
          partly: true,
          help: '«Частично» — семинары проведены не для всех педагогов.',
          required: true,
          source: '002 · План · п. 7; 002 · Регламент · обязанности инженера-электроника',
        },
        {
          kind: 'computed',
          key: 'roster_coverage',
          label: 'Охват проверкой: сотрудников в таблице от общего числа',
          format: 'percent',
          source: '001 · План-график · п. 1.2',
          expression: {
            op: 'percent',
            numerator: { op: 'count_rows', group: 'roster' },
            denominator: ref('staff_total'),
          },
        },
      ],
    },
    {
      key: 'staff',
      title: 'Сотрудники и их навыки',
      description:
        'Уровень по каждому навыку: 0 — не умеет, 1 — с помощью, 2 — самостоятельно. Вместо ФИО можно указать личный код.',
      items: [
        {
          kind: 'repeat',
          key: 'roster',
          label: 'Сотрудники',
          rowLabel: 'Сотрудник',
          rowTitle: 'person',
          required: true,
          minRows: 1,
          weight: 3,
          source: '001 · План-график · п. 1.2; 002 · План · п. 4',
          items: [
            {
              kind: 'text',
              key: 'person',
              label: 'ФИО или личный код',
              required: true,
              maxLength: 200,
              source: '001 · План-график · п. 1.2',
            },
            {
              kind: 'choice',
              key: 'position',
              label: 'Должность',
              required: true,
              options: [
                { value: 'teacher', label: 'Учитель' },
                { value: 'class_teacher', label: 'Классный руководитель' },
                { value: 'administration', label: 'Администрация' },
              ],
              source: '004 · Регламент · разд. II п. 2',
            },
            {
              kind: 'text',
              key: 'subjects',
              label: 'Предметы',
              source: '002 · Регламент · обязанности инженера-электроника',
            },
            ...skillItems,
            {
              kind: 'computed',
              key: 'person_level',
              label: 'Уровень сотрудника (среднее по навыкам, 0–2)',
              format: 'number',
              decimals: 1,
              source: '001 · План-график · п. 1.2',
              expression: { op: 'mean', args: [...skills, diarySkill].map((s) => ref(s.key)) },
            },
            {
              kind: 'yes_no',
              key: 'trained',
              label: 'Обучен на семинаре',
              scored: false,
              source: '002 · План · п. 7',
            },
            {
              kind: 'date',
              key: 'trained_on',
              label: 'Дата семинара',
              visibleIf: { op: 'equals', key: 'trained', value: 'yes' },
              source: '002 · План · п. 7',
            },
            {
              kind: 'choice',
              key: 'readiness',
              label: 'Психологическая готовность к работе с ЭЖ',
              options: [
                { value: 'ready', label: 'Готов' },
                { value: 'hesitant', label: 'Сомневается' },
                { value: 'not_ready', label: 'Не готов' },
              ],
              source: '003 · Регламент оказания помощи · психологическая готовность',
            },
            {
              kind: 'choice',
              key: 'help_topics',
              label: 'Где нужна помощь',
              multiple: true,
              options: helpTopics,
              source: '003 · График оказания методической помощи',
            },
          ],
        },
      ],
    },
    {
      key: 'summary',
      title: 'Итоги по школе',
      description: 'Распределение уровней и потребность в обучении — основа графика консультаций.',
      items: [
        {
          kind: 'computed',
          key: 'staff_level_mean',
          label: 'Средний уровень сотрудников (0–2)',
          decimals: 1,
          source: '001 · План-график · п. 1.2',
          expression: { op: 'mean_rows', group: 'roster', value: ref('person_level') },
        },
        {
          kind: 'computed',
          key: 'staff_independent',
          label: 'Работают самостоятельно (уровень от 1,5)',
          unit: 'чел.',
          source: '001 · План-график · п. 1.2',
          expression: levelBand(1.5, undefined),
        },
        {
          kind: 'computed',
          key: 'staff_with_help',
          label: 'Работают с помощью (уровень от 0,5 до 1,5)',
          unit: 'чел.',
          source: '001 · План-график · п. 1.2',
          expression: levelBand(0.5, 1.5),
        },
        {
          kind: 'computed',
          key: 'staff_unable',
          label: 'Не умеют (уровень ниже 0,5)',
          unit: 'чел.',
          source: '001 · План-график · п. 1.2',
          expression: levelBand(0, 0.5),
        },
        {
          kind: 'computed',
          key: 'staff_trained_share',
          label: 'Обучены на семинарах',
          format: 'percent',
          source: '002 · План · п. 7',
          expression: {
            op: 'percent',
            numerator: {
              op: 'count_rows',
              group: 'roster',
              where: { op: 'equals', key: 'trained', value: 'yes' },
            },
            denominator: { op: 'count_rows', group: 'roster' },
          },
        },
        ...helpTopics.map((topic) => ({
          kind: 'computed' as const,
          key: `need_${topic.value}`,
          label: `Нужна помощь: ${topic.label}`,
          unit: 'чел.',
          source: '003 · График оказания методической помощи',
          expression: {
            op: 'count_rows' as const,
            group: 'roster',
            where: { op: 'in' as const, key: 'help_topics', values: [topic.value] },
          },
        })),
      ],
    },
  ],
};
