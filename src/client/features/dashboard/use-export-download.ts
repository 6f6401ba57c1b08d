import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadExport } from '../../api/exports-api.ts';
import { saveFile } from '../../lib/save-file.ts';

/** Where a download stands. */
export type ExportState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'saved'; fileName: string }
  | { state: 'failed'; failure: unknown };

/**
 * Downloads an export with the person's token and saves it; one at a time.
 * Leaving the screen stops a download under way.
 */
export function useExportDownload(token: string | undefined) {
  const [state, setState] = useState<ExportState>({ state: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(
    () => () => {
      running.current?.abort();
    },
    [],
  );
  const download = useCallback(
    async (path: string) => {
      if (token === undefined) return;
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ state: 'working' });
      try {
        const { blob, fileName } = await downloadExport(token, path, controller.signal);
        if (controller.signal.aborted) return;
        saveFile(blob, fileName);
        setState({ state: 'saved', fileName });
      } catch (failure) {
        if (!controller.signal.aborted) setState({ state: 'failed', failure });
      }
    },
    [token],
  );
  return { state, download };
}
