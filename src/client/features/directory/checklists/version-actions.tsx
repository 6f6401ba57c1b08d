import { useTranslation } from 'react-i18next';
import type { ChecklistVersion } from '../../../../shared/schemas/checklist-version.ts';
import {
  deleteChecklistDraft,
  downloadChecklistVersion,
  publishChecklistVersion,
} from '../../../api/checklists-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { ConfirmAction } from '../confirm-action.tsx';
import { saveFile } from '../../../lib/save-file.ts';
import { useFailureText } from '../../../lib/use-failure-text.ts';
import { useRequest } from '../../../lib/use-request.ts';

interface VersionActionsProps {
  version: ChecklistVersion;
  token: string;
  online: boolean;
  /** A change the server made: the list is read again and `message` shown. */
  onChanged: (message: string) => void;
}

/** A version's file download; a draft's publication and removal, each asked first. */
export function VersionActions({ version, token, online, onChanged }: VersionActionsProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const request = useRequest();
  const key = { checklistId: version.checklistId, version: version.version };
  const names = { title: version.title, version: version.version };
  const disabled = request.busy || !online;

  const download = async () => {
    const file = await request.run(() => downloadChecklistVersion(token, key));
    if (file) saveFile(file.blob, file.fileName);
  };
  const publish = async () => {
    if (await request.run(() => publishChecklistVersion(token, key))) {
      onChanged(t('directory.checklists.published', names));
    }
  };
  const remove = async () => {
    if (await request.run(() => deleteChecklistDraft(token, key))) {
      onChanged(t('directory.checklists.removed', names));
    }
  };

  return (
    <div className="directory-buttons version-card__actions">
      <button
        type="button"
        className="button"
        disabled={disabled}
        aria-label={t('directory.checklists.downloadOf', names)}
        onClick={() => void download()}
      >
        {t('directory.checklists.download')}
      </button>
      {version.status === 'draft' && (
        <>
          <ConfirmAction
            label={t('directory.checklists.publish')}
            accessibleLabel={t('directory.checklists.publishOf', names)}
            question={t('directory.checklists.publishConfirm', names)}
            confirmLabel={t('directory.checklists.publishYes')}
            disabled={disabled}
            onConfirm={() => void publish()}
          />
          <ConfirmAction
            label={t('directory.checklists.remove')}
            accessibleLabel={t('directory.checklists.removeOf', names)}
            question={t('directory.checklists.removeConfirm', names)}
            confirmLabel={t('directory.checklists.removeYes')}
            disabled={disabled}
            onConfirm={() => void remove()}
          />
        </>
      )}
      {request.error !== undefined && <Notice tone="error">{failureText(request.error)}</Notice>}
    </div>
  );
}
