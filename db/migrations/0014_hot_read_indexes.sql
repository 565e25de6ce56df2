-- ACT Board: indexes for the reads that would otherwise grow with the years (issue 16).
-- The hospital/jail lists read open stays and recent discharges owing a follow-up, not every stay ever.
CREATE INDEX stays_by_discharge ON stays (discharged_on);
CREATE INDEX stays_by_follow_up ON stays (follow_up_due);
-- The meeting's last psychiatric visit of each client: found from the newest back, per client.
CREATE INDEX contacts_by_intervention ON contacts (intervention, client_id, day);
-- A day's board reads the shift changes and time off of its day only.
CREATE INDEX shift_changes_by_day ON shift_changes (day);
CREATE INDEX time_off_by_end ON time_off (to_day);
-- The meeting's events and after-hours calls: the unreviewed ones and the last week's.
CREATE INDEX events_unreviewed ON significant_events (reviewed_meeting_id);
CREATE INDEX after_hours_calls_unreviewed ON after_hours_calls (reviewed_meeting_id);
