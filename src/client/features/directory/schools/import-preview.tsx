import { useTranslation } from 'react-i18next';
import type { SchoolImportPreview } from '../../../../shared/schemas/directory.ts';
import { Notice } from '../../../components/notice.tsx';
import { rowIssueText } from './import-issues.ts';

/** Line by line, what importing the file would do, and whether it can be imported. */
export function ImportPreview({
  preview,
  fileName,
}: {
  preview: SchoolImportPreview;
  fileName: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="import-preview">
      <h3 className="import-preview__title">
        {t('directory.import.previewTitle', { file: fileName })}
      </h3>
      <p className="muted">{t('directory.import.nothingWritten')}</p>
      <p className="import-preview__counts">{t('directory.import.counts', preview.counts)}</p>
      {preview.fileErrors.length > 0 && (
        <Notice tone="error">
          <p className="directory-notice__text">{t('directory.import.fileErrors')}</p>
          <ul className="directory-issues">
            {preview.fileErrors.map((issue) => (
              <li key={`${issue.path}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      {preview.rows.length > 0 && (
        <div className="directory-table-wrap">
          <table className="directory-table">
            <thead>
              <tr>
                <th scope="col">{t('directory.import.columns.row')}</th>
                <th scope="col">{t('directory.import.columns.school')}</th>
                <th scope="col">{t('directory.import.columns.action')}</th>
                <th scope="col">{t('directory.import.columns.errors')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row} className={row.action === 'invalid' ? 'is-invalid' : undefined}>
                  <td>{row.row}</td>
                  <td>
                    {row.school ? (
                      <>
                        <span className="directory-table__main">{row.school.shortName}</span>
                        <span className="directory-table__meta">{row.school.name}</span>
                      </>
                    ) : (
                      <span className="muted">{t('directory.import.noName')}</span>
                    )}
                  </td>
                  <td>
                    <span className={`directory-badge directory-badge--${row.action}`}>
                      {t(`directory.import.actions.${row.action}`)}
                    </span>
                  </td>
                  <td>
                    {row.errors.length === 0 ? (
                      '—'
                    ) : (
                      <ul className="directory-issues directory-issues--cell">
                        {row.errors.map((issue) => (
                          <li key={`${issue.path}-${issue.message}`}>{rowIssueText(issue)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.canImport ? (
        <Notice tone="success">{t('directory.import.canImport')}</Notice>
      ) : (
        <Notice tone="warning">{t('directory.import.cannotImport')}</Notice>
      )}
    </div>
  );
}
