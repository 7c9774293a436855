-- Finding a médecin traitant (issue #6): the census of doctors' capacity, the registry of patients
-- looking for one, and the timeline of each request. Patient fields are the minimum the
-- procedure needs; `maillage purge` removes them past the retention period.

-- The directory professional a user account is (a member doctor): requests proposed to that
-- professional are visible to the account. No foreign key: the directory is re-imported.
CREATE TABLE user_professionals (
  user_id          TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  professional_id  TEXT NOT NULL
);
CREATE INDEX user_professionals_by_professional ON user_professionals (professional_id);

-- The census: what a doctor declares, per practice site, about new médecin-traitant patients.
-- The directory's capacity fields (practice_sites.accepts_new_patients, accepts_updated_at) follow
-- each declaration, so that the directory search shows it.
CREATE TABLE mt_census (
  cpts_id          TEXT NOT NULL REFERENCES cpts (id),
  professional_id  TEXT NOT NULL,
  site_key         TEXT NOT NULL,
  accepts          INTEGER NOT NULL CHECK (accepts IN (0, 1)),
  places           INTEGER CHECK (places IS NULL OR places >= 0),  -- remaining; NULL: not said
  priority_only    INTEGER NOT NULL DEFAULT 0 CHECK (priority_only IN (0, 1)),
  age_min          INTEGER,
  age_max          INTEGER,
  communes         TEXT NOT NULL DEFAULT '[]',  -- JSON array of the INSEE codes served; [] any
  valid_until      TEXT NOT NULL,               -- date
  channel          TEXT NOT NULL CHECK (channel IN ('self', 'phone', 'mail', 'meeting')),
  declared_at      TEXT NOT NULL,
  declared_by      TEXT NOT NULL,               -- who recorded it (display name)
  PRIMARY KEY (cpts_id, professional_id, site_key)
);

CREATE TABLE mt_requests (
  id                   TEXT PRIMARY KEY,
  cpts_id              TEXT NOT NULL REFERENCES cpts (id),
  status               TEXT NOT NULL CHECK (status IN ('nouvelle', 'qualifiee', 'proposee', 'acceptee',
                         'declaree', 'cloturee', 'refusee', 'sans_solution', 'abandonnee')),
  status_since         TEXT NOT NULL,
  -- The patient: identity and contact, removed by the purge (purged_at set).
  last_name            TEXT,
  first_name           TEXT,
  birth_date           TEXT,
  phone                TEXT,
  contact              TEXT,   -- how to reach them (best time, a relative, …)
  -- Kept after the purge, for the statistics.
  sex                  TEXT NOT NULL CHECK (sex IN ('F', 'M')),
  birth_year           INTEGER NOT NULL,
  commune_code         TEXT NOT NULL,
  postcode             TEXT NOT NULL DEFAULT '',
  ald                  INTEGER NOT NULL DEFAULT 0,
  precarity            INTEGER NOT NULL DEFAULT 0,   -- C2S or social precarity
  pregnancy            INTEGER NOT NULL DEFAULT 0,
  leaving_hospital     INTEGER NOT NULL DEFAULT 0,
  disability           INTEGER NOT NULL DEFAULT 0,
  age_at_entry         INTEGER NOT NULL,             -- years; ≥ 70 and < 18 are priority groups
  source               TEXT NOT NULL CHECK (source IN ('coordination', 'member', 'partner', 'pharmacy',
                         'hospital', 'social_service', 'cpam')),
  referrer_user_id     TEXT REFERENCES users (id),
  referrer_label       TEXT NOT NULL,
  consent_on           TEXT NOT NULL,                -- the date the patient agreed
  proposed_professional_id TEXT,                     -- the current proposal
  proposed_site_key    TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  purged_at            TEXT
);
CREATE INDEX mt_requests_by_cpts ON mt_requests (cpts_id, status);
CREATE INDEX mt_requests_by_referrer ON mt_requests (referrer_user_id);
CREATE INDEX mt_requests_by_doctor ON mt_requests (proposed_professional_id);

-- A CPTS's settings of the procedure (defaults in access/mt_rules.h until it changes them).
CREATE TABLE mt_settings (
  cpts_id         TEXT PRIMARY KEY REFERENCES cpts (id),
  delays          TEXT NOT NULL,      -- JSON object: status → days a request may stay in it
  retention_days  INTEGER NOT NULL,   -- days a closed request keeps the patient's identity
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL
);

-- Every transition, dated, with who made it: the request's timeline.
CREATE TABLE mt_request_events (
  id               INTEGER PRIMARY KEY,
  request_id       TEXT NOT NULL REFERENCES mt_requests (id) ON DELETE CASCADE,
  cpts_id          TEXT NOT NULL REFERENCES cpts (id),
  at               TEXT NOT NULL,
  from_status      TEXT,
  to_status        TEXT NOT NULL,
  professional_id  TEXT,
  site_key         TEXT,
  reason           TEXT,
  by_label         TEXT NOT NULL
);
CREATE INDEX mt_request_events_by_request ON mt_request_events (request_id, id);
