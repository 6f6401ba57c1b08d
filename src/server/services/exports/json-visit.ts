import type { Answers } from '../../../shared/checklist/answer-schema.ts';
import type { CorrectiveAction } from '../../../shared/schemas/visit.ts';
import type { ExportVisitRow } from '../../queries/export-records.ts';
import type { ChecklistLayout } from './checklist-layouts.ts';
import type { ExportContext } from './export-context.ts';
import { jsonTables } from './json-tables.ts';
import { jsonAnswer, scorePercent } from './json-values.ts';
import { recordedItems } from './recorded-items.ts';
import {
  actionStatusLabels,
  kindLabels,
  labelOf,
  levelLabels,
  statusLabels,
} from './value-labels.ts';
import { visitPeople } from './visit-people.ts';

type Mask = (name: string) => string;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function jsonAction(action: CorrectiveAction, mask: Mask) {
  return {
    id: action.id,
    what: action.what,
    responsible: mask(action.responsible),
    deadline: action.deadline === '' ? null : action.deadline,
    status: action.status,
    statusText: labelOf(actionStatusLabels, action.status),
    comment: action.comment,
    followedUpIn: action.followedUpIn,
  };
}

function jsonItems(layout: ChecklistLayout, answers: Answers) {
  return recordedItems(layout, answers).map(({ top, answer, cell, score }) => ({
    item: top.item.key,
    section: top.section,
    label: top.item.label,
    ...jsonAnswer(answer, cell),
    score: scorePercent(score),
  }));
}

/** One visit of the JSON document: codes and their Russian words side by side. */
export function jsonVisit(
  context: ExportContext,
  visit: ExportVisitRow,
  content: { answers: Answers; actions: readonly CorrectiveAction[] },
  layout: ChecklistLayout | null,
) {
  const mask: Mask = (name) => context.masker.name(visit.schoolId, name);
  const { author, commission, acknowledgement } = visitPeople(visit, context.masker);
  return {
    id: visit.visitId,
    date: visit.date,
    status: visit.status,
    statusText: labelOf(statusLabels, visit.status),
    kind: visit.kind,
    kindText: labelOf(kindLabels, visit.kind),
    school: { id: visit.schoolId, shortName: visit.schoolName, name: visit.schoolFullName },
    checklist: {
      id: visit.checklistId,
      version: visit.checklistVersion,
      title: layout?.definition.title ?? null,
    },
    result: {
      percent: visit.percent === null ? null : scorePercent(visit.percent / 100),
      level: visit.level,
      levelText: visit.level === null ? null : labelOf(levelLabels, visit.level),
    },
    author,
    commission,
    findings: text(visit.record?.findings),
    recommendations: text(visit.record?.recommendations),
    acknowledgement: acknowledgement && {
      name: acknowledgement.name,
      position: acknowledgement.position,
      signed: acknowledgement.signature !== null,
      objections: acknowledgement.objections,
      at: acknowledgement.at,
    },
    answers: layout ? jsonItems(layout, content.answers) : [],
    tables: layout ? jsonTables(layout, content.answers, mask) : [],
    actions: content.actions.map((action) => jsonAction(action, mask)),
  };
}
