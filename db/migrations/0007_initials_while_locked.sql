-- ACT Board: a new board shows clients by initials while locked (issue 9). A board that
-- already has a team keeps the choice it has; only a board being created gets the new default.
UPDATE trust_settings SET privacy_when_locked = 1
WHERE id = 1
  AND NOT EXISTS (SELECT 1 FROM staff)
  AND NOT EXISTS (SELECT 1 FROM clients);
