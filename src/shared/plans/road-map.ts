/**
 * The monitoring stages of the district road map (seed 003, Приложение 1): what
 * is monitored and in which months, offered as ready titles and periods when a
 * coordinator plans a round. Months are 1–12; `quarterly` stages repeat in
 * every quarter of the school year.
 */
export interface RoadMapStage {
  key: string;
  title: string;
  /** The months the road map names; empty for «1 раз в четверть». */
  months: readonly number[];
  quarterly: boolean;
  checklistIds: readonly string[];
  source: string;
}

export const roadMapStages: readonly RoadMapStage[] = [
  {
    key: 'journal_use',
    title: 'Мониторинг ведения и использования электронных журналов',
    months: [9],
    quarterly: false,
    checklistIds: ['readiness', 'journal-compliance'],
    source: '003 · Дорожная карта · п. 3',
  },
  {
    key: 'marks_q1',
    title: 'Своевременность и объективность выставления оценок за первую четверть',
    months: [10],
    quarterly: false,
    checklistIds: ['journal-compliance'],
    source: '003 · Дорожная карта · п. 4',
  },
  {
    key: 'topics_homework',
    title: 'Своевременность внесения домашнего задания и темы уроков',
    months: [],
    quarterly: true,
    checklistIds: ['journal-compliance'],
    source: '003 · Дорожная карта · п. 5',
  },
  {
    key: 'test_schedule',
    title: 'График контрольных работ и достоверность внесения их результатов',
    months: [],
    quarterly: true,
    checklistIds: ['journal-compliance'],
    source: '003 · Дорожная карта · п. 7',
  },
  {
    key: 'marks_h1',
    title: 'Своевременность и объективность оценок за вторую четверть и первое полугодие',
    months: [12],
    quarterly: false,
    checklistIds: ['journal-compliance'],
    source: '003 · Дорожная карта · п. 8',
  },
  {
    key: 'marks_year',
    title: 'Своевременность и объективность оценок за четвёртую четверть и второе полугодие',
    months: [5],
    quarterly: false,
    checklistIds: ['journal-compliance'],
    source: '003 · Дорожная карта · п. 9',
  },
];
