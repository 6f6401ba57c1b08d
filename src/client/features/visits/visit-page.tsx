import { managesDistrict } from '../../../shared/district-roles.ts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { useSession } from '../../db/live-queries.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useVisitOnDevice } from './use-visit-on-device.ts';
import { VisitMissing } from './visit-missing.tsx';
import { VisitWorkspace } from './visit-workspace.tsx';

export function VisitPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const loaded = useVisitOnDevice(visitId);
  const session = useSession();
  useFirstScreenMark();

  if (loaded.state === 'loading') return <Loading label={t('common.loading')} />;
  if (loaded.state !== 'ready') return <VisitMissing reason={loaded.state} />;
  return (
    <VisitWorkspace
      visit={loaded.visit}
      schoolName={loaded.school?.shortName ?? ''}
      definition={loaded.definition}
      answers={loaded.answers}
      userId={session?.user.id ?? ''}
      managesDistrict={managesDistrict(session?.user.role)}
    />
  );
}
