-- Structures from the FINESS extraction (MSP, centres de santé, EHPAD, hospitals, pharmacies,
-- DAC, PMI, CMP, SSIAD…), upserted by their FINESS géographique number. Codes are kept with the
-- label the file gives, known or not. Coordinates come from the file's geolocation (Lambert 93
-- converted to WGS 84) when it has one.
CREATE TABLE structures (
  finess          TEXT PRIMARY KEY,  -- nofinesset: the establishment (site)
  finess_legal    TEXT,              -- nofinessej: the legal entity
  name            TEXT NOT NULL,     -- rs
  long_name       TEXT,              -- rslongue
  category_code   TEXT,              -- categetab (TRE_R66)
  category        TEXT,              -- libcategetab
  address         TEXT,
  postcode        TEXT,
  commune_code    TEXT,              -- INSEE code (département + commune)
  commune         TEXT,
  departement     TEXT,
  phone           TEXT,
  siret           TEXT,
  latitude        REAL,
  longitude       REAL,
  last_import     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX structures_by_commune ON structures (commune_code);
CREATE INDEX structures_by_category ON structures (category_code);

-- Partner organisations of a CPTS (patients' associations, social services, municipalities…),
-- entered by hand: they are in no national file.
CREATE TABLE partner_organisations (
  id            TEXT PRIMARY KEY,
  cpts_id       TEXT NOT NULL REFERENCES cpts (id),
  kind          TEXT NOT NULL,   -- association_patients, service_social, collectivite, autre
  name          TEXT NOT NULL,
  address       TEXT,
  commune_code  TEXT,
  phone         TEXT,
  email         TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX partner_organisations_by_cpts ON partner_organisations (cpts_id);

-- What the national file does not say, entered in Maillage: languages spoken (comma-separated
-- ISO 639-1 codes) and teleconsultation.
ALTER TABLE professionals ADD COLUMN languages TEXT;
ALTER TABLE professionals ADD COLUMN teleconsultation INTEGER;
