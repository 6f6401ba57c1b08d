import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import type { School } from '../../../../shared/schemas/school.ts';
import { fetchSchools } from '../../../api/schools-api.ts';
import { fetchUsers } from '../../../api/users-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { useDirectoryContext } from '../directory-context.ts';
import { SelectField } from '../../../components/form-fields.tsx';
import { LoadState } from '../load-state.tsx';
import { sortSchools } from '../../../lib/school-search.ts';
import { sortUsers, withUser } from '../users/user-labels.ts';
import { useServerData } from '../use-server-data.ts';
import { CoverageEditor } from './coverage-editor.tsx';
import { CoverageSummary } from './coverage-summary.tsx';

const loadInspectors = async (token: string) =>
  sortUsers((await fetchUsers(token)).filter((user) => user.role === 'inspector'));
const loadSchools = async (token: string) => sortSchools(await fetchSchools(token));

interface ChooserProps {
  inspectors: readonly DirectoryUser[];
  schools: readonly School[];
  onSaved: (inspector: DirectoryUser) => void;
}

function InspectorChooser({ inspectors, schools, onSaved }: ChooserProps) {
  const { t } = useTranslation();
  const { token, online } = useDirectoryContext();
  const id = useId();
  const [chosenId, setChosenId] = useState('');
  const chosen = inspectors.find((inspector) => inspector.id === chosenId);
  if (inspectors.length === 0)
    return <p className="empty">{t('directory.coverage.noInspectors')}</p>;
  return (
    <section className="card directory-panel">
      <SelectField
        id={`${id}-inspector`}
        label={t('directory.coverage.inspector')}
        value={chosenId}
        placeholder={t('directory.coverage.chooseInspector')}
        options={inspectors.map((inspector) => ({
          value: inspector.id,
          label: inspector.fullName,
        }))}
        onChange={setChosenId}
      />
      {chosen && (
        <CoverageEditor
          key={chosen.id}
          inspector={chosen}
          schools={schools}
          token={token}
          online={online}
          onSaved={onSaved}
        />
      )}
    </section>
  );
}

/** «Закрепление школ»: which schools each inspector covers, and changing that. */
export function CoverageTab() {
  const { t } = useTranslation();
  const { token, online } = useDirectoryContext();
  const inspectors = useServerData(loadInspectors, token, online);
  const schools = useServerData(loadSchools, token, online);
  const [done, setDone] = useState<string>();
  const saved = (inspector: DirectoryUser) => {
    inspectors.update((list) => withUser(list, inspector));
    setDone(t('directory.coverage.saved', { name: inspector.fullName }));
  };
  return (
    <>
      <p className="page__subtitle">{t('directory.coverage.intro')}</p>
      {done && <Notice tone="success">{done}</Notice>}
      <LoadState source={inspectors} online={online} />
      {inspectors.data && <LoadState source={schools} online={online} />}
      {inspectors.data && schools.data && (
        <>
          <InspectorChooser inspectors={inspectors.data} schools={schools.data} onSaved={saved} />
          <CoverageSummary inspectors={inspectors.data} schools={schools.data} />
        </>
      )}
    </>
  );
}
