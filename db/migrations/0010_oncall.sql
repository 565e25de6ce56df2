-- The on-call rota and the after-hours log (issue 11).

-- The number the team reaches a staff member on when they are on call.
ALTER TABLE staff ADD COLUMN phone TEXT NOT NULL DEFAULT '';

CREATE TABLE oncall_roles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name != ''),
  kind TEXT NOT NULL CHECK (kind IN ('primary', 'backup', 'other'))
);
INSERT INTO oncall_roles (id, name, kind) VALUES (1, 'Primary on call', 'primary'), (2, 'Psychiatric back-up', 'backup');

-- One rotation per role: turn k starts on start_day + k × turn_days at that date's hand-off.
CREATE TABLE oncall_rotations (
  role_id INTEGER PRIMARY KEY REFERENCES oncall_roles (id),
  start_day TEXT NOT NULL,
  turn_days INTEGER NOT NULL CHECK (turn_days BETWEEN 1 AND 28),
  -- Seven hand-off times, Monday first, as minutes after local midnight (a JSON array).
  handoff_json TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE oncall_members (
  role_id INTEGER NOT NULL REFERENCES oncall_rotations (role_id),
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  position INTEGER NOT NULL,
  from_day TEXT,
  out_from TEXT,
  out_to TEXT,
  PRIMARY KEY (role_id, staff_id),
  CHECK ((out_from IS NULL) = (out_to IS NULL) AND (out_to IS NULL OR out_to >= out_from))
);

CREATE TABLE oncall_overrides (
  id INTEGER PRIMARY KEY,
  role_id INTEGER NOT NULL REFERENCES oncall_roles (id),
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  kind TEXT NOT NULL CHECK (kind IN ('swap', 'give', 'cover', 'take_now')),
  start_at TEXT NOT NULL,
  end_at TEXT NOT NULL CHECK (end_at > start_at),
  reason TEXT NOT NULL CHECK (reason != ''),
  -- The other half of a swap.
  pair_id INTEGER REFERENCES oncall_overrides (id),
  created_at TEXT NOT NULL
);
CREATE INDEX oncall_overrides_by_time ON oncall_overrides (role_id, end_at);

-- Who actually held each role, kept as it happened: before any change to the rota, what
-- has passed since settled_until is written here from the rota as it stood.
CREATE TABLE oncall_held (
  id INTEGER PRIMARY KEY,
  role_id INTEGER NOT NULL REFERENCES oncall_roles (id),
  staff_id INTEGER REFERENCES staff (id),
  start_at TEXT NOT NULL,
  end_at TEXT NOT NULL CHECK (end_at > start_at)
);
CREATE INDEX oncall_held_by_time ON oncall_held (role_id, start_at);
CREATE TABLE oncall_settled (
  role_id INTEGER PRIMARY KEY REFERENCES oncall_roles (id),
  until TEXT NOT NULL
);

CREATE TABLE oncall_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- More nights in a row than this by one person is a warning.
  max_nights INTEGER NOT NULL DEFAULT 7 CHECK (max_nights BETWEEN 1 AND 31),
  crisis_line TEXT NOT NULL DEFAULT ''
);
INSERT INTO oncall_settings (id) VALUES (1);

CREATE TABLE after_hours_calls (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  client_id INTEGER REFERENCES clients (id),
  caller TEXT NOT NULL DEFAULT '',
  how TEXT NOT NULL CHECK (how IN ('phone', 'in_person')),
  what_happened TEXT NOT NULL CHECK (what_happened != ''),
  -- 'not_recorded': carried over from an event ticked "on-call phone", which did not say.
  outcome TEXT NOT NULL CHECK (outcome IN
    ('resolved_phone', 'visit', 'crisis_team', 'emergency_department', 'hospitalized', 'not_recorded')),
  follow_up INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)),
  follow_up_contact_id INTEGER REFERENCES contacts (id),
  reviewed_meeting_id INTEGER REFERENCES meetings (id),
  reviewed_at TEXT,
  source_event_id INTEGER UNIQUE REFERENCES significant_events (id),
  created_at TEXT NOT NULL,
  CHECK (client_id IS NOT NULL OR caller != '')
);
CREATE INDEX after_hours_calls_by_time ON after_hours_calls (at);

-- Events ticked "on-call phone" until now are calls of the log.
INSERT INTO after_hours_calls
  (at, staff_id, client_id, caller, how, what_happened, outcome, follow_up, reviewed_meeting_id, reviewed_at, source_event_id, created_at)
SELECT occurred_at, author_staff_id, client_id, CASE WHEN client_id IS NULL THEN 'Not recorded' ELSE '' END, 'phone', text,
       'not_recorded', 0, reviewed_meeting_id, reviewed_at, id, created_at
FROM significant_events WHERE on_call = 1;
