import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The message for this field, found on the device or by the server. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** The attributes that tie a control to its hint and its error. */
function described(props: FieldProps) {
  const ids = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`];
  const describedBy = ids.filter(Boolean).join(' ');
  return {
    id: props.id,
    className: 'field__input',
    value: props.value,
    ...(props.required ? { required: true, 'aria-required': true } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(props.error === undefined ? {} : { 'aria-invalid': true }),
  };
}

function Field({ props, children }: { props: FieldProps; children: ReactNode }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      {children}
      {props.hint && (
        <span className="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error !== undefined && (
        <p className="directory-field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A text input with its label, hint and message. */
export function InputField(
  props: FieldProps & { type?: 'text' | 'email' | 'tel' | 'password'; autoComplete?: string },
) {
  return (
    <Field props={props}>
      <input
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete ?? 'off'}
        {...described(props)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}

/** A choice of one; `placeholder` is the empty first option. */
export function SelectField(
  props: FieldProps & {
    options: readonly { value: string; label: string }[];
    placeholder?: string;
  },
) {
  return (
    <Field props={props}>
      <select {...described(props)} onChange={(event) => props.onChange(event.target.value)}>
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
