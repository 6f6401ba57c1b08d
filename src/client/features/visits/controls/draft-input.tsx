import { useEffect, useRef, useState } from 'react';

interface DraftInputProps {
  id: string;
  value: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'text' | 'numeric' | 'decimal';
  maxLength?: number;
  disabled: boolean;
  describedBy?: string | undefined;
  invalid: boolean;
  /** Called on every keystroke: each one is saved at once. */
  onChange: (text: string) => void;
}

/**
 * A text field that keeps what is being typed while the saved value catches up,
 * and takes a value changed elsewhere once the person is not typing in it.
 */
export function DraftInput({
  value,
  multiline,
  onChange,
  invalid,
  describedBy,
  ...rest
}: DraftInputProps) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  const props = {
    ...rest,
    className: 'field__input',
    value: draft,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
    },
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      onChange(event.target.value);
    },
  };
  return multiline ? (
    <textarea rows={3} {...props} />
  ) : (
    <input {...props} type={rest.type ?? 'text'} />
  );
}
