-- Accounts, role assignments, sessions, API tokens and login throttling.
-- Secrets are never stored in clear: passwords as argon2id hashes, tokens as BLAKE2b digests.

CREATE TABLE users (
  id                    TEXT PRIMARY KEY,
  email                 TEXT NOT NULL UNIQUE,  -- stored lower-case
  display_name          TEXT NOT NULL,
  password_hash         TEXT NOT NULL,
  must_change_password  INTEGER NOT NULL DEFAULT 0,
  disabled              INTEGER NOT NULL DEFAULT 0,
  is_demo               INTEGER NOT NULL DEFAULT 0,  -- usable only by a server in demo mode
  created_at            TEXT NOT NULL,
  last_login_at         TEXT
);

CREATE TABLE role_assignments (
  id          TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'member', 'partner', 'funder')),
  cpts_id     TEXT REFERENCES cpts (id),  -- NULL: platform-wide
  created_at  TEXT NOT NULL
);
CREATE INDEX role_assignments_by_user ON role_assignments (user_id);
CREATE INDEX role_assignments_by_cpts ON role_assignments (cpts_id);

CREATE TABLE sessions (
  id              TEXT PRIMARY KEY,
  token_digest    TEXT NOT NULL UNIQUE,
  user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  last_seen_unix  INTEGER NOT NULL,  -- idle expiry counts from here
  expires_unix    INTEGER NOT NULL,  -- absolute expiry
  client_address  TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id              TEXT PRIMARY KEY,
  token_digest    TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'member', 'partner', 'funder')),
  cpts_id         TEXT REFERENCES cpts (id),
  created_by      TEXT NOT NULL REFERENCES users (id),
  created_at      TEXT NOT NULL,
  expires_unix    INTEGER NOT NULL,
  last_used_unix  INTEGER,
  revoked_at      TEXT
);

-- Failed logins per account ("account:<email>") and per client address ("address:<ip>").
CREATE TABLE login_throttle (
  key                 TEXT PRIMARY KEY,
  failures            INTEGER NOT NULL,
  last_failure_unix   INTEGER NOT NULL
);
