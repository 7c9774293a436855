-- The French territorial referential (COG), imported from official open data by
-- `maillage refdata import`. Codes are TEXT everywhere: INSEE codes of Corsica hold letters (2A004).

CREATE TABLE ref_regions (
  code       TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  zone       TEXT NOT NULL CHECK (zone IN ('metro', 'drom', 'com')),
  chef_lieu  TEXT
);

CREATE TABLE ref_departements (
  code         TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  region_code  TEXT NOT NULL REFERENCES ref_regions (code),
  zone         TEXT NOT NULL CHECK (zone IN ('metro', 'drom', 'com')),
  chef_lieu    TEXT
);

CREATE TABLE ref_epci (
  siren                  TEXT PRIMARY KEY,
  name                   TEXT NOT NULL,
  type                   TEXT NOT NULL,  -- CC, CA, CU, METRO, MET69
  financing              TEXT,           -- FPU, FA, …
  population_municipale INTEGER,
  population_totale      INTEGER
);

-- Current communes and arrondissements municipaux (Paris, Lyon, Marseille).
CREATE TABLE ref_communes (
  code              TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('commune', 'arrondissement')),
  parent_code       TEXT REFERENCES ref_communes (code),  -- commune of an arrondissement
  departement_code  TEXT NOT NULL REFERENCES ref_departements (code),
  region_code       TEXT NOT NULL REFERENCES ref_regions (code),
  zone              TEXT NOT NULL CHECK (zone IN ('metro', 'drom', 'com')),
  epci_siren        TEXT REFERENCES ref_epci (siren),
  siren             TEXT,
  population        INTEGER,  -- legal population (population municipale); NULL where INSEE has none
  latitude          REAL,
  longitude         REAL,
  coordinates_estimated INTEGER NOT NULL DEFAULT 0,
  coordinates_method    TEXT
);
CREATE INDEX ref_communes_by_departement ON ref_communes (departement_code);
CREATE INDEX ref_communes_by_parent ON ref_communes (parent_code);

-- Communes déléguées and associées: former names that still designate a place in a current commune.
CREATE TABLE ref_former_communes (
  code          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('deleguee', 'associee')),
  name          TEXT NOT NULL,
  current_code  TEXT NOT NULL REFERENCES ref_communes (code),
  PRIMARY KEY (code, kind)
);

-- Commune ↔ postcode pairs, with La Poste's libellé d'acheminement.
CREATE TABLE ref_postcodes (
  commune_code          TEXT NOT NULL REFERENCES ref_communes (code),
  postcode              TEXT NOT NULL,
  libelle_acheminement  TEXT NOT NULL,
  PRIMARY KEY (commune_code, postcode)
);
CREATE INDEX ref_postcodes_by_postcode ON ref_postcodes (postcode);

-- Which package version each part of the referential was imported from.
CREATE TABLE ref_sources (
  package      TEXT PRIMARY KEY,
  version      TEXT NOT NULL,
  imported_at  TEXT NOT NULL
);
