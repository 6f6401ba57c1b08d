/**
 * The one place that says which items of a checklist the district figures read
 * beyond scores: the staff roster of «ИКТ-компетентность» (ict-competence-v1)
 * and the journal sample of «Ведение ЭЖ» (journal-compliance-v1). A checklist
 * that lacks an item simply gives no figure for it.
 */

/** Items of the staff roster: the table whose rows hold `skill` items. */
export const rosterKeys = {
  /** Computed: the person's mean level over the skills, 0…2. */
  personLevel: 'person_level',
  /** yes/no: trained at a seminar. */
  trained: 'trained',
  /** Single choice: psychological readiness (ready / hesitant / not ready). */
  readiness: 'readiness',
  /** Multiple choice: the consultation topics where the person needs help. */
  helpTopics: 'help_topics',
} as const;

/**
 * Lower bounds of the overall levels 1 («с помощью») and 2 («самостоятельно»)
 * of a person, as the template's staff_with_help and staff_independent band
 * `person_level`: below 0.5 is level 0 («не умеет»).
 */
export const personLevelBounds = { withHelp: 0.5, independent: 1.5 } as const;

/** The mandatory lesson data counted in lessons (seed 003), by field code. */
export const lessonFieldKeys = {
  held: 'lessons_marked_held',
  topic: 'lessons_with_topic',
  homework: 'lessons_with_homework',
  control_type: 'lessons_with_control_type',
} as const;

/** The mandatory lesson data answered yes / partly / no per journal, by field code. */
export const answerFieldKeys = {
  marks: 'marks_recorded',
  absences: 'absences_recorded',
  substitute_teacher: 'substitute_teacher_recorded',
} as const;

/** Items of the journal sample: one row per class × subject journal. */
export const sampleKeys = {
  group: 'journal_sample',
  /** Lessons by timetable: the denominator of every lesson field and of timeliness. */
  lessons: 'lessons_by_timetable',
  /** Lessons whose marks were entered after the lesson day. */
  late: 'late_entries',
} as const;

/** Codes of the lesson fields counted in lessons. */
export type LessonField = keyof typeof lessonFieldKeys;
/** Codes of the lesson fields answered yes / partly / no. */
export type AnswerField = keyof typeof answerFieldKeys;

/** Every lesson-field code counted in lessons, in the order of seed 003. */
export const lessonFields = [
  'held',
  'topic',
  'homework',
  'control_type',
] as const satisfies readonly LessonField[];
/** Every yes / partly / no field code, in the order of seed 003. */
export const answerFields = [
  'marks',
  'absences',
  'substitute_teacher',
] as const satisfies readonly AnswerField[];
