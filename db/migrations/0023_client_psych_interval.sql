-- ACT Board: the psychiatric visit interval set per client (issue 14, the MD board).
-- NULL: the client follows the team's interval (clinical_settings.psych_visit_weeks).
ALTER TABLE clients ADD COLUMN psych_visit_weeks INTEGER
  CHECK (psych_visit_weeks IS NULL OR psych_visit_weeks BETWEEN 1 AND 6);
