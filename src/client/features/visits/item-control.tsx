import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../shared/checklist/answer-schema.ts';
import type { SimpleItem } from '../../../shared/checklist/item-schema.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ChoiceButtons, type ButtonOption } from './controls/choice-buttons.tsx';
import { DraftInput } from './controls/draft-input.tsx';
import { numberAsTyped, parseTypedNumber } from './number-text.ts';
import { answerOptions } from './answer-options.ts';

export interface ControlProps {
  item: SimpleItem;
  inputId: string;
  labelId: string;
  answer: Answer | undefined;
  disabled: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (answer: Answer) => void;
}

const NA = '__na';

/** Keeps the note and photos of an answer when its value changes. */
function withValue(answer: Answer | undefined, value: Answer['value']): Answer {
  const { na: _na, value: _old, ...rest } = answer ?? {};
  return value === undefined ? rest : { ...rest, value };
}

function withNa(answer: Answer | undefined): Answer {
  const { value: _old, ...rest } = answer ?? {};
  return { ...rest, na: true };
}

function useButtonOptions(item: SimpleItem): ButtonOption[] | null {
  const { t } = useTranslation();
  const na = 'allowNa' in item && item.allowNa ? [{ value: NA, label: t('visits.na') }] : [];
  const buttons =
    item.kind === 'yes_no' ||
    item.kind === 'skill' ||
    (item.kind === 'choice' && !item.multiple && item.options.length <= 5);
  return buttons ? [...answerOptions(item, t), ...na] : null;
}

/** The input for one question, by its kind. */
export function ItemControl(props: ControlProps) {
  const { item, answer, disabled, onChange } = props;
  const language = useLanguage();
  const buttons = useButtonOptions(item);
  if (buttons) {
    const current = answer?.na
      ? NA
      : answer?.value === undefined
        ? undefined
        : String(answer.value);
    return (
      <ChoiceButtons
        name={props.inputId}
        labelledBy={props.labelId}
        options={buttons}
        value={current}
        disabled={disabled}
        onChange={(value) => {
          if (value === NA) onChange(withNa(answer));
          else onChange(withValue(answer, item.kind === 'skill' ? Number(value) : value));
        }}
      />
    );
  }
  switch (item.kind) {
    case 'choice':
      return item.multiple ? (
        <MultiChoice {...props} item={item} />
      ) : (
        <SelectChoice {...props} item={item} />
      );
    case 'number':
      return (
        <DraftInput
          id={props.inputId}
          value={numberAsTyped(answer?.value, language === 'ru')}
          inputMode={item.integer ? 'numeric' : 'decimal'}
          disabled={disabled || answer?.na === true}
          invalid={props.invalid}
          describedBy={props.describedBy}
          onChange={(text) => onChange(withValue(answer, parseTypedNumber(text)))}
        />
      );
    case 'text':
    case 'date':
      return (
        <DraftInput
          id={props.inputId}
          value={typeof answer?.value === 'string' ? answer.value : ''}
          multiline={item.kind === 'text' && item.multiline}
          type={item.kind === 'date' ? 'date' : 'text'}
          {...(item.kind === 'text' ? { maxLength: item.maxLength } : {})}
          disabled={disabled}
          invalid={props.invalid}
          describedBy={props.describedBy}
          onChange={(text) => onChange(withValue(answer, text === '' ? undefined : text))}
        />
      );
    default:
      return null;
  }
}

function SelectChoice(props: ControlProps & { item: Extract<SimpleItem, { kind: 'choice' }> }) {
  const { t } = useTranslation();
  const { item, answer } = props;
  return (
    <select
      id={props.inputId}
      className="field__input"
      value={answer?.na ? NA : typeof answer?.value === 'string' ? answer.value : ''}
      disabled={props.disabled}
      aria-invalid={props.invalid}
      onChange={(e) =>
        props.onChange(
          e.target.value === NA ? withNa(answer) : withValue(answer, e.target.value || undefined),
        )
      }
    >
      <option value="">—</option>
      {item.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {item.allowNa && <option value={NA}>{t('visits.na')}</option>}
    </select>
  );
}

function MultiChoice(props: ControlProps & { item: Extract<SimpleItem, { kind: 'choice' }> }) {
  const { item, answer } = props;
  const chosen = Array.isArray(answer?.value) ? answer.value : [];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    props.onChange(withValue(answer, next.length === 0 ? undefined : next));
  };
  return (
    <div className="checkbox-list" role="group" aria-labelledby={props.labelId}>
      {item.options.map((o) => (
        <label key={o.value} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            disabled={props.disabled}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
