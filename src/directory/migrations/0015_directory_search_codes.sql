-- Searching the directory in a few milliseconds at national size (directory/search_index.h).
--
-- Profession and specialty words are no longer indexed as text: "kiné" prefixes the label of one
-- profession, and a prefix query on a word held by 276,000 professionals cost FTS5 more than the
-- whole search may (it merges every matching doclist before answering). The words of the labels
-- are looked up in directory_labels and become code tokens ("_p70", "_ssm54") that FTS5 reads
-- lazily; the text columns keep the names only, whose words are rare. Structures are searched by
-- their own index (structures_text), so their names leave the professionals' text. Code tokens
-- start with "_", which a typed word never does: a typed prefix ("p", "p7") expands over names only.
-- Words and a place are no longer intersected inside FTS5 (0014's commune tokens): an OR of the
-- communes of a city cost it several milliseconds; the place's sites are read from
-- directory_places and checked against the words there.
DROP TABLE professionals_text;
CREATE VIRTUAL TABLE professionals_text USING fts5(
  national_id UNINDEXED,
  names,     -- last and first names
  codes,     -- "_p" + profession code, "_s" + the specialty code of every site
  tokenize = 'unicode61 remove_diacritics 2 tokenchars ''_''');

-- The professions and specialties present in the directory, with their labels.
CREATE TABLE directory_labels (
  kind             TEXT NOT NULL CHECK (kind IN ('profession', 'specialty')),
  code             TEXT NOT NULL,
  label            TEXT NOT NULL,
  profession_code  TEXT,  -- of a specialty: the profession whose sites carry it
  PRIMARY KEY (kind, code)
) WITHOUT ROWID;

-- A site's capacity as search criteria: accepts new médecin-traitant patients (1 yes or a number
-- above 0, 0 no, NULL undeclared) and takes part in unscheduled care. One definition, read by the
-- rebuild of directory_places and by the trigger below.
CREATE VIEW site_capacity_flags AS
SELECT rowid AS site_rowid,
       CASE WHEN accepts_new_patients = 'yes' OR CAST(accepts_new_patients AS INTEGER) > 0 THEN 1
            WHEN accepts_new_patients IN ('no', '0') THEN 0 END AS accepts_new_patients,
       snp
FROM practice_sites;

DROP TABLE directory_places;
CREATE TABLE directory_places (
  commune_code          TEXT NOT NULL,
  profession_code       TEXT NOT NULL,
  name_rank             INTEGER NOT NULL,  -- professionals_text rowid
  site_rowid            INTEGER NOT NULL,  -- practice_sites rowid
  postcode              TEXT,
  specialty_code        TEXT,
  accepts_new_patients  INTEGER,           -- site_capacity_flags
  snp                   INTEGER,
  PRIMARY KEY (commune_code, profession_code, name_rank, site_rowid)
) WITHOUT ROWID;
CREATE INDEX directory_places_by_rank ON directory_places (name_rank);
-- Capacity searched without a place: the few declaring sites, in name order.
CREATE INDEX directory_places_by_accepts ON directory_places (accepts_new_patients, name_rank)
  WHERE accepts_new_patients IS NOT NULL;
CREATE INDEX directory_places_by_snp ON directory_places (snp, name_rank) WHERE snp IS NOT NULL;

-- Capacity is entered in Maillage (the census), not by the imports that rebuild the table: a
-- change reaches the search at once.
CREATE TRIGGER practice_sites_capacity_to_search AFTER UPDATE OF accepts_new_patients, snp ON practice_sites
BEGIN
  UPDATE directory_places
     SET accepts_new_patients = (SELECT accepts_new_patients FROM site_capacity_flags WHERE site_rowid = NEW.rowid),
         snp = NEW.snp
   WHERE commune_code = coalesce(NEW.commune_code, '')
     AND profession_code = (SELECT profession_code FROM professionals WHERE national_id = NEW.professional_id)
     AND site_rowid = NEW.rowid;
END;
