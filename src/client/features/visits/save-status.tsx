import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../lib/create-store.ts';
import type { SaveState } from './use-write-tracker.ts';

const texts = {
  idle: '',
  saving: 'visits.saving',
  saved: 'visits.saved',
  failed: 'visits.saveFailed',
} as const;

/** «Сохранено на устройстве» once the last write is committed, announced to screen readers. */
export function SaveStatus({ state }: { state: Store<SaveState> }) {
  const { t } = useTranslation();
  const current = useSyncExternalStore(state.subscribe, state.get);
  const key = texts[current];
  return (
    <span
      className={current === 'failed' ? 'save-state save-state--failed' : 'save-state'}
      role="status"
      aria-live="polite"
    >
      {key ? t(key) : ''}
    </span>
  );
}
