-- ACT Board: when and why a client left the team (issue 15: TMACT OS10, retention over 12 months).
-- Clients discharged before this keep both empty: the board does not guess a date.
ALTER TABLE clients ADD COLUMN discharged_on TEXT;
ALTER TABLE clients ADD COLUMN discharge_reason TEXT
  CHECK (discharge_reason IS NULL OR discharge_reason IN
    ('moved_away', 'graduated', 'died', 'dropped_out', 'refused', 'jailed_long_term', 'hospitalized_long_term', 'other'));
