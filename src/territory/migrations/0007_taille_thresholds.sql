-- The taille thresholds (minimum population of tailles 2, 3 and 4), an administrator setting.
-- One row at most; when absent, the code defaults apply (territory/model.h, TailleThresholds).
CREATE TABLE taille_thresholds (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  taille2     INTEGER NOT NULL,
  taille3     INTEGER NOT NULL,
  taille4     INTEGER NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  CHECK (0 < taille2 AND taille2 < taille3 AND taille3 < taille4)
);
