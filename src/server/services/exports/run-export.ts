import { PassThrough, type Writable } from 'node:stream';
import type { ExportQuery } from '../../../shared/schemas/export.ts';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import type { User } from '../../../shared/schemas/user.ts';
import type { Db } from '../../db/port.ts';
import { countExportVisits } from '../../queries/export-records.ts';
import { recordAudit } from '../audit.ts';
import { ChecklistLayouts } from './checklist-layouts.ts';
import type { ExportContext } from './export-context.ts';
import { staffMasker } from './staff-masker.ts';
import { ExportAborted } from './stream-drain.ts';

/** Who asks for an export, what, and from where. */
export interface ExportRequest {
  user: User;
  query: ExportQuery;
  /** The app's address (`https://host`), for links to visits. */
  origin: string;
}

/** What the audit log says of an export besides the filter, masking and count. */
export interface ExportAuditDetails {
  format: 'xlsx' | 'csv' | 'json';
  dataset?: string;
  delimiter?: string;
}

function filterOf(query: ExportQuery): ResultsFilter {
  const { mask: _mask, ...filter } = query;
  return filter;
}

/**
 * Counts the visits the export will hold and writes the audit log entry (who,
 * which format and table, the filter, masked or not, how many visits) before
 * the first byte goes out, then gives the context the export is written with.
 */
export async function beginExport(
  db: Db,
  request: ExportRequest,
  audit: ExportAuditDetails,
): Promise<ExportContext> {
  const filter = filterOf(request.query);
  const masked = request.query.mask === 'staff';
  const visits = await countExportVisits(db, filter);
  await db.transaction((tx) =>
    recordAudit(tx, {
      userId: request.user.id,
      action: `export.${audit.format}`,
      details: { ...audit, filter, masked, visits },
    }),
  );
  return {
    db,
    filter,
    masker: staffMasker(masked),
    layouts: new ChecklistLayouts(db),
    origin: request.origin,
  };
}

/**
 * A stream the response reads while `produce` writes into it. When `produce`
 * fails the download breaks off (the file must not look complete); when the
 * person went away, it has already stopped.
 */
export function producedStream(
  produce: (output: Writable) => Promise<void>,
  onError: (error: unknown) => void,
  endWhenDone = true,
): PassThrough {
  const output = new PassThrough();
  produce(output).then(
    () => {
      if (endWhenDone) output.end();
    },
    (error: unknown) => {
      if (!(error instanceof ExportAborted)) onError(error);
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return output;
}
