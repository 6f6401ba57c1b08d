import { useTranslation } from 'react-i18next';
import { failureCodeOf } from '../../api/api-error.ts';
import { Notice } from '../../components/notice.tsx';
import type { ExportState } from './use-export-download.ts';

/** What the download is doing, read out as it changes. */
export function ExportStatus({ state, online }: { state: ExportState; online: boolean }) {
  const { t } = useTranslation();
  if (!online) return <Notice tone="warning">{t('dashboard.exports.offline')}</Notice>;
  switch (state.state) {
    case 'idle':
      return null;
    case 'working':
      return (
        <p className="export-form__status" role="status">
          <span className="dash-spinner" aria-hidden="true" /> {t('dashboard.exports.preparing')}
        </p>
      );
    case 'saved':
      return (
        <Notice tone="success">{t('dashboard.exports.saved', { name: state.fileName })}</Notice>
      );
    case 'failed':
      return (
        <Notice tone="error">
          {t('dashboard.exports.failed', {
            reason: t(`problems.${failureCodeOf(state.failure)}`),
          })}
        </Notice>
      );
  }
}
