import { summariseVisit } from '../../shared/analytics/visit-summary.ts';
import { SUMMARY_VERSION } from '../../shared/analytics/summary-schema.ts';
import type { Answer } from '../../shared/checklist/answer-schema.ts';
import { assembleAnswers, type PlacedRow } from '../../shared/checklist/assemble-answers.ts';
import type { ChecklistDefinition } from '../../shared/checklist/definition-schema.ts';
import { indexDefinition, type DefinitionIndex } from '../../shared/checklist/definition-index.ts';
import { visitSchema } from '../../shared/schemas/visit.ts';
import type { Db, Queryable } from '../db/port.ts';
import { findChecklistDefinition } from '../queries/checklist-versions.ts';
import {
  loadVisitContent,
  saveVisitResults,
  visitsWithoutResults,
  type VisitContentRecord,
  type VisitResultRow,
} from '../queries/visit-results.ts';

const indexes = new WeakMap<ChecklistDefinition, DefinitionIndex>();

function indexOf(definition: ChecklistDefinition): DefinitionIndex {
  let index = indexes.get(definition);
  if (!index) {
    index = indexDefinition(definition);
    indexes.set(definition, index);
  }
  return index;
}

interface VisitContent {
  visit: unknown;
  answers: { itemKey: string; answer: Answer }[];
  rows: PlacedRow[];
}

function groupByVisit(records: readonly VisitContentRecord[]): Map<string, VisitContent> {
  const visits = new Map<string, VisitContent>();
  for (const record of records) {
    let content = visits.get(record.visitId);
    if (!content) {
      content = { visit: undefined, answers: [], rows: [] };
      visits.set(record.visitId, content);
    }
    const { data } = record;
    if (record.collection === 'visits') content.visit = data;
    else if (record.collection === 'answers')
      content.answers.push({ itemKey: String(data.itemKey), answer: data.answer as Answer });
    else
      content.rows.push({
        id: record.id,
        group: String(data.group),
        position: Number(data.position),
      });
  }
  return visits;
}

/**
 * The results of completed visits from their records: scored by the same pure
 * code as on the device, on the checklist version each visit is pinned to. A
 * visit whose checklist version the server does not know is left out.
 */
export async function computeVisitResults(
  db: Queryable,
  records: readonly VisitContentRecord[],
): Promise<VisitResultRow[]> {
  const results: VisitResultRow[] = [];
  // A page of visits is on a handful of versions: each is looked up once.
  const definitions = new Map<string, Promise<ChecklistDefinition | undefined>>();
  const definitionOf = (id: string, version: number) => {
    const key = `${id}@${String(version)}`;
    let found = definitions.get(key);
    if (!found) {
      found = findChecklistDefinition(db, id, version);
      definitions.set(key, found);
    }
    return found;
  };
  for (const [visitId, content] of groupByVisit(records)) {
    const visit = visitSchema.safeParse(content.visit);
    if (!visit.success) continue;
    const { schoolId, checklistId, checklistVersion, kind, date } = visit.data;
    const definition = await definitionOf(checklistId, checklistVersion);
    if (!definition) continue;
    const summary = summariseVisit(
      indexOf(definition),
      assembleAnswers(content.answers, content.rows),
    );
    results.push({
      visitId,
      schoolId,
      checklistId,
      checklistVersion,
      kind,
      date,
      percent: summary.percent,
      level: summary.level,
      summary,
    });
  }
  return results;
}

/** Computes and stores the results of these visits from what the database holds. */
async function recordVisitResults(tx: Queryable, visitIds: readonly string[]) {
  const records = await loadVisitContent(tx, visitIds);
  await saveVisitResults(tx, await computeVisitResults(tx, records));
}

/**
 * Gives every completed or accepted visit a result in the current summary
 * shape: run at start, after an upgrade or a bulk load. Pages of a few hundred
 * visits, each in its own transaction.
 */
export async function backfillVisitResults(db: Db, pageSize = 200): Promise<number> {
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const ids = await visitsWithoutResults(db, SUMMARY_VERSION, after, pageSize);
    if (ids.length === 0) return done;
    await db.transaction((tx) => recordVisitResults(tx, ids));
    done += ids.length;
    after = ids.at(-1) ?? null;
  }
}
