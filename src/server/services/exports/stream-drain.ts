import type { Writable } from 'node:stream';

/** The person's download stopped (closed tab, lost network): the export stops too. */
export class ExportAborted extends Error {
  constructor() {
    super('Выгрузка прервана: получатель закрыл соединение.');
  }
}

/**
 * Resolves when `stream` can take more (at once if it can), so that a slow
 * reader slows the export down instead of it piling up in memory; rejects
 * with `ExportAborted` when the stream is closed first.
 */
export async function drained(stream: Writable): Promise<void> {
  if (stream.destroyed) throw new ExportAborted();
  if (!stream.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new ExportAborted());
    stream.on('drain', onDrain);
    stream.on('close', onClose);
  });
}

/** Writes a chunk and waits until the stream can take the next one. */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (stream.destroyed) throw new ExportAborted();
  stream.write(chunk);
  await drained(stream);
}
