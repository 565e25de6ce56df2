-- Hospital log and jail log (issue 10): dated stays the team acts on every day.
-- One row per stay; `log` says which log it belongs to. An open stay has no discharged_on.
CREATE TABLE stays (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  log TEXT NOT NULL CHECK (log IN ('hospital', 'jail')),
  kind TEXT NOT NULL CHECK (kind IN ('psychiatric', 'medical', 'detox', 'crisis_bed', 'emergency', 'jail')),
  facility TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  admitted_on TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  legal_status TEXT CHECK (legal_status IN ('voluntary', 'involuntary', 'court_ordered')),
  legal_until TEXT,
  learned_how TEXT NOT NULL DEFAULT '',
  learned_on TEXT,
  team_in_admission INTEGER NOT NULL DEFAULT 0 CHECK (team_in_admission IN (0, 1)),
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  visit_plan TEXT NOT NULL DEFAULT '',
  expected_discharge TEXT,
  discharge_plan TEXT NOT NULL DEFAULT '',
  discharge_plan_state TEXT NOT NULL DEFAULT 'not_started' CHECK (discharge_plan_state IN ('not_started', 'in_progress', 'ready')),
  charges TEXT NOT NULL DEFAULT '',
  officer TEXT NOT NULL DEFAULT '',
  attorney TEXT NOT NULL DEFAULT '',
  discharged_on TEXT,
  discharged_to TEXT CHECK (discharged_to IN ('home', 'residence', 'shelter', 'other_facility', 'jail', 'hospital')),
  team_in_discharge INTEGER NOT NULL DEFAULT 0 CHECK (team_in_discharge IN (0, 1)),
  medication_reconciled INTEGER NOT NULL DEFAULT 0 CHECK (medication_reconciled IN (0, 1)),
  follow_up_plan TEXT NOT NULL DEFAULT '',
  follow_up_due TEXT,
  follow_up_contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (discharged_on IS NULL OR discharged_on >= admitted_on)
);
-- At most one open stay per client.
CREATE UNIQUE INDEX stays_one_open ON stays (client_id) WHERE discharged_on IS NULL;
CREATE INDEX stays_by_admission ON stays (admitted_on);

-- Team visits and calls with inpatient staff during a stay. A done hospital or jail visit
-- contact on the board records one by itself (contact_id).
CREATE TABLE stay_visits (
  id INTEGER PRIMARY KEY,
  stay_id INTEGER NOT NULL REFERENCES stays (id),
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('visit', 'call')),
  staff_id INTEGER REFERENCES staff (id),
  note TEXT NOT NULL DEFAULT '',
  contact_id INTEGER UNIQUE REFERENCES contacts (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
CREATE INDEX stay_visits_by_stay ON stay_visits (stay_id, day);

-- The team's rules for stays: days without a visit before the board warns (PACT: daily),
-- days after a discharge by which a professional must have met the client (NY: 3 to 7).
CREATE TABLE stay_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  visit_gap_days INTEGER NOT NULL DEFAULT 1 CHECK (visit_gap_days BETWEEN 1 AND 14),
  follow_up_days INTEGER NOT NULL DEFAULT 3 CHECK (follow_up_days BETWEEN 1 AND 7),
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL DEFAULT ''
);
INSERT INTO stay_settings (id) VALUES (1);
