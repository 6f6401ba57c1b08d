import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice.tsx';
import { appDatabase } from '../../db/app-database.ts';
import { exportUnsent } from '../../db/unsent-export.ts';
import { saveFile } from '../../lib/save-file.ts';
import { useLogout } from './use-logout.ts';

/** Saves what the server does not have yet as a file (the browser's download). */
async function saveUnsentToFile(): Promise<void> {
  const now = new Date();
  const file = await exportUnsent(appDatabase(), now);
  saveFile(file, `inspektor-ezh-neotpravleno-${now.toISOString().slice(0, 10)}.json`);
}

export function LogoutButton() {
  const { t } = useTranslation();
  const { logout, refusedUnsent } = useLogout();
  return (
    <div className="logout">
      <button type="button" className="button" onClick={() => void logout()}>
        {t('logout.button')}
      </button>
      {refusedUnsent !== undefined && (
        <Notice tone="error">
          <p>{t('logout.refused', { count: refusedUnsent })}</p>
          <button type="button" className="button" onClick={() => void saveUnsentToFile()}>
            {t('logout.exportUnsent')}
          </button>
        </Notice>
      )}
    </div>
  );
}
