-- Sync: the records devices keep in step, who may see them, and photos.

-- The last version handed out. A push takes it at the very end of its
-- transaction and holds its row lock until commit, so versions follow commit
-- order: a pull that has seen version N can never later meet a smaller one.
CREATE TABLE sync_counter (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO sync_counter (version) VALUES (0);

-- What decides who sees and changes a visit and everything recorded in it.
CREATE TABLE sync_visits (
  visit_id uuid PRIMARY KEY,
  school_id uuid NOT NULL REFERENCES schools (id),
  author_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('inspection', 'self_audit')),
  status text NOT NULL CHECK (status IN ('draft', 'completed', 'accepted', 'returned'))
);
CREATE INDEX sync_visits_school_id ON sync_visits (school_id);
CREATE INDEX sync_visits_author_id ON sync_visits (author_id);

-- Every synced record as the server holds it now; a deletion leaves a tombstone.
-- `stamps`: per field, the version, clock and device of its last write.
CREATE TABLE sync_records (
  collection text NOT NULL,
  id text NOT NULL,
  visit_id uuid NOT NULL REFERENCES sync_visits (visit_id),
  version bigint NOT NULL,
  data jsonb NOT NULL,
  stamps jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  PRIMARY KEY (collection, id)
);
CREATE INDEX sync_records_version ON sync_records (version, collection, id);
CREATE INDEX sync_records_visit_id ON sync_records (visit_id);
CREATE INDEX sync_records_photo ON sync_records ((data ->> 'sha256'))
  WHERE collection = 'attachments';

-- Each device's last mutation the server has (applied or rejected).
CREATE TABLE sync_clients (
  client_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  last_mid bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_push_at timestamptz
);

-- Mutations refused, kept for the people who sort out what went wrong.
CREATE TABLE sync_rejections (
  client_id uuid NOT NULL REFERENCES sync_clients (client_id),
  mid bigint NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  mutation jsonb NOT NULL,
  problem jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, mid)
);

-- Photos and signatures by content address, in the database so that every
-- server instance sees them.
CREATE TABLE blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  mime_type text NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png')),
  size integer NOT NULL,
  bytes bytea NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_records_signature ON sync_records ((data -> 'acknowledgement' ->> 'signature'))
  WHERE collection = 'visits';
