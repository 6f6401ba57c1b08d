import {
  checklistDefinitionSchema,
  type ChecklistDefinition,
} from '../checklist/definition-schema.ts';
import { ictCompetenceV1 } from './ict-competence-v1.ts';
import { journalComplianceV1 } from './journal-compliance-v1.ts';
import { readinessV1 } from './readiness-v1.ts';

/** The three checklists every installation starts with, in the order they are offered. */
export const builtinChecklists: readonly ChecklistDefinition[] = [
  readinessV1,
  ictCompetenceV1,
  journalComplianceV1,
].map((input) => checklistDefinitionSchema.parse(input));

export function findBuiltinChecklist(id: string, version: number): ChecklistDefinition | undefined {
  return builtinChecklists.find((c) => c.id === id && c.version === version);
}
