import { useEffect } from 'react';

export const FIRST_SCREEN_MARK = 'inspektor:first-screen';

/** Marks the first painted screen, once per page load (read by the benchmark). */
export function useFirstScreenMark(): void {
  useEffect(() => {
    if (performance.getEntriesByName(FIRST_SCREEN_MARK).length === 0) {
      requestAnimationFrame(() => performance.mark(FIRST_SCREEN_MARK));
    }
  }, []);
}
