-- Territory composition with its dated history: an element is current while `removed_at` is
-- NULL; the territory at a past time is the elements added before it and not yet removed then.
CREATE TABLE territory_elements (
  id            TEXT PRIMARY KEY,
  cpts_id       TEXT NOT NULL REFERENCES cpts (id),
  code          TEXT NOT NULL REFERENCES ref_communes (code),  -- commune or arrondissement
  postcode      TEXT,     -- set for a (commune, postcode) part
  population    INTEGER,  -- entered population of a postcode part (NULL: estimated)
  added_at      TEXT NOT NULL,
  added_by      TEXT NOT NULL,
  removed_at    TEXT,
  removed_by    TEXT
);
-- Backstop of the rules (territory/rules.h): one current holder per commune or part.
CREATE UNIQUE INDEX territory_elements_current ON territory_elements (code, COALESCE(postcode, ''))
  WHERE removed_at IS NULL;
CREATE INDEX territory_elements_by_cpts ON territory_elements (cpts_id, added_at);
