import type { ReactNode } from 'react';
import { FieldError } from '../../components/form-fields.tsx';

/** One thing to tick; `tag` says why it is offered first (an inspector who covers the school). */
export interface Choice {
  value: string;
  label: string;
  tag?: string | undefined;
}

interface ChoiceChecksProps {
  legend: string;
  choices: readonly Choice[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
  hint?: string | undefined;
  /** Shown when there is nothing to choose from. */
  empty?: string;
  error?: string | undefined;
  errorId: string;
  /** Buttons above the list («выбрать все»). */
  tools?: ReactNode;
}

/** A multiple choice of checkboxes under one legend, with the server's message for it. */
export function ChoiceChecks(props: ChoiceChecksProps) {
  const { choices, chosen, error, errorId } = props;
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...chosen, value] : chosen.filter((other) => other !== value));
  return (
    <fieldset className="choice-list" aria-describedby={error === undefined ? undefined : errorId}>
      <legend className="field__label">{props.legend}</legend>
      {props.hint && <p className="field__hint">{props.hint}</p>}
      {props.tools}
      {choices.length === 0 && props.empty && <p className="field__hint">{props.empty}</p>}
      <div className="choice-list__options">
        {choices.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            <span>
              {choice.label}
              {choice.tag && <span className="choice-list__tag"> · {choice.tag}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
