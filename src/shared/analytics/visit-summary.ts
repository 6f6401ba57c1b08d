import type { Answers } from '../checklist/answer-schema.ts';
import type { DefinitionIndex } from '../checklist/definition-index.ts';
import { scopeOf } from '../checklist/evaluate.ts';
import { scoreChecklist } from '../checklist/scoring.ts';
import { itemScores } from './item-scores.ts';
import { summariseJournals } from './journal-summary.ts';
import { summariseStaff } from './staff-summary.ts';
import { SUMMARY_VERSION, type VisitSummary } from './summary-schema.ts';

/**
 * The compact summary of a completed visit, computed once at completion and
 * stored, so that the district's figures never read answers again.
 */
export function summariseVisit(index: DefinitionIndex, answers: Answers): VisitSummary {
  const score = scoreChecklist(index, answers);
  const scope = scopeOf(answers, index.computed);
  const staff = summariseStaff(index, scope);
  const journals = summariseJournals(index, scope);
  return {
    version: SUMMARY_VERSION,
    percent: score.percent,
    level: score.level,
    sections: Object.fromEntries(score.sections.map((s) => [s.key, s.percent])),
    items: itemScores(index, scope),
    ...(staff ? { staff } : {}),
    ...(journals ? { journals } : {}),
  };
}
