import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/audit.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { auditDetailParts, knownAuditAction, type AuditWords } from './audit-phrases.ts';

function useAuditWords(): AuditWords {
  const { t } = useTranslation();
  return {
    word: (key) => t(`directory.audit.details.${key}`),
    role: (role) => t(`roles.${role}`),
    field: (name) => t(`directory.audit.details.fields.${name}`),
  };
}

function ActionCell({ action }: { action: string }) {
  const { t } = useTranslation();
  const known = knownAuditAction(action);
  if (known === undefined) return <span className="directory-table__code">{action}</span>;
  return <>{t(`directory.audit.actions.${known}`)}</>;
}

/** The audit log's lines: when, who, what, and the details in a few words. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const words = useAuditWords();
  return (
    <div className="directory-table-wrap">
      <table className="directory-table">
        <thead>
          <tr>
            <th scope="col">{t('directory.audit.columns.at')}</th>
            <th scope="col">{t('directory.audit.columns.who')}</th>
            <th scope="col">{t('directory.audit.columns.action')}</th>
            <th scope="col">{t('directory.audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="directory-table__nowrap">{formatDateTime(entry.at, language)}</td>
              <td>
                {entry.user ? (
                  <>
                    <span className="directory-table__main">{entry.user.fullName}</span>
                    <span className="directory-table__meta">{entry.user.login}</span>
                  </>
                ) : (
                  <span className="muted">{t('directory.audit.system')}</span>
                )}
              </td>
              <td>
                <ActionCell action={entry.action} />
              </td>
              <td>{auditDetailParts(entry.details, words).join('; ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
