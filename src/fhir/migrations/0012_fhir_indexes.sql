-- Indexes for the FHIR searches (src/fhir/): family and given names and structure names are
-- searched accent- and case-insensitively by prefix through maillage_fold (text::fold, a function
-- every SQLite connection of the program registers: the sqlite3 shell can read these tables but
-- not write them); the other parameters by postcode prefix or code. Sites by FINESS: 0013.
-- Family then given name: a family prefix walks the index and checks the given name in it; the
-- same order could serve an accent-insensitive listing by name.
CREATE INDEX professionals_by_family ON professionals (maillage_fold(last_name), maillage_fold(first_name), national_id);
CREATE INDEX professionals_by_given ON professionals (maillage_fold(first_name));
CREATE INDEX practice_sites_by_postcode ON practice_sites (postcode);
CREATE INDEX practice_sites_by_specialty ON practice_sites (specialty_code);
CREATE INDEX structures_by_folded_name ON structures (maillage_fold(name));
CREATE INDEX structures_by_postcode ON structures (postcode);
