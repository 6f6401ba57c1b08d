import { useTranslation } from 'react-i18next';
import { Loading } from '../components/loading.tsx';

/** The instant between the first paint and the first screen's data read from the device. */
export function StartingScreen() {
  const { t } = useTranslation();
  return (
    <div className="page page--centered">
      <Loading label={t('common.loading')} />
    </div>
  );
}
