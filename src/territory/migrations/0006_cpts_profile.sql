-- The profile and lifecycle of a CPTS: projet → lettre_intention_validee → projet_sante_valide →
-- contrat_signe → (dissoute), each step dated, with its history.
ALTER TABLE cpts ADD COLUMN short_name TEXT;
ALTER TABLE cpts ADD COLUMN legal_form TEXT;
ALTER TABLE cpts ADD COLUMN siret TEXT;
ALTER TABLE cpts ADD COLUMN seat_commune_code TEXT REFERENCES ref_communes (code);
ALTER TABLE cpts ADD COLUMN contact_email TEXT;
ALTER TABLE cpts ADD COLUMN contact_phone TEXT;
ALTER TABLE cpts ADD COLUMN website TEXT;
ALTER TABLE cpts ADD COLUMN status TEXT NOT NULL DEFAULT 'projet'
  CHECK (status IN ('projet', 'lettre_intention_validee', 'projet_sante_valide', 'contrat_signe', 'dissoute'));

CREATE TABLE cpts_status_history (
  id              TEXT PRIMARY KEY,
  cpts_id         TEXT NOT NULL REFERENCES cpts (id),
  status          TEXT NOT NULL,
  effective_date  TEXT NOT NULL,  -- the date of the step (ISO 8601 date)
  recorded_at     TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  note            TEXT
);
CREATE INDEX cpts_status_history_by_cpts ON cpts_status_history (cpts_id, recorded_at);
