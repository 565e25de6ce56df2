-- ACT Board: a team activity that repeats (weekly supervision, the Tuesday group) is a series
-- of ordinary activities, one a date, sharing the first one's id. Each can still be moved,
-- changed or deleted alone; "this and the following" changes the rest of the series.
ALTER TABLE team_activities ADD COLUMN series_id INTEGER;
CREATE INDEX team_activities_by_series ON team_activities (series_id, day) WHERE series_id IS NOT NULL;
