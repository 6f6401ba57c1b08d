import type { ReactNode } from 'react';

/** A field's message under it; `id` is what the field's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p className="field__error" id={id}>
      {message}
    </p>
  );
}

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
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}

type InputType = 'text' | 'date' | 'number' | 'email' | 'tel' | 'password';

/** An input with its label, hint and message. */
export function InputField(props: FieldProps & { type?: InputType; autoComplete?: string }) {
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

/** A few lines of text with its label, hint and message. */
export function TextAreaField(props: FieldProps) {
  return (
    <Field props={props}>
      <textarea rows={2} {...described(props)} onChange={(e) => props.onChange(e.target.value)} />
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

/** A choice of one among a few, each option a radio button with its label. */
export function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend className="field__label">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
