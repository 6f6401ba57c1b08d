import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistVersion } from '../../../../shared/schemas/checklist-version.ts';
import { fetchChecklistVersions } from '../../../api/checklists-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { useDirectoryContext } from '../directory-context.ts';
import { LoadState } from '../load-state.tsx';
import { useServerData } from '../use-server-data.ts';
import { ChecklistImport } from './checklist-import.tsx';
import { VersionsList } from './versions-list.tsx';

/** By checklist, then the newest version first. */
function sortVersions(versions: readonly ChecklistVersion[]): ChecklistVersion[] {
  return [...versions].sort(
    (a, b) => a.checklistId.localeCompare(b.checklistId) || b.version - a.version,
  );
}

const loadVersions = async (token: string) => sortVersions(await fetchChecklistVersions(token));

/** «Чек-листы»: the versions, their JSON files, drafts imported, published or removed. */
export function ChecklistsTab() {
  const { t } = useTranslation();
  const { token, online } = useDirectoryContext();
  const versions = useServerData(loadVersions, token, online);
  const [done, setDone] = useState<string>();
  const changed = (message: string) => {
    setDone(message);
    versions.reload();
  };
  return (
    <>
      <ChecklistImport token={token} online={online} onImported={changed} />
      {done && <Notice tone="success">{done}</Notice>}
      <h2 className="directory-heading">{t('directory.checklists.title')}</h2>
      <LoadState source={versions} online={online} />
      {versions.data &&
        (versions.data.length === 0 ? (
          <p className="empty">{t('directory.checklists.empty')}</p>
        ) : (
          <>
            <p className="list-count">
              {t('directory.checklists.count', { count: versions.data.length })}
            </p>
            <VersionsList
              versions={versions.data}
              token={token}
              online={online}
              onChanged={changed}
            />
          </>
        ))}
    </>
  );
}
