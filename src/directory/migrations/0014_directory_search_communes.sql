-- Words and a place searched together (directory/search_index.h): the full text carries a token per
-- site commune ("c13202") so that FTS5 intersects words and communes itself, its word columns
-- apart; directory_places is keyed by commune and profession, and reachable by rank. Both tables
-- are derived data: the program rebuilds them when it finds them empty beside a directory
-- (directory::ensure_search_index, at start-up after the migrations).
DROP TABLE professionals_text;
CREATE VIRTUAL TABLE professionals_text USING fts5(
  national_id UNINDEXED, profession_code, names, profession, places, communes,
  tokenize = 'unicode61 remove_diacritics 2');

DROP TABLE directory_places;
CREATE TABLE directory_places (
  commune_code     TEXT NOT NULL,
  profession_code  TEXT NOT NULL,
  name_rank        INTEGER NOT NULL,  -- professionals_text rowid
  site_rowid       INTEGER NOT NULL,  -- practice_sites rowid
  postcode         TEXT,
  specialty_code   TEXT,
  PRIMARY KEY (commune_code, profession_code, name_rank, site_rowid)
) WITHOUT ROWID;
CREATE INDEX directory_places_by_rank ON directory_places (name_rank);
