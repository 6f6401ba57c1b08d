import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';

export function NetworkBadge() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <span
      className={online ? 'badge badge--online' : 'badge badge--offline'}
      title={online ? undefined : t('network.offlineExplained')}
      role="status"
    >
      {online ? t('network.online') : t('network.offline')}
    </span>
  );
}
