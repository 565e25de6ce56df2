-- ACT Board (issue 14): AOT orders and the documents recorded as done for the chart captains' board.

-- A client's assisted outpatient treatment order (one at a time; renewing edits it).
CREATE TABLE aot_orders (
  client_id INTEGER PRIMARY KEY REFERENCES clients (id),
  starts_on TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  reporting_duty TEXT NOT NULL DEFAULT '',
  report_every_days INTEGER NOT NULL CHECK (report_every_days BETWEEN 1 AND 366),
  last_report_on TEXT,
  county_contact TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  CHECK (expires_on >= starts_on)
);

-- "Assessment done", "plan reviewed": the dates the documentation due dates count from.
CREATE TABLE documentation_done (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  kind TEXT NOT NULL CHECK (kind IN ('immediate_needs', 'assessment', 'plan', 'plan_review')),
  done_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (client_id, kind, done_on)
);
CREATE INDEX documentation_done_by_client ON documentation_done (client_id);
