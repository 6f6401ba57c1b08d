import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { csvDelimiters, exportDatasets } from '../../../shared/schemas/export.ts';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import { exportPath } from '../../api/exports-api.ts';
import { RadioGroup, SelectField } from '../../components/form-fields.tsx';
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
      <RadioGroup
        legend={t('dashboard.exports.format')}
        name="format"
        value={draft.format}
        options={formats.map((format) => ({
          value: format,
          label: t(`dashboard.exports.formats.${format}`),
        }))}
        onChange={(format) => change({ format })}
      />
      {draft.format === 'csv' && (
        <div className="export-form__csv">
          <SelectField
            id={datasetId}
            label={t('dashboard.exports.dataset')}
            value={draft.dataset}
            options={exportDatasets.map((dataset) => ({
              value: dataset,
              label: t(`dashboard.exports.datasets.${dataset}`),
            }))}
            onChange={(value) => {
              const dataset = exportDatasets.find((d) => d === value);
              if (dataset) change({ dataset });
            }}
          />
          <RadioGroup
            legend={t('dashboard.exports.delimiter')}
            name="delimiter"
            value={draft.delimiter}
            options={csvDelimiters.map((delimiter) => ({
              value: delimiter,
              label: t(`dashboard.exports.delimiters.${delimiter}`),
            }))}
            onChange={(delimiter) => change({ delimiter })}
          />
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
