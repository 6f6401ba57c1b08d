import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { School } from '../../../../shared/schemas/school.ts';
import { fetchSchools } from '../../../api/schools-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { startDirectoryPull } from '../../../sync/directory-pull-state.ts';
import { useDirectoryContext } from '../directory-context.ts';
import { LoadState } from '../load-state.tsx';
import { useServerData } from '../use-server-data.ts';
import { SchoolForm } from './school-form.tsx';
import { SchoolImport } from './school-import.tsx';
import { sortSchools } from '../../../lib/school-search.ts';
import { SchoolTable } from './school-table.tsx';

/** Which panel is open above the list: a new school, a school being changed, the import. */
type Panel = { kind: 'new' } | { kind: 'edit'; school: School } | { kind: 'import' };

const loadSchools = async (token: string) => sortSchools(await fetchSchools(token));

/** The schools tab: the list, a school's form, the import from a file. */
export function SchoolsTab() {
  const { t } = useTranslation();
  const { token, online } = useDirectoryContext();
  const schools = useServerData(loadSchools, token, online);
  const [panel, setPanel] = useState<Panel>();
  const [done, setDone] = useState<string>();
  const open = (next: Panel) => {
    setPanel(next);
    setDone(undefined);
  };
  const saved = (school: School, created: boolean) => {
    schools.update((list) =>
      sortSchools(created ? [...list, school] : list.map((s) => (s.id === school.id ? school : s))),
    );
    // The rest of the app (visits, plans) reads the directory on the device.
    startDirectoryPull();
    setPanel(undefined);
    const key = created ? 'directory.schools.created' : 'directory.schools.updated';
    setDone(t(key, { name: school.shortName }));
  };
  const imported = () => {
    schools.reload();
    startDirectoryPull();
  };

  return (
    <>
      <div className="directory-buttons directory-toolbar">
        <button
          type="button"
          className="button button--primary"
          aria-expanded={panel?.kind === 'new'}
          onClick={() => open({ kind: 'new' })}
        >
          {t('directory.schools.add')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={panel?.kind === 'import'}
          onClick={() => open({ kind: 'import' })}
        >
          {t('directory.import.title')}
        </button>
      </div>
      {done && <Notice tone="success">{done}</Notice>}
      {panel?.kind === 'import' && (
        <SchoolImport
          token={token}
          online={online}
          onImported={imported}
          onClose={() => setPanel(undefined)}
        />
      )}
      {(panel?.kind === 'new' || panel?.kind === 'edit') && (
        <SchoolForm
          key={panel.kind === 'edit' ? panel.school.id : 'new'}
          school={panel.kind === 'edit' ? panel.school : undefined}
          token={token}
          online={online}
          onSaved={saved}
          onCancel={() => setPanel(undefined)}
        />
      )}
      <LoadState source={schools} online={online} />
      {schools.data && (
        <SchoolTable schools={schools.data} onEdit={(school) => open({ kind: 'edit', school })} />
      )}
    </>
  );
}
