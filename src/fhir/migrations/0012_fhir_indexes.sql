-- Indexes for the FHIR searches (src/fhir/). Names are searched accent- and case-insensitively by
-- prefix through maillage_fold (text::fold, a function every SQLite connection of the program
-- registers: the sqlite3 shell can read these tables but not write them). Each name index ends
-- with the key the results are ordered by, so that counting and ordering the matches stay in the
-- index. A family prefix with a given name is checked in the first index. Sites by FINESS: 0013.
CREATE INDEX professionals_by_family ON professionals (maillage_fold(last_name), maillage_fold(first_name), national_id);
CREATE INDEX professionals_by_given ON professionals (maillage_fold(first_name), national_id);
CREATE INDEX practice_sites_by_postcode ON practice_sites (postcode);
CREATE INDEX practice_sites_by_specialty ON practice_sites (specialty_code);
CREATE INDEX structures_by_folded_name ON structures (maillage_fold(name), finess);
CREATE INDEX structures_by_postcode ON structures (postcode);
