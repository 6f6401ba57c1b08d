import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type {
  SchoolImportPreview,
  SchoolImportResult,
} from '../../../../shared/schemas/directory.ts';
import { issueSchema } from '../../../../shared/schemas/problem.ts';
import { ApiError } from '../../../api/api-error.ts';
import { importSchoolFile, previewSchoolImport } from '../../../api/directory-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { saveFile } from '../../../lib/save-file.ts';
import { useFailureText } from '../../../lib/use-failure-text.ts';
import { useRequest } from '../../../lib/use-request.ts';
import { issueText } from './import-issues.ts';
import { ImportPreview } from './import-preview.tsx';
import { schoolTemplateCsv } from './school-template.ts';

interface SchoolImportProps {
  token: string;
  online: boolean;
  onImported: () => void;
  onClose: () => void;
}

const issuesSchema = z.array(issueSchema);

/** The lines the server named when it refused the import. */
function refusedLines(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const issues = issuesSchema.safeParse(error.problem?.details?.issues);
  return issues.success ? issues.data.map(issueText) : [];
}

/** Reads the chosen file once: the import sends exactly what the preview showed. */
async function heldCopy(file: File): Promise<File> {
  return new File([await file.arrayBuffer()], file.name, { type: file.type });
}

/**
 * Importing schools from CSV or XLSX: a file is checked by the server first
 * (nothing written) and imported only when every line is right.
 */
export function SchoolImport({ token, online, onImported, onClose }: SchoolImportProps) {
  const { t } = useTranslation();
  const id = useId();
  const failureText = useFailureText();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<SchoolImportPreview>();
  const [result, setResult] = useState<SchoolImportResult>();
  const request = useRequest();

  const check = async (chosen: File) => {
    setPreview(await request.run(() => previewSchoolImport(token, chosen)));
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // Choosing the same file again (after fixing it) must be noticed too.
    event.target.value = '';
    setPreview(undefined);
    setResult(undefined);
    if (!chosen) return;
    const copy = await request.run(() => heldCopy(chosen));
    setFile(copy);
    if (copy) await check(copy);
  };
  const submit = async () => {
    if (!file) return;
    const done = await request.run(() => importSchoolFile(token, file));
    if (!done) return;
    setResult(done);
    setPreview(undefined);
    setFile(undefined);
    onImported();
  };
  const refused = refusedLines(request.error);

  return (
    <section className="card directory-panel" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('directory.import.title')}
      </h2>
      <p className="field__hint directory-panel__hint">{t('directory.import.hint')}</p>
      <div className="directory-buttons">
        <button
          type="button"
          className="button"
          onClick={() =>
            saveFile(
              new Blob([schoolTemplateCsv()], { type: 'text/csv' }),
              t('directory.import.templateFile'),
            )
          }
        >
          {t('directory.import.template')}
        </button>
      </div>
      <div className="field directory-file">
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('directory.import.choose')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          className="field__input"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={request.busy}
          onChange={(event) => void choose(event)}
        />
      </div>
      {request.busy && !preview && <p role="status">{t('directory.import.checking')}</p>}
      {request.error !== undefined && (
        <Notice tone="error">
          <p className="directory-notice__text">
            {refused.length > 0 ? t('directory.import.refused') : failureText(request.error)}
          </p>
          {refused.length > 0 && (
            <ul className="directory-issues">
              {refused.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {file && !preview && (
            <button type="button" className="button" onClick={() => void check(file)}>
              {t('directory.retry')}
            </button>
          )}
        </Notice>
      )}
      {result && <Notice tone="success">{t('directory.import.done', result)}</Notice>}
      {preview && file && <ImportPreview preview={preview} fileName={file.name} />}
      <div className="directory-buttons">
        {preview && (
          <button
            type="button"
            className="button button--primary"
            disabled={!preview.canImport || request.busy || !online}
            onClick={() => void submit()}
          >
            {request.busy ? t('directory.import.importing') : t('directory.import.submit')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('directory.close')}
        </button>
      </div>
    </section>
  );
}
