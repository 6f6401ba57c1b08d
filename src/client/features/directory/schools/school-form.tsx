import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { schoolInputSchema, type School } from '../../../../shared/schemas/school.ts';
import { createSchool, updateSchool } from '../../../api/directory-api.ts';
import {
  formIssues,
  NO_ISSUES,
  serverIssues,
  type FieldIssues,
} from '../../../lib/field-issues.ts';
import { InputField } from '../../../components/form-fields.tsx';
import { RequestFailure } from '../request-failure.tsx';
import { useRequest } from '../../../lib/use-request.ts';

const FIELDS = [
  'name',
  'shortName',
  'municipality',
  'address',
  'director',
  'phone',
  'email',
] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;

const TYPES: Partial<Record<Field, 'email' | 'tel'>> = { phone: 'tel', email: 'email' };
const REQUIRED = new Set<Field>(['name', 'shortName']);

function draftOf(school: School | undefined): Draft {
  const entries = FIELDS.map((field) => [field, school?.[field] ?? ''] as const);
  return Object.fromEntries(entries) as Draft;
}

interface SchoolFormProps {
  /** The school to change; none for a new one. */
  school: School | undefined;
  token: string;
  online: boolean;
  onSaved: (school: School, created: boolean) => void;
  onCancel: () => void;
}

/** A school's card as a form: checked on the device first, then by the server. */
export function SchoolForm({ school, token, online, onSaved, onCancel }: SchoolFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(() => draftOf(school));
  const [local, setLocal] = useState<FieldIssues>(NO_ISSUES);
  const request = useRequest();
  const issues = local === NO_ISSUES ? serverIssues(request.error, FIELDS) : local;
  useEffect(() => title.current?.focus(), []);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = schoolInputSchema.safeParse(draft);
    if (!parsed.success) {
      request.clear();
      setLocal(formIssues(parsed.error, FIELDS));
      return;
    }
    setLocal(NO_ISSUES);
    const input = parsed.data;
    const saved = await request.run(() =>
      school ? updateSchool(token, school.id, input) : createSchool(token, input),
    );
    if (saved) onSaved(saved, school === undefined);
  };

  return (
    <section className="card directory-panel" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`} ref={title} tabIndex={-1}>
        {school ? t('directory.schools.editTitle') : t('directory.schools.newTitle')}
      </h2>
      <form className="directory-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="directory-form__grid">
          {FIELDS.map((field) => (
            <InputField
              key={field}
              id={`${id}-${field}`}
              label={t(`directory.schools.fields.${field}`)}
              value={draft[field]}
              type={TYPES[field] ?? 'text'}
              required={REQUIRED.has(field)}
              error={issues.byField[field]}
              onChange={(value) => setDraft((before) => ({ ...before, [field]: value }))}
            />
          ))}
        </div>
        <RequestFailure error={request.error} issues={issues} />
        <div className="directory-buttons">
          <button
            type="submit"
            className="button button--primary"
            disabled={request.busy || !online}
          >
            {request.busy ? t('directory.saving') : t('directory.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('directory.cancel')}
          </button>
          {!online && <span className="field__hint">{t('directory.needsNetwork')}</span>}
        </div>
      </form>
    </section>
  );
}
