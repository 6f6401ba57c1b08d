-- The coordinator's workspace: checklist versions, who covers which school,
-- the visit plan, the results of completed visits, and the audit log.

-- Every version of every checklist. A published version never changes (the
-- trigger below says so to any code that forgets); a draft may be replaced or
-- removed until it is published.
CREATE TABLE checklist_versions (
  checklist_id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  title text NOT NULL CHECK (title <> ''),
  definition jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'published')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users (id),
  published_at timestamptz,
  PRIMARY KEY (checklist_id, version),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);

CREATE FUNCTION refuse_published_checklist_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'checklist version %/% is published and cannot change',
      OLD.checklist_id, OLD.version USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER checklist_versions_immutable
  BEFORE UPDATE OR DELETE ON checklist_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_published_checklist_change();

-- Which inspectors cover which schools (the working group's assignment).
CREATE TABLE inspector_schools (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  school_id uuid NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, school_id)
);
CREATE INDEX inspector_schools_school_id ON inspector_schools (school_id);

-- A visit the district plans: a school, a checklist, a date and its inspectors.
-- Whether it was carried out is read from the visit started from it
-- (sync_visits.plan_id), never stored twice.
CREATE TABLE planned_visits (
  id uuid PRIMARY KEY,
  school_id uuid NOT NULL REFERENCES schools (id),
  checklist_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('inspection', 'self_audit')),
  planned_on date NOT NULL,
  -- The monitoring round it belongs to («Мониторинг, октябрь 2026»), if any.
  round text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  cancelled boolean NOT NULL DEFAULT false,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX planned_visits_planned_on ON planned_visits (planned_on);
CREATE INDEX planned_visits_school_id ON planned_visits (school_id);

CREATE TABLE planned_visit_inspectors (
  plan_id uuid NOT NULL REFERENCES planned_visits (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  PRIMARY KEY (plan_id, user_id)
);
CREATE INDEX planned_visit_inspectors_user_id ON planned_visit_inspectors (user_id);

ALTER TABLE sync_visits ADD COLUMN plan_id uuid REFERENCES planned_visits (id);
CREATE INDEX sync_visits_plan_id ON sync_visits (plan_id) WHERE plan_id IS NOT NULL;

-- What a completed visit contributes to the district's figures, computed once
-- when it is completed (its answers cannot change afterwards) by the same pure
-- code the device scores with. Whether it still counts is its status in
-- sync_visits: a visit reopened or returned drops out until completed again.
CREATE TABLE visit_results (
  visit_id uuid PRIMARY KEY REFERENCES sync_visits (visit_id),
  school_id uuid NOT NULL REFERENCES schools (id),
  checklist_id text NOT NULL,
  checklist_version integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('inspection', 'self_audit')),
  visit_date date NOT NULL,
  percent double precision,
  level text,
  summary jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visit_results_visit_date ON visit_results (visit_date, visit_id);
CREATE INDEX visit_results_school_id ON visit_results (school_id);

-- Who did what that the district must be able to account for: exports of
-- personal data, changes of accounts and of checklists.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid REFERENCES users (id),
  action text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
