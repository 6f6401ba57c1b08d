import { useTranslation } from 'react-i18next';
import { roadMapStages } from '../../../shared/plans/road-map.ts';
import type { FieldIssues } from '../../lib/field-issues.ts';
import { InputField, SelectField } from '../../components/form-fields.tsx';
import type { RoundDraft } from './round-draft.ts';

interface RoundBasicsProps {
  id: string;
  draft: RoundDraft;
  update: (patch: Partial<RoundDraft>) => void;
  chooseStage: (key: string) => void;
  issues: FieldIssues;
}

/** What the round is and when: the road-map stage (or one's own title), the period, visits a day. */
export function RoundBasics({ id, draft, update, chooseStage, issues }: RoundBasicsProps) {
  const { t } = useTranslation();
  const stage = roadMapStages.find((candidate) => candidate.key === draft.stageKey);
  return (
    <>
      <SelectField
        id={`${id}-stage`}
        label={t('plans.round.stage')}
        value={draft.stageKey}
        onChange={chooseStage}
        placeholder={t('plans.round.ownStage')}
        options={roadMapStages.map((s) => ({ value: s.key, label: s.title }))}
        hint={stage && t('plans.round.stageSource', { source: stage.source })}
      />
      <InputField
        id={`${id}-title`}
        label={t('plans.round.name')}
        value={draft.round}
        onChange={(round) => update({ round })}
        error={issues.byField.round}
      />
      <div className="plan-form__grid">
        <InputField
          id={`${id}-from`}
          type="date"
          label={t('plans.round.from')}
          value={draft.from}
          onChange={(from) => update({ from })}
          error={issues.byField.from}
        />
        <InputField
          id={`${id}-to`}
          type="date"
          label={t('plans.round.to')}
          value={draft.to}
          onChange={(to) => update({ to })}
          error={issues.byField.to}
        />
        <InputField
          id={`${id}-per-day`}
          type="number"
          label={t('plans.round.perDay')}
          value={draft.perDay}
          onChange={(perDay) => update({ perDay })}
          error={issues.byField.perDay}
        />
      </div>
    </>
  );
}
