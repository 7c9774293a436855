-- CPTS: the tenants of Maillage. Every tenant table carries `cpts_id` referencing this table.
-- (Issue #4 adds the lifecycle, territory and the rest of the profile.)
CREATE TABLE cpts (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL
);
