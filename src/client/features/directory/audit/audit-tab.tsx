import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice.tsx';
import { useDirectoryContext } from '../directory-context.ts';
import { LoadState } from '../load-state.tsx';
import { useFailureText } from '../../../lib/use-failure-text.ts';
import { AuditTable } from './audit-table.tsx';
import { useAuditLog } from './use-audit-log.ts';

/** «Журнал действий»: the newest lines first, older ones page by page. */
export function AuditTab() {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const { token, online } = useDirectoryContext();
  const log = useAuditLog(token, online);
  return (
    <>
      <p className="page__subtitle">{t('directory.audit.intro')}</p>
      <LoadState source={log.first} online={online} />
      {log.first.data &&
        (log.entries.length === 0 ? (
          <p className="empty">{t('directory.audit.empty')}</p>
        ) : (
          <AuditTable entries={log.entries} />
        ))}
      {log.more.error !== undefined && <Notice tone="error">{failureText(log.more.error)}</Notice>}
      {log.first.data && log.entries.length > 0 && (
        <div className="directory-buttons">
          {log.hasMore ? (
            <button
              type="button"
              className="button"
              disabled={log.more.busy || !online}
              onClick={() => void log.loadMore()}
            >
              {log.more.busy ? t('directory.audit.loadingMore') : t('directory.audit.more')}
            </button>
          ) : (
            <p className="muted">{t('directory.audit.end')}</p>
          )}
        </div>
      )}
    </>
  );
}
