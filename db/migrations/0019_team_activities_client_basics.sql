-- ACT Board (issue 14): team activities without a client that take staff time on the board
-- (group, supervision, training, team meeting, travel), each with one or several staff.
-- A table of their own, not contacts with no client: every reader of contacts (the tracker,
-- fidelity, the MD board, the meeting, the attention list) counts client contacts and stays so.
CREATE TABLE team_activities (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('group', 'supervision', 'training', 'team_meeting', 'travel')),
  day TEXT NOT NULL,
  start_minute INTEGER NOT NULL CHECK (start_minute >= 0 AND start_minute < 1440),
  end_minute INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),
  -- Where it happens, for the travel check: a group in the community needs travel time like a home visit.
  location TEXT NOT NULL DEFAULT 'office' CHECK (location IN ('community', 'office')),
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX team_activities_by_day ON team_activities (day, start_minute);

CREATE TABLE team_activity_staff (
  activity_id INTEGER NOT NULL REFERENCES team_activities (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  PRIMARY KEY (activity_id, staff_id)
);

-- Client basics for the day: where they live, their phone, the crisis plan in brief, their
-- current legal status (the client's, not a stay's).
ALTER TABLE clients ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN crisis_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN legal_status TEXT
  CHECK (legal_status IS NULL OR legal_status IN ('voluntary', 'aot', 'conditional_release', 'guardianship', 'other'));
