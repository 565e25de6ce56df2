-- A real team's first day (issue 8): the team's day and clock, whether this board is the
-- fictional demo, and the getting-started steps someone chose to skip.
ALTER TABLE settings ADD COLUMN operating_start TEXT NOT NULL DEFAULT '08:00';
ALTER TABLE settings ADD COLUMN operating_end TEXT NOT NULL DEFAULT '20:00';
ALTER TABLE settings ADD COLUMN clock_format TEXT NOT NULL DEFAULT '24h' CHECK (clock_format IN ('24h', '12h'));
ALTER TABLE settings ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));

CREATE TABLE setup_skipped (
  step TEXT PRIMARY KEY,
  skipped_at TEXT NOT NULL
);
