import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { csvDelimiters, exportDatasets } from '../../../shared/schemas/export.ts';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import { exportPath } from '../../api/exports-api.ts';
import { choiceOf, initialExportDraft, type ExportDraft } from './export-choice.ts';
import { ExportStatus } from './export-status.tsx';
import { useExportDownload } from './use-export-download.ts';

interface ExportFormProps {
  filter: ResultsFilter;
  token: string;
  online: boolean;
}

const formats = ['xlsx', 'csv', 'json'] as const;

/** Format, CSV table and delimiter, masking of staff names, and «Скачать». */
export function ExportForm({ filter, token, online }: ExportFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ExportDraft>(initialExportDraft);
  const { state, download } = useExportDownload(token);
  const datasetId = useId();
  const maskHintId = useId();
  const change = (part: Partial<ExportDraft>) => setDraft((before) => ({ ...before, ...part }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void download(exportPath(choiceOf(draft), filter, draft.maskStaff));
  };
  const working = state.state === 'working';
  return (
    <form className="export-form" onSubmit={submit}>
      <fieldset className="choice-group">
        <legend className="field__label">{t('dashboard.exports.format')}</legend>
        {formats.map((format) => (
          <label key={format} className="checkbox">
            <input
              type="radio"
              name="format"
              value={format}
              checked={draft.format === format}
              onChange={() => change({ format })}
            />
            {t(`dashboard.exports.formats.${format}`)}
          </label>
        ))}
      </fieldset>
      {draft.format === 'csv' && (
        <div className="export-form__csv">
          <div className="field">
            <label className="field__label" htmlFor={datasetId}>
              {t('dashboard.exports.dataset')}
            </label>
            <select
              id={datasetId}
              className="field__input"
              value={draft.dataset}
              onChange={(event) => {
                const dataset = exportDatasets.find((d) => d === event.target.value);
                if (dataset) change({ dataset });
              }}
            >
              {exportDatasets.map((dataset) => (
                <option key={dataset} value={dataset}>
                  {t(`dashboard.exports.datasets.${dataset}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="choice-group">
            <legend className="field__label">{t('dashboard.exports.delimiter')}</legend>
            {csvDelimiters.map((delimiter) => (
              <label key={delimiter} className="checkbox">
                <input
                  type="radio"
                  name="delimiter"
                  value={delimiter}
                  checked={draft.delimiter === delimiter}
                  onChange={() => change({ delimiter })}
                />
                {t(`dashboard.exports.delimiters.${delimiter}`)}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.maskStaff}
          onChange={(event) => change({ maskStaff: event.target.checked })}
          aria-describedby={maskHintId}
        />
        {t('dashboard.exports.mask')}
      </label>
      <p className="dash-section__hint" id={maskHintId}>
        {t('dashboard.exports.maskHint')}
      </p>
      <button type="submit" className="button button--primary" disabled={working || !online}>
        {t('dashboard.exports.download')}
      </button>
      <ExportStatus state={state} online={online} />
    </form>
  );
}
