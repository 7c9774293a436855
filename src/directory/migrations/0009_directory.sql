-- The directory: health professionals from the national RPPS/ADELI extraction, with their
-- practice sites (one per activity line of the extraction). Codes are kept with the label the
-- file gives, known or not. The capacity attributes of a site (new médecin-traitant patients,
-- unscheduled care, extended hours) are entered in Maillage and never touched by an import.
CREATE TABLE professionals (
  national_id      TEXT PRIMARY KEY,  -- identifier type digit + identifier: 8 + RPPS, 0 + ADELI
  id_type          TEXT NOT NULL,
  identifier       TEXT NOT NULL,
  civility_code    TEXT,
  civility         TEXT,
  last_name        TEXT NOT NULL,
  first_name       TEXT,
  profession_code  TEXT NOT NULL,
  profession       TEXT,
  category_code    TEXT,
  category         TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX professionals_by_profession ON professionals (profession_code);

CREATE TABLE practice_sites (
  professional_id       TEXT NOT NULL REFERENCES professionals (national_id),
  site_key              TEXT NOT NULL,  -- the structure's technical id, else SIRET, else the address
  mode_code             TEXT,           -- L libéral, S salarié, B bénévole
  mode                  TEXT,
  sector_code           TEXT,
  sector                TEXT,
  specialty_type        TEXT,
  specialty_code        TEXT,
  specialty             TEXT,
  siret                 TEXT,
  finess_site           TEXT,
  finess_legal          TEXT,
  structure_name        TEXT,
  address               TEXT,
  postcode              TEXT,
  commune_code          TEXT,
  commune               TEXT,
  departement           TEXT,
  phone                 TEXT,
  phone2                TEXT,
  email                 TEXT,
  accepts_new_patients  TEXT,   -- entered: 'yes', 'no' or a number of patients
  accepts_updated_at    TEXT,
  snp                   INTEGER,
  extended_hours        INTEGER,
  last_import           TEXT NOT NULL,  -- the import that last saw this site
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  PRIMARY KEY (professional_id, site_key)
);
CREATE INDEX practice_sites_by_commune ON practice_sites (commune_code);

-- One row per file imported, with its report.
CREATE TABLE directory_imports (
  id          TEXT PRIMARY KEY,
  source      TEXT NOT NULL,  -- rpps, finess
  filename    TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  lines       INTEGER NOT NULL,
  created     INTEGER NOT NULL,
  updated     INTEGER NOT NULL,
  unchanged   INTEGER NOT NULL,
  rejected    INTEGER NOT NULL,
  skipped     INTEGER NOT NULL,  -- outside the scope asked for (départements, a CPTS territory)
  removed     INTEGER NOT NULL,  -- sites no longer in the file
  imported_by TEXT NOT NULL
);
