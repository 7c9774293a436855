-- The audit log: append-only and hash-chained. Entry n stores the hash of entry n-1
-- (`prev_hash`) and its own hash over all its fields; ids run 1, 2, 3… without gaps; `audit_head`
-- remembers the last entry so that removing entries at the end is detected too.
CREATE TABLE audit_log (
  id              INTEGER PRIMARY KEY,
  at              TEXT NOT NULL,
  actor_type      TEXT NOT NULL CHECK (actor_type IN ('user', 'token', 'anonymous', 'cli')),
  actor_id        TEXT,
  actor_label     TEXT NOT NULL,
  client_address  TEXT NOT NULL,
  action          TEXT NOT NULL,
  resource_type   TEXT NOT NULL,
  resource_id     TEXT,
  cpts_id         TEXT,  -- no foreign key: the log outlives what it mentions
  outcome         TEXT NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  prev_hash       TEXT NOT NULL,
  hash            TEXT NOT NULL
);
CREATE INDEX audit_log_by_cpts ON audit_log (cpts_id, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, id);

CREATE TABLE audit_head (
  singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
  last_id    INTEGER NOT NULL,
  last_hash  TEXT NOT NULL
);

-- The program never changes or removes an entry; the database refuses to as well.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
