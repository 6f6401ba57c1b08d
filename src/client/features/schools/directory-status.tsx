import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice.tsx';
import { useDirectoryRefreshedAt } from '../../db/live-queries.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import type { PullState } from '../../sync/use-directory-pull.ts';

interface DirectoryStatusProps {
  state: PullState;
  onRefresh: () => void;
}

/**
 * When the directory was last refreshed, a refresh button, and why a refresh failed (an
 * expired sign-in is explained by the notice on every screen, not again here).
 */
export function DirectoryStatus({ state, onRefresh }: DirectoryStatusProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const online = useOnlineStatus();
  const refreshedAt = useDirectoryRefreshedAt();
  return (
    <div className="toolbar">
      <p className="toolbar__text">
        {refreshedAt
          ? t('schools.refreshedAt', { when: formatDateTime(refreshedAt, language) })
          : t('schools.neverRefreshed')}
      </p>
      <button
        type="button"
        className="button"
        onClick={onRefresh}
        disabled={!online || state.status === 'running'}
      >
        {state.status === 'running' ? t('schools.refreshing') : t('schools.refresh')}
      </button>
      {!online && <Notice tone="info">{t('schools.refreshNeedsNetwork')}</Notice>}
      {state.status === 'failed' && state.code !== 'unauthenticated' && (
        <Notice tone="error">
          {t('schools.refreshFailed', { reason: t(`problems.${state.code}`) })}
        </Notice>
      )}
    </div>
  );
}
