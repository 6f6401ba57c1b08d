import { useTranslation } from 'react-i18next';
import type { ChecklistVersion } from '../../../../shared/schemas/checklist-version.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { VersionActions } from './version-actions.tsx';

interface VersionsListProps {
  versions: readonly ChecklistVersion[];
  token: string;
  online: boolean;
  onChanged: (message: string) => void;
}

/** When and by whom a version was published, or uploaded while it is a draft. */
function History({ version }: { version: ChecklistVersion }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const who = (person: ChecklistVersion['createdBy']) =>
    person?.fullName ?? t('directory.checklists.builtIn');
  const published = version.publishedAt;
  return (
    <p className="version-card__history">
      {published === null
        ? t('directory.checklists.createdBy', {
            when: formatDateTime(version.createdAt, language),
            who: who(version.createdBy),
          })
        : t('directory.checklists.publishedBy', {
            when: formatDateTime(published, language),
            who: who(version.publishedBy),
          })}
    </p>
  );
}

/** Every version the district keeps, one card each: checklist, number, state, history, actions. */
export function VersionsList({ versions, token, online, onChanged }: VersionsListProps) {
  const { t } = useTranslation();
  return (
    <ul className="version-list">
      {versions.map((version) => (
        <li key={`${version.checklistId}/${String(version.version)}`} className="version-card">
          <div className="version-card__head">
            <h3 className="version-card__title">
              {version.title}
              <span className="directory-table__meta directory-table__code">
                {version.checklistId}
              </span>
            </h3>
            <p className="version-card__state">
              {t('directory.checklists.versionNumber', { version: version.version })}{' '}
              <span className={`directory-badge directory-badge--${version.status}`}>
                {t(`directory.checklists.statuses.${version.status}`)}
              </span>
            </p>
          </div>
          <History version={version} />
          <VersionActions version={version} token={token} online={online} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}
