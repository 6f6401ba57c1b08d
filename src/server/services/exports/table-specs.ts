import type { ExportDataset } from '../../../shared/schemas/export.ts';

/** Which table of which checklist an exported table holds, and which of its items name people. */
export interface TableSpec {
  sheet: string;
  checklistId: string;
  group: string;
  /** Row items holding the names of school staff (masked on request). */
  staffNames: readonly string[];
}

/** The tables of the built-in checklists, one sheet (or CSV file) each. */
export const tableSpecs = {
  roster: {
    sheet: 'Кадровый состав (ИКТ)',
    checklistId: 'ict-competence',
    group: 'roster',
    staffNames: ['person'],
  },
  sample: {
    sheet: 'Проверенные журналы',
    checklistId: 'journal-compliance',
    group: 'journal_sample',
    staffNames: ['journal_teacher'],
  },
  equipment: {
    sheet: 'Доп. оснащение',
    checklistId: 'readiness',
    group: 'equipment_needs',
    staffNames: [],
  },
} as const satisfies Partial<Record<ExportDataset, TableSpec>>;
