-- Membership (adhésion) of professionals and structures in the CPTS association. A member may
-- belong to several CPTS: one row per (CPTS, member). A struck-off membership (radiee) is kept:
-- a new request re-opens the same row, so its history stays in one place.
CREATE TABLE cpts_colleges (
  id          TEXT PRIMARY KEY,
  cpts_id     TEXT NOT NULL REFERENCES cpts (id),
  name        TEXT NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0,  -- display order, chosen by the CPTS
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (cpts_id, name)
);

CREATE TABLE memberships (
  id              TEXT PRIMARY KEY,
  cpts_id         TEXT NOT NULL REFERENCES cpts (id),
  member_kind     TEXT NOT NULL CHECK (member_kind IN ('professional', 'structure')),
  member_id       TEXT NOT NULL,  -- professionals.national_id or structures.finess
  college_id      TEXT REFERENCES cpts_colleges (id),
  status          TEXT NOT NULL CHECK (status IN ('demande', 'active', 'suspendue', 'radiee')),
  status_since    TEXT NOT NULL,  -- date of the current status (its last event)
  requested_on    TEXT NOT NULL,  -- date of the (last) request
  note            TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (cpts_id, member_kind, member_id)
);
CREATE INDEX memberships_by_member ON memberships (member_kind, member_id);
CREATE INDEX memberships_by_college ON memberships (college_id);

-- Every status change, dated, with who recorded it.
CREATE TABLE membership_events (
  membership_id  TEXT NOT NULL REFERENCES memberships (id),
  seq            INTEGER NOT NULL,
  status         TEXT NOT NULL,
  on_date        TEXT NOT NULL,
  note           TEXT,
  recorded_by    TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  PRIMARY KEY (membership_id, seq)
);

-- Yearly fee (cotisation): amount in cents, paid on a date or not yet.
CREATE TABLE membership_fees (
  membership_id  TEXT NOT NULL REFERENCES memberships (id),
  year           INTEGER NOT NULL,
  amount_cents   INTEGER NOT NULL CHECK (amount_cents >= 0),
  paid_on        TEXT,
  updated_by     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (membership_id, year)
);
