import { z } from 'zod';
import { levels } from '../checklist/definition-schema.ts';
import { answerFields, lessonFields } from './template-keys.ts';

const count = z.number().int().min(0);

/** People at levels 0 («не умеет»), 1 («с помощью») and 2 («самостоятельно»), in that order. */
export const levelCountsSchema = z.tuple([count, count, count]);
/** People at levels 0, 1, 2. */
export type LevelCounts = z.infer<typeof levelCountsSchema>;

/** What the staff roster of one visit says: counts of people, no names. */
export const staffSummarySchema = z.object({
  people: count,
  /** By overall level (the row's computed level, banded); absent when the roster has none. */
  byLevel: levelCountsSchema.optional(),
  /** Per skill item key: people at each level; N/A, unanswered and hidden left out. */
  skills: z.record(z.string(), levelCountsSchema),
  /** People trained at a seminar. */
  trained: count.optional(),
  /** Per readiness option value: people who chose it. */
  readiness: z.record(z.string(), count).optional(),
  /** Per help topic option value: people who need help with it. */
  needs: z.record(z.string(), count).optional(),
});
export type StaffSummary = z.infer<typeof staffSummarySchema>;

/** Σ filled / Σ expected lessons over journals where both were counted. */
export const lessonTallySchema = z.object({
  filled: z.number().min(0),
  lessons: z.number().min(0),
});
export type LessonTally = z.infer<typeof lessonTallySchema>;

/** How many journals answered yes, partly, no. */
export const answerTallySchema = z.object({ yes: count, partly: count, no: count });
export type AnswerTally = z.infer<typeof answerTallySchema>;

/** What the journal sample of one visit says, in sums that add up across visits. */
export const journalSummarySchema = z.object({
  journals: count,
  /** Per lesson field: lessons filled against lessons by timetable. */
  lessons: z.partialRecord(z.enum(lessonFields), lessonTallySchema),
  /** Per yes / partly / no field: the journals' answers. */
  answers: z.partialRecord(z.enum(answerFields), answerTallySchema),
  /** Lessons entered late against lessons by timetable (timeliness = 1 − late / lessons). */
  timeliness: z.object({ late: z.number().min(0), lessons: z.number().min(0) }).optional(),
});
export type JournalSummary = z.infer<typeof journalSummarySchema>;

/** The shape version of stored summaries: a summary of another version is recomputed from answers. */
export const SUMMARY_VERSION = 1;

/**
 * What a completed visit contributes to the district's figures, computed once
 * at completion and stored (jsonb): scores, item scores, roster and sample counts.
 */
export const visitSummarySchema = z.object({
  /** The summary's shape version ({@link SUMMARY_VERSION}), not the checklist's. */
  version: z.literal(SUMMARY_VERSION),
  /** The checklist's score in %, as scoreChecklist gives it. */
  percent: z.number().nullable(),
  level: z.enum(levels).nullable(),
  /** Section key → percent. */
  sections: z.record(z.string(), z.number().nullable()),
  /** Visible scored top-level item (tables as a whole) → score 0…1, null for N/A; unanswered absent. */
  items: z.record(z.string(), z.number().min(0).max(1).nullable()),
  staff: staffSummarySchema.optional(),
  journals: journalSummarySchema.optional(),
});
export type VisitSummary = z.infer<typeof visitSummarySchema>;
