-- ACT Board: the morning meeting's target time (issue 12, item 18): minutes per client on the roster, a team setting.
ALTER TABLE settings ADD COLUMN meeting_minutes_per_client REAL NOT NULL DEFAULT 1
  CHECK (meeting_minutes_per_client BETWEEN 0.5 AND 5);
-- Each meeting keeps the target it was run against (older meetings: one minute a client).
ALTER TABLE meetings ADD COLUMN minutes_per_client REAL NOT NULL DEFAULT 1;
