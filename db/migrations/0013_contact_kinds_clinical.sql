-- ACT Board: what kind each contact was (issue 14), and the plan for the next contact on its outcome.
-- Contacts recorded before kinds existed were face to face, except those placed on the phone.
ALTER TABLE contacts ADD COLUMN kind TEXT NOT NULL DEFAULT 'face_to_face'
  CHECK (kind IN ('face_to_face', 'phone', 'video', 'collateral'));
-- Only a collateral contact says with whom, and it always does.
ALTER TABLE contacts ADD COLUMN collateral_with TEXT
  CHECK ((kind = 'collateral' AND collateral_with IS NOT NULL AND collateral_with IN ('family', 'provider', 'other'))
      OR (kind != 'collateral' AND collateral_with IS NULL));
ALTER TABLE contacts ADD COLUMN next_plan TEXT NOT NULL DEFAULT '';
UPDATE contacts SET kind = 'phone' WHERE location = 'phone';

-- The MD board and the injection schedule (issue 14): the team's psychiatric visit interval
-- (1 to 6 weeks) and the window around a long-acting injection's due date (± days).
CREATE TABLE clinical_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  psych_visit_weeks INTEGER NOT NULL DEFAULT 4 CHECK (psych_visit_weeks BETWEEN 1 AND 6),
  injection_window_days INTEGER NOT NULL DEFAULT 3 CHECK (injection_window_days BETWEEN 0 AND 14),
  version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO clinical_settings (id) VALUES (1);
