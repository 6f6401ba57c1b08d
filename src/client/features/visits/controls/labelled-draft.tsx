import { useId } from 'react';
import { DraftInput } from './draft-input.tsx';

interface LabelledDraftProps {
  label: string;
  value: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  maxLength?: number;
  disabled: boolean;
  onChange: (text: string) => void;
}

/** A labelled text field whose every keystroke is saved: notes, findings, actions. */
export function LabelledDraft({ label, ...input }: LabelledDraftProps) {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span className="field__label">{label}</span>
      <DraftInput id={id} invalid={false} {...input} />
    </label>
  );
}
