import { useTranslation } from 'react-i18next';
import type { AcknowledgementDraft } from '../../db/completion-repository.ts';
import { LabelledDraft } from './controls/labelled-draft.tsx';
import { SignaturePad } from './controls/signature-pad.tsx';

interface AcknowledgementFormProps {
  draft: AcknowledgementDraft;
  onChange: (draft: AcknowledgementDraft) => void;
  onSignature: (canvas: HTMLCanvasElement | null) => void;
}

/** The school's representative: name, position, a finger signature or «ознакомлен», objections. */
export function AcknowledgementForm({ draft, onChange, onSignature }: AcknowledgementFormProps) {
  const { t } = useTranslation();
  const change = (fields: Partial<AcknowledgementDraft>) => onChange({ ...draft, ...fields });
  return (
    <fieldset className="acknowledgement">
      <legend className="acknowledgement__legend">{t('completion.acknowledgement')}</legend>
      <p className="question__help">{t('completion.acknowledgementHelp')}</p>
      <div className="action-card__row">
        <LabelledDraft
          label={t('completion.representative')}
          value={draft.name}
          maxLength={200}
          disabled={false}
          onChange={(name) => change({ name })}
        />
        <LabelledDraft
          label={t('completion.position')}
          value={draft.position}
          maxLength={200}
          disabled={false}
          onChange={(position) => change({ position })}
        />
      </div>
      {!draft.acquainted && (
        <SignaturePad
          label={t('completion.signatureArea')}
          disabled={false}
          onChange={onSignature}
        />
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.acquainted}
          onChange={(event) => change({ acquainted: event.target.checked })}
        />
        <span>{t('completion.acquainted')}</span>
      </label>
      <LabelledDraft
        label={t('completion.objections')}
        value={draft.objections}
        multiline
        maxLength={4000}
        disabled={false}
        onChange={(objections) => change({ objections })}
      />
    </fieldset>
  );
}
