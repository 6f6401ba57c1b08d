-- The district directory, accounts and the server's identity.

CREATE TABLE server_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- A restored backup gets a new epoch (see README): clients compare it.
INSERT INTO server_meta (key, value) VALUES ('epoch', gen_random_uuid()::text);

CREATE TABLE schools (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (name <> ''),
  short_name text NOT NULL CHECK (short_name <> ''),
  municipality text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  director text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX schools_name_key ON schools (lower(name));

CREATE TABLE users (
  id uuid PRIMARY KEY,
  login text NOT NULL,
  full_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('inspector', 'school', 'coordinator', 'admin')),
  school_id uuid REFERENCES schools (id),
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'school') = (school_id IS NOT NULL))
);
CREATE UNIQUE INDEX users_login_key ON users (lower(login));

CREATE TABLE auth_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX auth_tokens_user_id ON auth_tokens (user_id);
CREATE INDEX auth_tokens_expires_at ON auth_tokens (expires_at);
