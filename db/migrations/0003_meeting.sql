-- ACT Board: the morning meeting, the significant event log, and what the meeting
-- needs to know about each client (acuity, goals in their own words, due dates).

-- One row per client once anything of it is set; a missing row means the defaults.
CREATE TABLE client_profiles (
  client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
  acuity TEXT NOT NULL DEFAULT 'routine' CHECK (acuity IN ('routine', 'watch', 'high_risk')),
  acuity_reason TEXT NOT NULL DEFAULT '',
  acuity_changed_at TEXT,
  -- JSON array of short texts, in the client's own words.
  goals_json TEXT NOT NULL DEFAULT '[]',
  plan_review_due TEXT,
  last_psychiatric_visit TEXT,
  psychiatric_visit_due TEXT,
  -- Shown instead of the name in privacy mode (else the initials).
  alias TEXT,
  -- Place in the team's saved custom meeting order.
  meeting_position INTEGER,
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'finished')),
  sort TEXT NOT NULL CHECK (sort IN ('alphabetical', 'status', 'custom')),
  focus_client_id INTEGER REFERENCES clients (id),
  focus_since TEXT,
  notes TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);
-- At most one meeting runs at a time.
CREATE UNIQUE INDEX meetings_one_running ON meetings (status) WHERE status = 'running';
CREATE INDEX meetings_by_day ON meetings (day);

-- The roster walk: each client of the meeting, in walk order.
CREATE TABLE meeting_reviews (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  position INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'reviewed', 'parked')),
  was_parked INTEGER NOT NULL DEFAULT 0 CHECK (was_parked IN (0, 1)),
  park_note TEXT NOT NULL DEFAULT '',
  seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
  reviewed_at TEXT,
  PRIMARY KEY (meeting_id, client_id)
);

CREATE TABLE meeting_attendance (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  presence TEXT NOT NULL CHECK (presence IN ('present', 'remote', 'absent', 'off')),
  PRIMARY KEY (meeting_id, staff_id)
);

CREATE TABLE significant_events (
  id INTEGER PRIMARY KEY,
  client_id INTEGER REFERENCES clients (id),
  occurred_at TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN
    ('safety_risk', 'medical', 'medication', 'legal', 'housing', 'substance_use', 'family', 'other')),
  severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  text TEXT NOT NULL,
  author_staff_id INTEGER NOT NULL REFERENCES staff (id),
  -- Came in on the on-call phone (until the on-call rota exists).
  on_call INTEGER NOT NULL DEFAULT 0 CHECK (on_call IN (0, 1)),
  reviewed_meeting_id INTEGER REFERENCES meetings (id),
  reviewed_at TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX events_by_time ON significant_events (occurred_at);
CREATE INDEX events_by_client ON significant_events (client_id, occurred_at);
