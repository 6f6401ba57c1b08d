import type { ChecklistDefinitionInput } from '../checklist/definition-schema.ts';
import type { Condition, Expression } from '../checklist/expression-schema.ts';

/**
 * The built-in checklist «Соблюдение требований к ведению электронного журнала», version 1.
 *
 * Seeds: 002 — Gymnasium No. 5 order No. 188 (§3.1–3.2, the working group's regulation);
 * 003 — Saki district order No. 206 (§2.2, §3.2–3.3, the road map, and the help regulation with
 * the mandatory lesson data); 001 — School No. 3 work plan (§2.2, the «вес» of marks).
 */

const ref = (key: string): Expression => ({ op: 'ref', key });

const percentOf = (numerator: Expression, denominator: Expression): Expression => ({
  op: 'percent',
  numerator,
  denominator,
});

/** Lessons by timetable, only in the sample rows where `key` is answered (not N/A). */
const timetableWhereAnswered = (key: string): Expression => ({
  op: 'if',
  condition: { op: 'answered', key },
  then: ref('lessons_by_timetable'),
  else: { op: 'const', value: 0 },
});

/** A rate over the sample: Σ key / Σ lessons by timetable of the same journals. */
const sampleRate = (key: string): Expression =>
  percentOf(
    { op: 'sum_rows', group: 'journal_sample', value: ref(key) },
    { op: 'sum_rows', group: 'journal_sample', value: timetableWhereAnswered(key) },
  );

const notMoreThan = (key: string, other: string, message: string) => ({
  check: { op: 'lte', key, other } satisfies Condition,
  message,
});

const notMoreThanTimetable = (key: string) =>
  notMoreThan(key, 'lessons_by_timetable', 'Не больше, чем уроков по расписанию');

const MANDATORY_FIELDS = '003 · Регламент · обязательные поля';

export const journalComplianceV1: ChecklistDefinitionInput = {
  id: 'journal-compliance',
  version: 1,
  title: 'Соблюдение требований к ведению электронного журнала',
  shortTitle: 'Ведение ЭЖ',
  description:
    'Полнота и актуальность данных об обучающихся, педагогах и родителях в ЭлЖуре; график ' +
    'контрольных работ, «вес» отметок, своевременность и объективность итоговых отметок; ' +
    'выборочная проверка журналов «класс × предмет» по обязательным данным урока: проведение ' +
    'урока, тема, домашнее задание, вид контроля, отметки, пропуски, ФИО учителя при замене, ' +
    'своевременность внесения.',
  levels: { optimal: 90, desirable: 75, basic: 50 },
  sections: [
    {
      key: 'system_data',
      title: 'Данные в системе',
      description:
        'Школа обязана внести в ЭлЖур 100 % данных об обучающихся, педагогических работниках и ' +
        'родителях (законных представителях) и отражать изменения не позднее 7 дней.',
      items: [
        {
          kind: 'number',
          key: 'pupils_total',
          label: 'Обучающихся в школе (списочный состав на дату проверки)',
          help: 'Возьмите число из алфавитной книги или из приказов о зачислении и выбытии на дату проверки.',
          source: '002 · Приказ · п. 3.1',
          required: true,
          min: 1,
          unit: 'чел.',
        },
        {
          kind: 'number',
          key: 'pupils_entered',
          label: 'Обучающихся, внесённых в ЭлЖур и распределённых по своим классам (группам)',
          help:
            'Откройте в ЭлЖуре списки классов и сложите численность; сверьте 1–2 класса поимённо ' +
            'с алфавитной книгой. Выбывшие, оставшиеся в списках, в это число не входят.',
          source: '002 · Приказ · п. 3.1',
          required: true,
          min: 0,
          unit: 'чел.',
          rules: [
            notMoreThan('pupils_entered', 'pupils_total', 'Не больше, чем обучающихся всего'),
          ],
        },
        {
          kind: 'computed',
          key: 'pupils_data_percent',
          label: 'Полнота данных об обучающихся',
          source: '002 · Приказ · п. 3.1',
          format: 'percent',
          scoring: 'percent',
          expression: percentOf(ref('pupils_entered'), ref('pupils_total')),
        },
        {
          kind: 'number',
          key: 'teachers_total',
          label: 'Педагогических работников по штатному расписанию и тарификации',
          help: 'Включая внешних совместителей и педагогов, ведущих внеурочную деятельность в журнале.',
          source: '002 · Приказ · п. 3.1',
          required: true,
          min: 1,
          unit: 'чел.',
        },
        {
          kind: 'number',
          key: 'teachers_entered',
          label: 'Педагогов, внесённых в ЭлЖур с закреплённой нагрузкой (классы и предметы)',
          help:
            'Сравните список сотрудников в ЭлЖуре с тарификацией: у каждого педагога должна быть ' +
            'учётная запись и назначены его классы и предметы.',
          source: '002 · Приказ · п. 3.1',
          required: true,
          min: 0,
          unit: 'чел.',
          rules: [
            notMoreThan('teachers_entered', 'teachers_total', 'Не больше, чем педагогов всего'),
          ],
        },
        {
          kind: 'computed',
          key: 'teachers_data_percent',
          label: 'Полнота данных о педагогических работниках',
          source: '002 · Приказ · п. 3.1',
          format: 'percent',
          scoring: 'percent',
          expression: percentOf(ref('teachers_entered'), ref('teachers_total')),
        },
        {
          kind: 'number',
          key: 'pupils_with_parents',
          label:
            'Обучающихся, у которых в ЭлЖур внесён хотя бы один родитель (законный представитель)',
          help:
            'Проверьте по спискам классов в ЭлЖуре, к каким обучающимся привязаны родители ' +
            '(законные представители). Наличие у родителя входа в «Электронный дневник» здесь не ' +
            'требуется — только внесённые данные.',
          source: '002 · Приказ · п. 3.1',
          required: true,
          min: 0,
          unit: 'чел.',
          rules: [
            notMoreThan('pupils_with_parents', 'pupils_total', 'Не больше, чем обучающихся всего'),
          ],
        },
        {
          kind: 'computed',
          key: 'parents_data_percent',
          label: 'Полнота данных о родителях (законных представителях)',
          source: '002 · Приказ · п. 3.1',
          format: 'percent',
          scoring: 'percent',
          expression: percentOf(ref('pupils_with_parents'), ref('pupils_total')),
        },
        {
          kind: 'yes_no',
          key: 'data_changes_within_7_days',
          label: 'Изменения отражаются в ЭлЖуре не позднее 7 дней',
          help:
            'Возьмите 2–3 последних приказа о зачислении, выбытии или переводе обучающихся и о ' +
            'смене учителя (нагрузки) и проверьте, когда изменение появилось в ЭлЖуре. ' +
            '«Частично» — часть изменений внесена с опозданием.',
          source: '002 · Приказ · п. 3.2',
          required: true,
          partly: true,
        },
        {
          kind: 'number',
          key: 'data_last_delay_days',
          label:
            'На сколько дней после изменения оно внесено в ЭлЖур (последний выявленный случай)',
          source: '002 · Приказ · п. 3.2',
          visibleIf: { op: 'in', key: 'data_changes_within_7_days', values: ['partly', 'no'] },
          min: 0,
          unit: 'дн.',
        },
        {
          kind: 'yes_no',
          key: 'system_updated_weekly',
          label: 'Данные в системе актуализируются не реже одного раза в неделю',
          help:
            'Спросите технического специалиста, когда в последний раз обновлялись списки, ' +
            'расписание и нагрузка, и проверьте, что расписание в ЭлЖуре совпадает с действующим ' +
            'на этой неделе.',
          source: '002 · Регламент · обязанности инженера-электроника',
          required: true,
          partly: true,
        },
      ],
    },
    {
      key: 'assessment',
      title: 'Оценивание и контрольные работы',
      items: [
        {
          kind: 'yes_no',
          key: 'test_schedule_published',
          label: 'График контрольных работ на текущий период размещён в электронном журнале',
          help:
            'Найдите в ЭлЖуре график контрольных работ на текущую четверть (полугодие). ' +
            '«Частично» — график есть не для всех классов или предметов либо не на текущий период.',
          source: '003 · Дорожная карта · п. 7',
          required: true,
          partly: true,
        },
        {
          kind: 'yes_no',
          key: 'test_results_reliable',
          label: 'Результаты контрольных работ по графику внесены в журнал достоверно',
          help:
            'Выберите 2–3 контрольные работы из графика и сравните отметки в ЭлЖуре с работами ' +
            'обучающихся: отметки совпадают, работа записана в день проведения по графику с видом ' +
            'контроля «контрольная работа». «Частично» — расхождения в отдельных классах или работах.',
          source: '003 · Дорожная карта · п. 7',
          required: true,
          partly: true,
        },
        {
          kind: 'yes_no',
          key: 'weight_rules_exist',
          label: 'Утверждены единые правила «веса» отметок по видам работ',
          help:
            'Локальный акт о системе оценивания или о ведении ЭЖ либо решение методического ' +
            'объединения, где каждому виду контроля сопоставлен вес отметки.',
          source: '003 · Приказ · п. 2.2; 001 · План · п. 2.2',
          required: true,
        },
        {
          kind: 'yes_no',
          key: 'weight_rules_followed',
          label: 'Вес отметок в журналах соответствует утверждённым правилам',
          help:
            'В журналах выборки сравните вес отметок за контрольные, самостоятельные работы, ' +
            'устные ответы с правилами. «Частично» — расхождения у отдельных учителей или по ' +
            'отдельным предметам.',
          source: '001 · План · п. 2.2',
          required: true,
          partly: true,
          visibleIf: { op: 'equals', key: 'weight_rules_exist', value: 'yes' },
        },
        {
          kind: 'choice',
          key: 'final_marks_period',
          label: 'Итоговые отметки за какой период проверены',
          source: '003 · Дорожная карта · п. 4, 8, 9',
          allowNa: true,
          options: [
            { value: 'q1', label: 'I четверть' },
            { value: 'q2_h1', label: 'II четверть и I полугодие' },
            { value: 'q3', label: 'III четверть' },
            { value: 'q4_h2', label: 'IV четверть, II полугодие и год' },
          ],
        },
        {
          kind: 'yes_no',
          key: 'term_marks_on_time',
          label: 'Отметки за четверть (полугодие) выставлены в срок',
          help:
            'Сравните дату выставления итоговых отметок за последний завершённый период со сроком ' +
            'из приказа школы о завершении четверти (полугодия). «Частично» — опоздания в ' +
            'отдельных классах или предметах. «Не применимо» — ни один период ещё не завершён.',
          source: '003 · Дорожная карта · п. 4, 8, 9',
          required: true,
          partly: true,
          allowNa: true,
        },
        {
          kind: 'yes_no',
          key: 'term_marks_objective',
          label: 'Отметки за четверть (полугодие) объективны и обоснованы текущими отметками',
          help:
            'В журналах выборки сравните итоговую отметку со средневзвешенным баллом текущих ' +
            'отметок и с результатами контрольных работ; проверьте, что текущих отметок ' +
            'достаточно для аттестации по положению школы.',
          source: '003 · Дорожная карта · п. 4, 8, 9',
          required: true,
          partly: true,
          allowNa: true,
        },
        {
          kind: 'yes_no',
          key: 'assessment_approaches_reviewed',
          label:
            'Подходы к оцениванию в электронном журнале рассмотрены на методических объединениях',
          help: 'Протоколы заседаний методических объединений учителей-предметников за текущий учебный год.',
          source: '003 · Приказ · п. 3.2',
          required: true,
          partly: true,
        },
        {
          kind: 'yes_no',
          key: 'journal_control_by_school',
          label: 'Администрация школы систематически контролирует ведение электронных журналов',
          help:
            'Справки или приказы по итогам внутришкольного контроля ведения ЭЖ за текущую ' +
            'четверть (полугодие), замечания учителям и отметки об их устранении.',
          source: '003 · Приказ · п. 3.3',
          required: true,
          partly: true,
        },
      ],
    },
    {
      key: 'journal_check',
      title: 'Выборка журналов',
      description:
        'Одна строка — один журнал «класс × предмет». Выберите журналы разных ступеней и ' +
        'предметов и проверьте каждый за один и тот же период (например, последние 2–4 недели).',
      items: [
        {
          kind: 'repeat',
          key: 'journal_sample',
          label: 'Проверенные журналы',
          rowLabel: 'Журнал',
          rowTitle: 'journal_class',
          source: MANDATORY_FIELDS,
          required: true,
          minRows: 1,
          items: [
            {
              kind: 'text',
              key: 'journal_class',
              label: 'Класс',
              help: 'Например, «7Б» или «10А, группа 1».',
              source: MANDATORY_FIELDS,
              required: true,
              maxLength: 40,
            },
            {
              kind: 'text',
              key: 'journal_subject',
              label: 'Предмет',
              source: MANDATORY_FIELDS,
              required: true,
              maxLength: 120,
            },
            {
              kind: 'text',
              key: 'journal_teacher',
              label: 'Учитель',
              help: 'ФИО или табельный код учителя, ведущего журнал.',
              source: '003 · Регламент · обязательные поля (ФИО учителя)',
              maxLength: 200,
            },
            {
              kind: 'date',
              key: 'period_from',
              label: 'Проверяемый период: с',
              source: '003 · Дорожная карта · п. 3, 5',
              required: true,
            },
            {
              kind: 'date',
              key: 'period_to',
              label: 'Проверяемый период: по',
              source: '003 · Дорожная карта · п. 3, 5',
              required: true,
            },
            {
              kind: 'number',
              key: 'lessons_by_timetable',
              label: 'Уроков по расписанию за период',
              help: 'Посчитайте по расписанию класса с учётом праздничных дней и каникул.',
              source: MANDATORY_FIELDS,
              required: true,
              min: 0,
            },
            {
              kind: 'number',
              key: 'lessons_marked_held',
              label: 'Уроков, отмеченных в журнале как проведённые',
              source: '003 · Регламент · обязательные поля (отметка о проведении урока)',
              required: true,
              min: 0,
              rules: [notMoreThanTimetable('lessons_marked_held')],
            },
            {
              kind: 'number',
              key: 'lessons_with_topic',
              label: 'Уроков с записанной темой',
              help: 'Тема должна соответствовать тематическому планированию, а не быть пустой или условной («урок», «—»).',
              source:
                '003 · Регламент · обязательные поля (тема урока); 003 · Дорожная карта · п. 5',
              required: true,
              min: 0,
              rules: [notMoreThanTimetable('lessons_with_topic')],
            },
            {
              kind: 'number',
              key: 'lessons_with_homework',
              label: 'Уроков с записанным домашним заданием',
              help:
                'Считайте и уроки, где явно указано, что задание не задаётся. «Не применимо» — ' +
                'для журналов, где домашние задания не задаются (например, 1 класс).',
              source:
                '003 · Регламент · обязательные поля (домашнее задание); 003 · Дорожная карта · п. 5',
              required: true,
              min: 0,
              allowNa: true,
              rules: [notMoreThanTimetable('lessons_with_homework')],
            },
            {
              kind: 'number',
              key: 'lessons_with_control_type',
              label: 'Уроков с указанным видом контроля',
              help: 'Вид контроля (устный ответ, самостоятельная, контрольная, практическая работа и т. п.) указан для урока или для колонки отметок.',
              source: '003 · Регламент · обязательные поля (вид контроля)',
              required: true,
              min: 0,
              rules: [notMoreThanTimetable('lessons_with_control_type')],
            },
            {
              kind: 'yes_no',
              key: 'marks_recorded',
              label: 'Отметки за проведённые работы и зачёты выставлены',
              help:
                'Для каждой работы или зачёта в журнале есть отметки всем присутствовавшим ' +
                'обучающимся. «Частично» — отметки есть не у всех или не по всем работам.',
              source:
                '003 · Регламент · обязательные поля (отметки, в том числе за работы и зачёты)',
              required: true,
              partly: true,
            },
            {
              kind: 'yes_no',
              key: 'absences_recorded',
              label: 'Пропуски уроков обучающимися отмечены',
              help:
                'Сравните пропуски в журнале за 2–3 дня с данными классного руководителя о ' +
                'посещаемости. «Частично» — пропуски отмечены не на всех уроках.',
              source: '003 · Регламент · обязательные поля (пропуски)',
              required: true,
              partly: true,
            },
            {
              kind: 'number',
              key: 'late_entries',
              label: 'Уроков, отметки по которым внесены позже дня урока',
              help:
                'Данные по урокам вносятся в день их проведения. Посмотрите даты внесения отметок ' +
                'и записей и посчитайте уроки, по которым они появились позже дня урока.',
              source: '003 · Регламент · ввод данных за текущий день; 003 · Дорожная карта · п. 5',
              required: true,
              min: 0,
              rules: [notMoreThanTimetable('late_entries')],
            },
            {
              kind: 'number',
              key: 'late_max_days',
              label: 'Наибольшее опоздание внесения',
              source: '003 · Регламент · ввод данных за текущий день',
              visibleIf: { op: 'gt', key: 'late_entries', value: 0 },
              min: 1,
              unit: 'дн.',
            },
            {
              kind: 'number',
              key: 'test_works_planned',
              label: 'Контрольных работ по графику за период',
              source: '003 · Дорожная карта · п. 7',
              required: true,
              min: 0,
            },
            {
              kind: 'number',
              key: 'test_works_with_results',
              label: 'Из них записаны в журнале с результатами',
              help: 'Работа записана в день проведения по графику, с видом контроля и отметками обучающихся.',
              source: '003 · Дорожная карта · п. 7',
              required: true,
              min: 0,
              visibleIf: { op: 'gt', key: 'test_works_planned', value: 0 },
              rules: [
                notMoreThan(
                  'test_works_with_results',
                  'test_works_planned',
                  'Не больше, чем контрольных работ по графику',
                ),
              ],
            },
            {
              kind: 'number',
              key: 'substitutions',
              label: 'Уроков, проведённых на замене',
              help: 'По журналу замен школы за проверяемый период; 0 — замен не было.',
              source: '003 · Регламент · обязательные поля (ФИО учителя при замене)',
              required: true,
              min: 0,
              rules: [notMoreThanTimetable('substitutions')],
            },
            {
              kind: 'yes_no',
              key: 'substitute_teacher_recorded',
              label: 'На уроках замены указано ФИО заменявшего учителя',
              help: '«Частично» — указано не на всех уроках замены.',
              source: '003 · Регламент · обязательные поля (ФИО учителя при замене)',
              required: true,
              partly: true,
              visibleIf: { op: 'gt', key: 'substitutions', value: 0 },
            },
            {
              kind: 'computed',
              key: 'held_rate',
              label: 'Заполнение: отметка о проведении урока',
              source: '003 · Регламент · обязательные поля (отметка о проведении урока)',
              format: 'percent',
              scoring: 'percent',
              expression: percentOf(ref('lessons_marked_held'), ref('lessons_by_timetable')),
            },
            {
              kind: 'computed',
              key: 'topic_rate',
              label: 'Заполнение: тема урока',
              source: '003 · Регламент · обязательные поля (тема урока)',
              format: 'percent',
              scoring: 'percent',
              expression: percentOf(ref('lessons_with_topic'), ref('lessons_by_timetable')),
            },
            {
              kind: 'computed',
              key: 'homework_rate',
              label: 'Заполнение: домашнее задание',
              source: '003 · Регламент · обязательные поля (домашнее задание)',
              format: 'percent',
              scoring: 'percent',
              expression: percentOf(ref('lessons_with_homework'), ref('lessons_by_timetable')),
            },
            {
              kind: 'computed',
              key: 'control_type_rate',
              label: 'Заполнение: вид контроля',
              source: '003 · Регламент · обязательные поля (вид контроля)',
              format: 'percent',
              scoring: 'percent',
              expression: percentOf(ref('lessons_with_control_type'), ref('lessons_by_timetable')),
            },
            {
              kind: 'computed',
              key: 'timeliness_rate',
              label: 'Своевременность: уроки, внесённые в день проведения',
              source: '003 · Регламент · ввод данных за текущий день; 003 · Дорожная карта · п. 5',
              format: 'percent',
              scoring: 'percent',
              expression: percentOf(
                { op: 'sub', left: ref('lessons_by_timetable'), right: ref('late_entries') },
                ref('lessons_by_timetable'),
              ),
            },
            {
              kind: 'computed',
              key: 'test_results_rate',
              label: 'Контрольные работы по графику с результатами',
              source: '003 · Дорожная карта · п. 7',
              format: 'percent',
              scoring: 'percent',
              expression: percentOf(ref('test_works_with_results'), ref('test_works_planned')),
            },
          ],
        },
      ],
    },
    {
      key: 'sample_totals',
      title: 'Итоги выборки',
      description:
        'Сводные показатели по всем проверенным журналам: суммы по строкам выборки. В оценку не ' +
        'входят — выборка уже оценена по строкам.',
      weight: 0,
      items: [
        {
          kind: 'computed',
          key: 'sample_journals',
          label: 'Журналов проверено',
          source: MANDATORY_FIELDS,
          format: 'number',
          expression: { op: 'count_rows', group: 'journal_sample' },
        },
        {
          kind: 'computed',
          key: 'sample_lessons',
          label: 'Уроков по расписанию в проверенных журналах',
          source: MANDATORY_FIELDS,
          format: 'number',
          expression: {
            op: 'sum_rows',
            group: 'journal_sample',
            value: ref('lessons_by_timetable'),
          },
        },
        {
          kind: 'computed',
          key: 'sample_held_rate',
          label: 'Отметка о проведении урока — по выборке',
          source: '003 · Регламент · обязательные поля (отметка о проведении урока)',
          format: 'percent',
          decimals: 1,
          expression: sampleRate('lessons_marked_held'),
        },
        {
          kind: 'computed',
          key: 'sample_topic_rate',
          label: 'Тема урока — по выборке',
          source: '003 · Регламент · обязательные поля (тема урока)',
          format: 'percent',
          decimals: 1,
          expression: sampleRate('lessons_with_topic'),
        },
        {
          kind: 'computed',
          key: 'sample_homework_rate',
          label: 'Домашнее задание — по выборке',
          source: '003 · Регламент · обязательные поля (домашнее задание)',
          format: 'percent',
          decimals: 1,
          expression: sampleRate('lessons_with_homework'),
        },
        {
          kind: 'computed',
          key: 'sample_control_type_rate',
          label: 'Вид контроля — по выборке',
          source: '003 · Регламент · обязательные поля (вид контроля)',
          format: 'percent',
          decimals: 1,
          expression: sampleRate('lessons_with_control_type'),
        },
        {
          kind: 'computed',
          key: 'sample_timeliness_rate',
          label: 'Своевременность внесения — по выборке',
          source: '003 · Регламент · ввод данных за текущий день',
          format: 'percent',
          decimals: 1,
          expression: percentOf(
            {
              op: 'sum_rows',
              group: 'journal_sample',
              value: { op: 'sub', left: ref('lessons_by_timetable'), right: ref('late_entries') },
            },
            {
              op: 'sum_rows',
              group: 'journal_sample',
              value: timetableWhereAnswered('late_entries'),
            },
          ),
        },
        {
          kind: 'computed',
          key: 'sample_test_results_rate',
          label: 'Контрольные работы по графику с результатами — по выборке',
          source: '003 · Дорожная карта · п. 7',
          format: 'percent',
          decimals: 1,
          expression: percentOf(
            { op: 'sum_rows', group: 'journal_sample', value: ref('test_works_with_results') },
            {
              op: 'sum_rows',
              group: 'journal_sample',
              value: {
                op: 'if',
                condition: { op: 'answered', key: 'test_works_with_results' },
                then: ref('test_works_planned'),
                else: { op: 'const', value: 0 },
              },
            },
          ),
        },
      ],
    },
  ],
};
