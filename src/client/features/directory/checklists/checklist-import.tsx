import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importChecklistDraft } from '../../../api/checklists-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { useFailureText } from '../../../lib/use-failure-text.ts';
import { useRequest } from '../../../lib/use-request.ts';
import { definitionIssueLines } from './definition-issues.ts';

interface ChecklistImportProps {
  token: string;
  online: boolean;
  /** The draft is on the server: the list is read again and `message` shown. */
  onImported: (message: string) => void;
}

/** A failure found on the device, worded already. */
class FileProblem extends Error {}

async function readJson(file: File, t: (key: 'notJson' | 'unreadable') => string) {
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new FileProblem(t('unreadable'));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FileProblem(t('notJson'));
  }
}

/** Loading a checklist definition (JSON) as a draft; what is wrong with it is listed. */
export function ChecklistImport({ token, online, onImported }: ChecklistImportProps) {
  const { t } = useTranslation();
  const id = useId();
  const failureText = useFailureText();
  const request = useRequest();
  const [fileName, setFileName] = useState('');

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    const answer = await request.run(async () => {
      const words = (key: 'notJson' | 'unreadable') =>
        t(`directory.checklists.${key}`, { file: file.name });
      return importChecklistDraft(token, await readJson(file, words));
    });
    if (!answer) return;
    const { checklist, replaced } = answer;
    const key = replaced ? 'importedReplaced' : 'imported';
    const params = { title: checklist.title, version: checklist.version };
    onImported(t(`directory.checklists.${key}`, params));
  };
  const error: unknown = request.error;
  const lines = definitionIssueLines(error);

  return (
    <section className="card directory-panel" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('directory.checklists.importTitle')}
      </h2>
      <p className="field__hint directory-panel__hint">{t('directory.checklists.importHint')}</p>
      <div className="field directory-file">
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('directory.checklists.importChoose')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          className="field__input"
          accept=".json,application/json"
          disabled={request.busy || !online}
          onChange={(event) => void choose(event)}
        />
      </div>
      {request.busy && <p role="status">{t('directory.checklists.importing')}</p>}
      {error !== undefined && (
        <Notice tone="error">
          <p className="directory-notice__text">
            {error instanceof FileProblem ? error.message : failureText(error)}
          </p>
          {lines.length > 0 && (
            <>
              <p className="directory-notice__text">
                {t('directory.checklists.importErrors', { file: fileName })}
              </p>
              <ul className="directory-issues">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </Notice>
      )}
    </section>
  );
}
