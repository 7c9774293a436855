-- Searching the directory fast at national size (~2 million practice sites), rebuilt by every
-- import — the only writer of names, professions, specialties and places (directory/search_index.h).
--
-- professionals_text: full text, insensitive to case and accents (unicode61 remove_diacritics 2:
-- "kiné" finds "Masseur-kinésithérapeute"). Its rowid is the professional's rank in name order,
-- so a search reads matches already sorted and stops at the page's end.
CREATE VIRTUAL TABLE professionals_text USING fts5(
  national_id UNINDEXED, profession_code, names, profession, places,
  tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE structures_text USING fts5(
  names, category, tokenize = 'unicode61 remove_diacritics 2');

-- Practice sites clustered by commune, small rows: a search by place (a commune, a territory, a
-- radius) reads one contiguous range per commune and fetches whole rows for the page only.
CREATE TABLE directory_places (
  commune_code     TEXT NOT NULL,
  name_rank        INTEGER NOT NULL,  -- professionals_text rowid
  site_rowid       INTEGER NOT NULL,  -- practice_sites rowid
  postcode         TEXT,
  profession_code  TEXT,
  specialty_code   TEXT,
  PRIMARY KEY (commune_code, name_rank, site_rowid)
) WITHOUT ROWID;

CREATE INDEX structures_by_name ON structures (name);
CREATE INDEX practice_sites_by_finess ON practice_sites (finess_site);

-- A phone line a professional gives to colleagues but does not publish: shown only to the roles of
-- a CPTS the professional is an active member of.
ALTER TABLE practice_sites ADD COLUMN direct_phone TEXT;
