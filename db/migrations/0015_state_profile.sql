-- ACT Board: the team's state profile (issues 14 and 15): which state's rules set documentation due dates and fidelity targets.
ALTER TABLE settings ADD COLUMN state_profile TEXT NOT NULL DEFAULT 'NY' CHECK (state_profile IN ('NY', 'MA', 'UT'));
