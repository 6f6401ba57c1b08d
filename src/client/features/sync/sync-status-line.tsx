import { useTranslation } from 'react-i18next';
import { useLastSyncedAt, usePhotosWaiting } from '../../db/live-queries.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { NetworkBadge } from './network-badge.tsx';
import { syncNow } from '../../sync/sync-coordinator.ts';
import { useSyncState, useSyncTriggers } from '../../sync/use-sync-triggers.ts';

/**
 * Online or not, what waits to be sent, when the last sync succeeded, and what
 * went wrong. It also starts the syncs (mounted once, under the top bar): an
 * answer then re-renders this line alone, not the screen around it.
 */
export function SyncStatusLine() {
  const { t } = useTranslation();
  const language = useLanguage();
  const online = useOnlineStatus();
  const photos = usePhotosWaiting() ?? 0;
  const lastSyncedAt = useLastSyncedAt();
  const state = useSyncState();
  const unsent = useSyncTriggers() ?? 0;
  const rejected = state.lastReport?.rejected ?? 0;
  // A device's first sync brings everything the person may see: it says so, and counts.
  const progressText = () => {
    const first = lastSyncedAt === null;
    if (state.received === 0) return first ? t('sync.firstPull') : t('sync.syncing');
    const key = first ? 'sync.firstPullReceived' : 'sync.received';
    return t(key, { count: state.received });
  };

  return (
    <section className="sync-line" aria-label={t('sync.label')} data-testid="sync-status">
      <NetworkBadge />
      <span data-testid="sync-unsent">
        {unsent > 0 ? t('sync.waiting', { count: unsent }) : t('sync.allSent')}
      </span>
      {photos > 0 && <span data-testid="sync-photos">{t('sync.photos', { count: photos })}</span>}
      {state.running ? (
        <span data-testid="sync-progress">{progressText()}</span>
      ) : (
        <span data-testid="sync-last">
          {lastSyncedAt
            ? t('sync.lastSynced', { when: formatDateTime(lastSyncedAt, language) })
            : t('sync.neverSynced')}
        </span>
      )}
      {state.lastError && !state.running && (
        <span className="sync-line__error" data-testid="sync-error">
          {t('sync.failed', { reason: t(`problems.${state.lastError}`) })}
          {state.retryInMs > 0 &&
            ` ${t('sync.retryIn', { seconds: Math.round(state.retryInMs / 1000) })}`}
        </span>
      )}
      {rejected > 0 && (
        <span className="sync-line__error">{t('sync.rejected', { count: rejected })}</span>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={state.running || !online}
        onClick={() => void syncNow('button')}
      >
        {state.running ? t('sync.syncing') : t('sync.syncNow')}
      </button>
    </section>
  );
}
