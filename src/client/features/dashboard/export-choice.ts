import type { CsvDelimiter, ExportDataset } from '../../../shared/schemas/export.ts';
import type { ExportChoice } from '../../api/exports-api.ts';

/** The export form's fields. */
export interface ExportDraft {
  format: ExportChoice['format'];
  dataset: ExportDataset;
  delimiter: CsvDelimiter;
  maskStaff: boolean;
}

/** Staff names are personal data: masked unless the person unticks it. */
export const initialExportDraft: ExportDraft = {
  format: 'xlsx',
  dataset: 'visits',
  delimiter: 'semicolon',
  maskStaff: true,
};

/** The export the form's fields ask for (the CSV fields count only for CSV). */
export function choiceOf(draft: ExportDraft): ExportChoice {
  return draft.format === 'csv'
    ? { format: 'csv', dataset: draft.dataset, delimiter: draft.delimiter }
    : { format: draft.format };
}
