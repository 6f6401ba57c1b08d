import { z } from 'zod';
import { checklistIdSchema, levels } from '../checklist/definition-schema.ts';
import { isoDateSchema, visitKindSchema } from '../schemas/visit.ts';
import { answerTallySchema, levelCountsSchema } from './summary-schema.ts';
import { answerFields, lessonFields } from './template-keys.ts';

const count = z.number().int().min(0);
/** A share 0…1, `null` when there is nothing to divide by. */
const rate = z.number().min(0).max(1).nullable();
const percent = z.number().min(0).max(100).nullable();
const score = z.number().min(0).max(1);

/** A cell of the colour table: a school's latest result for a checklist. */
export const latestResultSchema = z.object({
  schoolId: z.uuid(),
  checklistId: checklistIdSchema,
  checklistVersion: z.number().int().min(1),
  visitId: z.uuid(),
  kind: visitKindSchema,
  date: isoDateSchema,
  percent,
  level: z.enum(levels).nullable(),
});
export type LatestResult = z.infer<typeof latestResultSchema>;

/** Schools at each level. */
export const levelTallySchema = z.object({
  optimal: count,
  desirable: count,
  basic: count,
  insufficient: count,
});
export type LevelTally = z.infer<typeof levelTallySchema>;

/** A calendar quarter; its Russian label («III кв. 2026») is the UI's business. */
export const quarterSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int().min(1).max(4),
});
export type Quarter = z.infer<typeof quarterSchema>;

/** One quarter of a checklist's trend: the schools' latest results within the quarter. */
export const trendPointSchema = quarterSchema.extend({
  schools: count,
  /** Mean of the schools' percents (those with a score). */
  meanPercent: percent,
  levels: levelTallySchema,
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/** The district's trend: every quarter of the period, one series per checklist. */
export const trendSchema = z.object({
  quarters: z.array(quarterSchema),
  series: z.array(z.object({ checklistId: checklistIdSchema, points: z.array(trendPointSchema) })),
});
export type Trend = z.infer<typeof trendSchema>;

/** An item and how many schools' latest results failed it (scored below 100 %). */
export const failingItemSchema = z.object({
  itemKey: z.string(),
  /** From the newest definition that has the item; the key when none has. */
  label: z.string(),
  sectionKey: z.string().nullable(),
  sectionTitle: z.string().nullable(),
  failedSchools: count,
  scoredSchools: count,
  share: score,
});
export type FailingItem = z.infer<typeof failingItemSchema>;

/** One checklist's items failing most, worst first. */
export const failingItemsSchema = z.object({
  checklistId: checklistIdSchema,
  items: z.array(failingItemSchema),
});
export type FailingItems = z.infer<typeof failingItemsSchema>;

/** A training need: the consultation schedule's input. */
export const trainingNeedSchema = z.object({
  topic: z.string(),
  label: z.string(),
  people: count,
  schools: count,
  schoolIds: z.array(z.uuid()),
});
export type TrainingNeed = z.infer<typeof trainingNeedSchema>;

/** The staff rosters of the schools' latest results of one checklist, added up. */
export const staffFiguresSchema = z.object({
  checklistId: checklistIdSchema,
  schools: count,
  people: count,
  /** People by overall level 0, 1, 2; `null` when no roster gives one. */
  byLevel: levelCountsSchema.nullable(),
  skills: z.array(z.object({ skillKey: z.string(), label: z.string(), people: levelCountsSchema })),
  trained: count.nullable(),
  readiness: z.array(z.object({ value: z.string(), label: z.string(), people: count })),
  /** Most people first. */
  needs: z.array(trainingNeedSchema),
});
export type StaffFigures = z.infer<typeof staffFiguresSchema>;

/** A mandatory lesson field's fill rate: numerator / denominator, summed over journals. */
export const journalFieldSchema = z.object({
  field: z.enum([...lessonFields, ...answerFields]),
  itemKey: z.string(),
  /** Lessons filled, or journals answering yes plus half of those answering partly. */
  numerator: z.number().min(0),
  denominator: z.number().min(0),
  rate,
  /** For yes / partly / no fields: the journals' answers. */
  answers: answerTallySchema.optional(),
});
export type JournalField = z.infer<typeof journalFieldSchema>;

/** Fill rates of the mandatory lesson fields and timeliness over some journal samples. */
export const journalFiguresSchema = z.object({
  journals: count,
  fields: z.array(journalFieldSchema),
  /** rate = 1 − late / lessons. */
  timeliness: z.object({ late: z.number().min(0), lessons: z.number().min(0), rate }).nullable(),
});
export type JournalFigures = z.infer<typeof journalFiguresSchema>;

/** Journal compliance of one checklist: district-wide and per school, over latest results. */
export const journalComplianceSchema = z.object({
  checklistId: checklistIdSchema,
  district: journalFiguresSchema,
  schools: z.array(journalFiguresSchema.extend({ schoolId: z.uuid() })),
});
export type JournalCompliance = z.infer<typeof journalComplianceSchema>;

/** Corrective actions by state. */
export const actionCountsSchema = z.object({
  open: count,
  /** Open with a deadline before today (on the deadline day it is not yet overdue). */
  overdue: count,
  done: count,
  notDone: count,
});
export type ActionCounts = z.infer<typeof actionCountsSchema>;

/** Corrective actions as of today, district-wide and per school. */
export const actionFiguresSchema = z.object({
  district: actionCountsSchema,
  /** Most overdue first. */
  schools: z.array(actionCountsSchema.extend({ schoolId: z.uuid() })),
});
export type ActionFigures = z.infer<typeof actionFiguresSchema>;

const visitRefSchema = z.object({ visitId: z.uuid(), date: isoDateSchema, percent });

/** A school's latest self-audit against its latest inspection of the same checklist. */
export const comparisonPairSchema = z.object({
  schoolId: z.uuid(),
  checklistId: checklistIdSchema,
  selfAudit: visitRefSchema,
  inspection: visitRefSchema,
  /** Items scored in both. */
  itemsCompared: count,
  /** Of those, items scored the same. */
  itemsAgreed: count,
  agreement: rate,
  /** Items the school rated higher than the inspector did. */
  overRated: z.array(
    z.object({ itemKey: z.string(), label: z.string(), selfScore: score, inspectorScore: score }),
  ),
});
export type ComparisonPair = z.infer<typeof comparisonPairSchema>;

/** How often schools and inspectors agree on an item, across the district's pairs. */
export const itemAgreementSchema = z.object({
  checklistId: checklistIdSchema,
  itemKey: z.string(),
  label: z.string(),
  schools: count,
  agreed: count,
  rate: score,
});
export type ItemAgreement = z.infer<typeof itemAgreementSchema>;

/** Self-audits against inspections: per school and checklist, and per item. */
export const selfAuditComparisonSchema = z.object({
  pairs: z.array(comparisonPairSchema),
  /** Least agreement first. */
  items: z.array(itemAgreementSchema),
});
export type SelfAuditComparison = z.infer<typeof selfAuditComparisonSchema>;

/** The coordinator's district dashboard: the answer of `GET /api/analytics/dashboard`. */
export const dashboardSchema = z.object({
  /** Completed visits the filter kept, each once. */
  visits: count,
  /** Schools with at least one of them. */
  schools: count,
  latest: z.array(latestResultSchema),
  trend: trendSchema,
  failingItems: z.array(failingItemsSchema),
  staff: z.array(staffFiguresSchema),
  journals: z.array(journalComplianceSchema),
  actions: actionFiguresSchema,
  comparison: selfAuditComparisonSchema,
});
export type Dashboard = z.infer<typeof dashboardSchema>;
