-- Unscheduled care (soins non programmés, issue #7): the inventory of the territory's resources,
-- the slots professionals publish, the requests of patients to be seen today or within 48 hours,
-- their orientation (a booked slot or elsewhere) and outcome. Patient fields are the minimum the
-- procedure needs; `maillage purge` removes them past the CPTS's retention, as for the
-- médecin-traitant requests.

-- A practice or structure taking unscheduled care, as the CPTS lists it (optionally published).
CREATE TABLE snp_resources (
  id            TEXT PRIMARY KEY,
  cpts_id       TEXT NOT NULL REFERENCES cpts (id),
  kind          TEXT NOT NULL CHECK (kind IN ('cabinet_horaires_elargis', 'msp', 'centre_sante', 'centre_snp',
                  'maison_medicale_garde', 'sos_medecins', 'autre')),
  name          TEXT NOT NULL,
  finess        TEXT,                         -- the structure in the directory, if it is one
  address       TEXT NOT NULL DEFAULT '',
  postcode      TEXT NOT NULL DEFAULT '',
  commune_code  TEXT NOT NULL,
  phone         TEXT NOT NULL DEFAULT '',
  services      TEXT NOT NULL DEFAULT '[]',   -- JSON array of short labels (radiologie, sutures, …)
  hours         TEXT NOT NULL DEFAULT '[]',   -- JSON array of {weekday 1-7, opens "HH:MM", closes "HH:MM"}
  public        INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),  -- in the list the CPTS publishes
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX snp_resources_by_cpts ON snp_resources (cpts_id, name);

-- The professionals taking part in a resource (directory national ids; no foreign key: the
-- directory is re-imported).
CREATE TABLE snp_resource_professionals (
  resource_id      TEXT NOT NULL REFERENCES snp_resources (id) ON DELETE CASCADE,
  professional_id  TEXT NOT NULL,
  PRIMARY KEY (resource_id, professional_id)
);

-- A weekly pattern a professional publishes: slots on some weekdays from a local time, in a
-- date range, except on some dates. Its slots are materialized in snp_slots.
CREATE TABLE snp_patterns (
  id               TEXT PRIMARY KEY,
  cpts_id          TEXT NOT NULL REFERENCES cpts (id),
  professional_id  TEXT NOT NULL,
  site_key         TEXT NOT NULL,
  mode             TEXT NOT NULL CHECK (mode IN ('in_person', 'remote')),
  weekdays         TEXT NOT NULL,   -- JSON array of ISO weekdays (1 Monday … 7 Sunday)
  start_time       TEXT NOT NULL,   -- local "HH:MM"
  slot_minutes     INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  slot_count       INTEGER NOT NULL CHECK (slot_count BETWEEN 1 AND 48),
  valid_from       TEXT NOT NULL,   -- dates, inclusive
  valid_until      TEXT NOT NULL,
  exceptions       TEXT NOT NULL DEFAULT '[]',  -- JSON array of dates without slots
  time_zone        TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL
);

-- One slot: one patient. Times are UTC; `cell` is the search grid square of the site (-1 for a
-- remote slot), checked in the search index so that slots far from the patient are skipped there.
CREATE TABLE snp_slots (
  id               INTEGER PRIMARY KEY,
  cpts_id          TEXT NOT NULL REFERENCES cpts (id),
  professional_id  TEXT NOT NULL,
  profession_code  TEXT NOT NULL,
  site_key         TEXT NOT NULL,
  commune_code     TEXT NOT NULL,
  latitude         REAL,
  longitude        REAL,
  cell             INTEGER NOT NULL,
  starts_at        TEXT NOT NULL,
  ends_at          TEXT NOT NULL,
  mode             TEXT NOT NULL CHECK (mode IN ('in_person', 'remote')),
  origin           TEXT NOT NULL CHECK (origin IN ('manual', 'pattern', 'ical')),
  pattern_id       TEXT REFERENCES snp_patterns (id) ON DELETE SET NULL,
  ical_uid         TEXT,            -- UID and recurrence of the iCalendar event it came from
  status           TEXT NOT NULL CHECK (status IN ('free', 'booked', 'cancelled')),
  request_id       TEXT UNIQUE,     -- the request it is booked for
  booked_at        TEXT,
  created_at       TEXT NOT NULL,
  CHECK ((status = 'booked') = (request_id IS NOT NULL))
);
-- A professional cannot offer two slots starting at the same time.
CREATE UNIQUE INDEX snp_slots_one_start ON snp_slots (professional_id, starts_at) WHERE status <> 'cancelled';
-- The slot search: a CPTS's free slots by start time, with the square and profession it filters
-- on, so that it reads the earliest slots first, checks them without reading the table, and stops
-- once it has enough (docs/benchmarks.md, unscheduled care). `status`, constant here, makes the
-- search's `status = 'free'` an equality of the index: the planner then prefers it to
-- snp_slots_by_cpts, which would read the table for each slot to check it.
CREATE INDEX snp_slots_free_by_cpts ON snp_slots (cpts_id, status, starts_at, cell, profession_code)
  WHERE status = 'free';
CREATE INDEX snp_slots_by_cpts ON snp_slots (cpts_id, starts_at);
CREATE INDEX snp_slots_by_professional ON snp_slots (professional_id, starts_at);
CREATE INDEX snp_slots_by_pattern ON snp_slots (pattern_id) WHERE pattern_id IS NOT NULL;

CREATE TABLE snp_requests (
  id                   TEXT PRIMARY KEY,
  cpts_id              TEXT NOT NULL REFERENCES cpts (id),
  status               TEXT NOT NULL CHECK (status IN ('nouvelle', 'orientee', 'cloturee', 'annulee')),
  status_since         TEXT NOT NULL,
  -- The patient: identity and contact, removed by the purge (purged_at set).
  last_name            TEXT,
  first_name           TEXT,
  birth_date           TEXT,
  phone                TEXT,
  contact              TEXT,
  reason_text          TEXT,   -- free text may name the patient: purged too
  -- Kept after the purge, for the statistics.
  sex                  TEXT NOT NULL CHECK (sex IN ('F', 'M')),
  birth_year           INTEGER NOT NULL,
  age_at_entry         INTEGER NOT NULL,
  commune_code         TEXT NOT NULL,
  postcode             TEXT NOT NULL DEFAULT '',
  source               TEXT NOT NULL CHECK (source IN ('coordination', 'regulation', 'pharmacy', 'member',
                         'partner')),
  reason_code          TEXT NOT NULL,
  urgency              TEXT NOT NULL CHECK (urgency IN ('same_day', 'h24', 'h48')),
  due_at               TEXT NOT NULL,   -- the end of the urgency window
  profession_code      TEXT NOT NULL,   -- who the patient needs (10: a doctor)
  mode_wanted          TEXT NOT NULL CHECK (mode_wanted IN ('in_person', 'remote', 'any')),
  referrer_user_id     TEXT REFERENCES users (id),
  referrer_label       TEXT NOT NULL,
  consent_on           TEXT NOT NULL,
  orientation          TEXT CHECK (orientation IN ('slot', 'urgences', 'teleconsultation', 'pharmacien',
                         'autre')),
  oriented_at          TEXT,
  slot_id              INTEGER REFERENCES snp_slots (id),
  slot_professional_id TEXT,            -- kept when the slot is released: who saw the patient
  slot_starts_at       TEXT,
  outcome              TEXT CHECK (outcome IN ('seen', 'not_seen', 'redirected')),
  outcome_at           TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  purged_at            TEXT
);
CREATE INDEX snp_requests_by_cpts ON snp_requests (cpts_id, status, created_at);
CREATE INDEX snp_requests_by_referrer ON snp_requests (referrer_user_id);
CREATE INDEX snp_requests_by_doctor ON snp_requests (slot_professional_id);

CREATE TABLE snp_request_events (
  id               INTEGER PRIMARY KEY,
  request_id       TEXT NOT NULL REFERENCES snp_requests (id) ON DELETE CASCADE,
  cpts_id          TEXT NOT NULL REFERENCES cpts (id),
  at               TEXT NOT NULL,
  from_status      TEXT,
  to_status        TEXT NOT NULL,
  detail           TEXT,            -- orientation, slot, outcome in words; purged with the identity
  by_label         TEXT NOT NULL
);
CREATE INDEX snp_request_events_by_request ON snp_request_events (request_id, id);
