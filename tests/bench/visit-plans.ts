import type { ChecklistDefinition } from '../../src/shared/checklist/definition-schema.ts';
import type { SimpleItem } from '../../src/shared/checklist/item-schema.ts';
import { conditionReferences } from '../../src/shared/checklist/references.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import { planVisitContent, type FillPlan, type VisitContent } from './visit-answers.ts';

/** More answers than this in every benchmark visit. */
const MIN_ANSWERS = 500;

/** One benchmark visit: a built-in checklist with its table filled. */
export interface VisitScenario {
  name: string;
  definition: ChecklistDefinition;
  content: VisitContent;
  /** The table's rows are at least this many, more while the visit has too few answers. */
  minRows: number;
  minAnswers: number;
  /** The section holding the table, where the answers are given. */
  tableSection: string;
  /** Items of a table row answered by one tap that hide or show nothing. */
  tapItems: string[];
}

const subjects = ['Русский язык', 'Математика', 'История', 'Физика', 'Биология', 'Английский язык'];

/**
 * The two checklists with tables. The ICT roster: every staff member a class
 * teacher trained at a seminar, so that the diary skill and the seminar date
 * are asked too. The journal sample: lessons by timetable above every other
 * count of the row, late entries, tests and substitutions present.
 */
export const fillPlans: Record<string, FillPlan> = {
  'ict-competence': {
    group: 'roster',
    minRows: 30,
    minAnswers: MIN_ANSWERS,
    overrides: {
      staff_total: (_row, rows) => rows + 4,
      person: (row) => `Т-${String(row + 1).padStart(2, '0')}`,
      position: () => 'class_teacher',
      subjects: (row) => subjects[row % subjects.length]!,
      trained: () => 'yes',
    },
  },
  'journal-compliance': {
    group: 'journal_sample',
    minRows: 20,
    minAnswers: MIN_ANSWERS,
    overrides: {
      pupils_total: () => 612,
      pupils_entered: () => 604,
      pupils_with_parents: () => 590,
      teachers_total: () => 48,
      teachers_entered: () => 47,
      data_changes_within_7_days: () => 'partly',
      weight_rules_exist: () => 'yes',
      journal_class: (row) => `${5 + (row % 7)}${'АБВ'[row % 3]!}`,
      journal_subject: (row) => subjects[row % subjects.length]!,
      lessons_by_timetable: (row) => 36 + (row % 5),
    },
  },
};

function rendersAsButtons(item: SimpleItem): boolean {
  if (item.kind === 'yes_no' || item.kind === 'skill') return true;
  return item.kind === 'choice' && !item.multiple && item.options.length <= 5;
}

function scenarioOf(definition: ChecklistDefinition, plan: FillPlan): VisitScenario {
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (item.kind !== 'repeat' || item.key !== plan.group) continue;
      const drivers = new Set(
        item.items.flatMap((inner) =>
          inner.visibleIf ? conditionReferences(inner.visibleIf).map((ref) => ref.key) : [],
        ),
      );
      return {
        name: definition.shortTitle,
        definition,
        content: planVisitContent(definition, plan),
        minRows: plan.minRows,
        minAnswers: plan.minAnswers,
        tableSection: section.key,
        tapItems: item.items
          .filter((inner) => rendersAsButtons(inner) && !drivers.has(inner.key))
          .map((inner) => inner.key),
      };
    }
  }
  throw new Error(`${definition.id} has no table ${plan.group}`);
}

/** The benchmark visits, in the order the checklists are offered. */
export function visitScenarios(): VisitScenario[] {
  return builtinChecklists.flatMap((definition) => {
    const plan = fillPlans[definition.id];
    return plan ? [scenarioOf(definition, plan)] : [];
  });
}
