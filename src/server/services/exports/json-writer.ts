import type { Writable } from 'node:stream';
import type { ExportContext } from './export-context.ts';
import { jsonFieldNotes } from './json-values.ts';
import { jsonVisit } from './json-visit.ts';
import { writeChunk } from './stream-drain.ts';
import { actionsByVisit } from './visit-actions.ts';
import { contentPages } from './visit-answers.ts';

/** The document's name and shape version, so that a reader knows what it holds. */
export const JSON_FORMAT = { name: 'inspektor-ezh/results', version: 1 };

/**
 * Writes the JSON document for machines: the filter, the time of export, and
 * the visits — each with its school, checklist, result, answers, table rows
 * and corrective actions, codes and labels side by side. The visits array is
 * written a page at a time; with no visits it is empty and the document valid.
 */
export async function writeJson(
  output: Writable,
  context: ExportContext,
  exportedAt: Date,
): Promise<void> {
  const head = {
    format: JSON_FORMAT,
    exportedAt: exportedAt.toISOString(),
    filter: context.filter,
    masked: context.masker.masked,
    notes: jsonFieldNotes,
  };
  await writeChunk(output, `${JSON.stringify(head).slice(0, -1)},"visits":[`);
  let separator = '\n';
  for await (const page of contentPages(context.db, context.filter, true)) {
    const ids = page.map(({ visit }) => visit.visitId);
    const actions = await actionsByVisit(context.db, ids);
    const parts: string[] = [];
    for (const { visit, answers } of page) {
      const layout = await context.layouts.get(visit.checklistId, visit.checklistVersion);
      const content = { answers, actions: actions.get(visit.visitId) ?? [] };
      parts.push(JSON.stringify(jsonVisit(context, visit, content, layout)));
    }
    await writeChunk(output, separator + parts.join(',\n'));
    separator = ',\n';
  }
  await writeChunk(output, ']}\n');
}
