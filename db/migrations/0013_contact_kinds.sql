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
