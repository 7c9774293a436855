-- The territory history keeps the codes of its time: when a newer referential merges a commune
-- away, its past elements keep its code as text. So an element's code no longer references
-- ref_communes (it did in 0005); territory/referential_changes.h moves the current elements of a
-- vanished commune before the referential is written. Same table otherwise.
CREATE TABLE territory_elements_v2 (
  id            TEXT PRIMARY KEY,
  cpts_id       TEXT NOT NULL REFERENCES cpts (id),
  code          TEXT NOT NULL,  -- commune or arrondissement (INSEE code at the time)
  postcode      TEXT,           -- set for a (commune, postcode) part
  population    INTEGER,        -- entered population of a postcode part (NULL: estimated)
  added_at      TEXT NOT NULL,
  added_by      TEXT NOT NULL,
  removed_at    TEXT,
  removed_by    TEXT
);
INSERT INTO territory_elements_v2
  SELECT id, cpts_id, code, postcode, population, added_at, added_by, removed_at, removed_by FROM territory_elements;
DROP TABLE territory_elements;
ALTER TABLE territory_elements_v2 RENAME TO territory_elements;
CREATE UNIQUE INDEX territory_elements_current ON territory_elements (code, COALESCE(postcode, ''))
  WHERE removed_at IS NULL;
CREATE INDEX territory_elements_by_cpts ON territory_elements (cpts_id, added_at);
