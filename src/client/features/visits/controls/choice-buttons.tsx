import { useState } from 'react';

export interface ButtonOption {
  value: string;
  label: string;
}

interface ChoiceButtonsProps {
  name: string;
  labelledBy: string;
  options: readonly ButtonOption[];
  value: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}

/**
 * Large segmented buttons (a radio group): one tap answers, arrows move between them.
 * The tapped option shows at once; the saved value takes over when it arrives.
 */
export function ChoiceButtons({
  name,
  labelledBy,
  options,
  value,
  disabled,
  onChange,
}: ChoiceButtonsProps) {
  const [tapped, setTapped] = useState<string | undefined>();
  const [saved, setSaved] = useState(value);
  if (saved !== value) {
    setSaved(value);
    setTapped(undefined);
  }
  const shown = tapped ?? value;
  return (
    <div className="choice-buttons" role="radiogroup" aria-labelledby={labelledBy}>
      {options.map((option) => (
        <label key={option.value} className="choice-buttons__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={shown === option.value}
            disabled={disabled}
            onChange={() => {
              setTapped(option.value);
              onChange(option.value);
            }}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
