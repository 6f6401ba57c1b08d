import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { actionsTable } from './actions-table.ts';
import type { CellValue } from './cell-values.ts';
import { answersTable, type AnswersPassHook } from './answers-table.ts';
import { tableRows, type TableRows } from './checklist-table.ts';
import type { ExportContext } from './export-context.ts';
import { TableSpool } from './table-spool.ts';
import { tableSpecs } from './table-specs.ts';
import { visitsTable } from './visits-table.ts';
import { XlsxWorkbook } from './xlsx-writer.ts';

/** A checklist table whose rows are collected during the answers' pass. */
interface SpooledTable {
  rows: TableRows;
  spool: TableSpool;
  /** This page's rows, appended to the spool when the page is done. */
  pending: CellValue[][];
}

async function spooledTables(context: ExportContext, dir: string): Promise<SpooledTable[]> {
  const tables: { name: string; rows: TableRows }[] = [];
  for (const [name, spec] of Object.entries(tableSpecs)) {
    tables.push({ name, rows: await tableRows(context, spec) });
  }
  return tables.map(({ name, rows }) => ({
    rows,
    spool: new TableSpool(path.join(dir, `${name}.jsonl`)),
    pending: [],
  }));
}

/** Collects each visit's table rows, and appends them to the spools after each page. */
function spoolingHook(tables: readonly SpooledTable[]): AnswersPassHook {
  return {
    visit: (visit, layout) => {
      for (const table of tables) table.pending.push(...table.rows.rowsOf(visit, layout));
    },
    flush: async () => {
      for (const table of tables) await table.spool.append(table.pending.splice(0));
    },
  };
}

/**
 * Runs `work` with a spool for each checklist table, in a temporary folder
 * removed as soon as the work is done (before the workbook's last sheet, so
 * that nothing is left behind once the download has ended).
 */
async function withSpools(
  context: ExportContext,
  work: (tables: readonly SpooledTable[]) => Promise<void>,
): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'inspektor-export-'));
  const tables: SpooledTable[] = [];
  try {
    tables.push(...(await spooledTables(context, dir)));
    await work(tables);
  } finally {
    for (const { spool } of tables) spool.discard();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The workbook, sheet after sheet: «Посещения», «Ответы», the checklist
 * tables, «Меры». The tables' rows are worked out in the answers' pass (the
 * same visits with the same answers) and kept in temporary files until their
 * sheets come: reading a district's answers is most of an export's time.
 */
export async function writeWorkbook(output: Writable, context: ExportContext): Promise<void> {
  const book = new XlsxWorkbook(output);
  await book.addTable(visitsTable(context));
  await withSpools(context, async (tables) => {
    await book.addTable(answersTable(context, spoolingHook(tables)));
    for (const { rows, spool } of tables) {
      await spool.close();
      await book.addTable({ sheet: rows.sheet, columns: rows.columns, pages: () => spool.pages() });
    }
  });
  await book.addTable(actionsTable(context));
  await book.finish();
}
