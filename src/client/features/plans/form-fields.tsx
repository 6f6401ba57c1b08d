import type { ReactNode } from 'react';

/** The server's message for one field, under it; `id` is what the field's aria-describedby names. */
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
  /** The server's message for this field. */
  error?: string | undefined;
  hint?: string | undefined;
}

/** The attributes that tie a control to its label's hint and error. */
function described(props: FieldProps) {
  const ids = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`];
  const describedBy = ids.filter(Boolean).join(' ');
  return {
    id: props.id,
    className: 'field__input',
    value: props.value,
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

/** A text, date or number input with its label, hint and the server's message. */
export function InputField(props: FieldProps & { type?: 'text' | 'date' | 'number' }) {
  return (
    <Field props={props}>
      <input
        type={props.type ?? 'text'}
        {...described(props)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}

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
