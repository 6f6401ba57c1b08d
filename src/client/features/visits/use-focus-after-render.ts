import { useEffect, useRef } from 'react';

/** Scrolls to a question and focuses its field; `false` while it is not on the screen. */
function focusQuestion(elementId: string): boolean {
  const target = document.getElementById(elementId);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  // A table short of rows has no field yet: its «добавить» button takes the focus.
  target
    .querySelector<HTMLElement>('input, select, textarea, .repeat-group__add')
    ?.focus({ preventScroll: true });
  return true;
}

/**
 * Moves the focus to a question once it is on the screen: switching sections
 * and opening a row render later than the click that asked for them.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current !== null && focusQuestion(pending.current)) pending.current = null;
  });
  return (elementId: string) => {
    pending.current = elementId;
    // Already on the screen (same section, row open): no render follows, so look next frame.
    requestAnimationFrame(() => {
      if (pending.current === elementId && focusQuestion(elementId)) pending.current = null;
    });
  };
}
