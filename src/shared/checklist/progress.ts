import type { Answers } from './answer-schema.ts';
import type { DefinitionIndex } from './definition-index.ts';
import type { Section } from './definition-schema.ts';
import { scopeOf, type Scope } from './evaluate.ts';
import type { RepeatItem, SimpleItem } from './item-schema.ts';
import { rowAnswerKey } from './answer-keys.ts';
import { isAnswered, rowsNeeded } from './validation.ts';
import { visibleItems } from './visibility.ts';

export interface Progress {
  /** Visible required questions with an answer (or «не применимо»). */
  answeredRequired: number;
  required: number;
  /** Visible questions of any kind with an answer, and how many there are. */
  answered: number;
  total: number;
}

/** Where a required question without an answer is: an item key, or `group/rowId/item`. */
export interface Unanswered {
  section: string;
  path: string;
}

const asked = (item: SimpleItem) => item.kind !== 'computed';

function tally(items: readonly SimpleItem[], scope: Scope, into: Progress): void {
  for (const item of visibleItems(items, scope).filter(asked)) {
    const done = isAnswered(item, scope.answer(item.key));
    into.total += 1;
    if (done) into.answered += 1;
    if (item.required) {
      into.required += 1;
      if (done) into.answeredRequired += 1;
    }
  }
}

const noProgress = (): Progress => ({ answeredRequired: 0, required: 0, answered: 0, total: 0 });

/** Progress within one row of a table. */
export function rowProgress(group: RepeatItem, row: Scope): Progress {
  const progress = noProgress();
  tally(group.items, row, progress);
  return progress;
}

export function sectionProgress(section: Section, scope: Scope): Progress {
  const progress = noProgress();
  for (const item of visibleItems(section.items, scope)) {
    if (item.kind !== 'repeat') {
      tally([item], scope, progress);
      continue;
    }
    const rows = scope.rows(item.key);
    if (rows.length < rowsNeeded(item)) {
      progress.required += 1;
      progress.total += 1;
    }
    for (const row of rows) tally(item.items, row, progress);
  }
  return progress;
}

/** Progress of every section, in order. */
export function checklistProgress(index: DefinitionIndex, answers: Answers): Map<string, Progress> {
  const scope = scopeOf(answers, index.computed);
  return new Map(index.definition.sections.map((s) => [s.key, sectionProgress(s, scope)]));
}

/** Every required question still without an answer, in the order of the checklist. */
export function unansweredRequired(index: DefinitionIndex, answers: Answers): Unanswered[] {
  const scope = scopeOf(answers, index.computed);
  const out: Unanswered[] = [];
  for (const section of index.definition.sections) {
    for (const item of visibleItems(section.items, scope)) {
      if (item.kind !== 'repeat') {
        if (item.required && asked(item) && !isAnswered(item, scope.answer(item.key))) {
          out.push({ section: section.key, path: item.key });
        }
        continue;
      }
      const rows = scope.rows(item.key);
      if (rows.length < rowsNeeded(item)) out.push({ section: section.key, path: item.key });
      for (const row of rows) {
        for (const inner of visibleItems(item.items, row)) {
          if (inner.required && asked(inner) && !isAnswered(inner, row.answer(inner.key))) {
            const path = rowAnswerKey(item.key, row.rowId ?? '', inner.key);
            out.push({ section: section.key, path });
          }
        }
      }
    }
  }
  return out;
}
