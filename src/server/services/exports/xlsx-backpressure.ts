import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import { drained, ExportAborted } from './stream-drain.ts';

/** Bytes the workbook's pipeline may hold for a slow reader or a busy compressor. */
const BACKLOG = 1024 * 1024;

interface StreamState {
  _writableState?: { length?: unknown };
  _readableState?: { length?: unknown };
}

const lengthOf = (state: { length?: unknown } | undefined) =>
  typeof state?.length === 'number' ? state.length : 0;

const held = (stream: StreamState | undefined) =>
  lengthOf(stream?._writableState) + lengthOf(stream?._readableState);

/**
 * How far exceljs's streaming writer is behind, in bytes; `null` before the
 * zip has reached the sheet. The writer takes rows without ever saying
 * "wait": each sheet's XML goes into a buffer of its own, which the zip takes
 * in once it reaches the sheet (one file at a time) through a stream of its
 * own, compresses, and keeps in its output buffer whatever the reader's pace.
 * Reads internals; if exceljs changes them, this measures 0 and only the
 * response's own backpressure remains.
 */
function backlog(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet) {
  const { stream } = sheet as unknown as { stream?: { pipes?: unknown } };
  const pipes = stream?.pipes;
  if (Array.isArray(pipes) && pipes.length === 0) return null;
  const inputs = Array.isArray(pipes) ? (pipes as StreamState[]) : [];
  const { zip } = book as unknown as { zip?: StreamState };
  return inputs.reduce((sum, input) => sum + held(input), held(zip));
}

/**
 * Waits until what has been written into the sheet has moved on towards the
 * reader — the zip has reached the sheet and holds less than a megabyte — and
 * the response can take more. A slow download (or a busy compressor) thus
 * holds back the next page of visits instead of the district piling up.
 */
export async function sheetDrained(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExcelJS.Worksheet,
  output: Writable,
): Promise<void> {
  for (;;) {
    if (output.destroyed) throw new ExportAborted();
    const behind = backlog(book, sheet);
    if (behind !== null && behind <= BACKLOG) return drained(output);
    if (output.writableNeedDrain) await drained(output);
    else await sleep(2);
  }
}
