-- ACT Board: the foundation schema.
CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  team_name TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  initials TEXT NOT NULL,
  role TEXT NOT NULL,
  fte REAL NOT NULL CHECK (fte > 0 AND fte <= 1),
  colour TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  preferred_name TEXT NOT NULL,
  record_number TEXT UNIQUE,
  admission_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'hospitalized', 'incarcerated', 'discharged')),
  primary_staff_id INTEGER REFERENCES staff (id),
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

-- The client's individual treatment team.
CREATE TABLE client_team (
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  PRIMARY KEY (client_id, staff_id)
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  staff_id INTEGER REFERENCES staff (id),
  day TEXT NOT NULL,
  start_minute INTEGER NOT NULL CHECK (start_minute >= 0 AND start_minute < 1440),
  end_minute INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),
  intervention TEXT NOT NULL,
  location TEXT NOT NULL CHECK (location IN ('community', 'office', 'phone')),
  status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'attempted', 'missed', 'cancelled')),
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX contacts_by_day ON contacts (day, staff_id, start_minute);
CREATE INDEX contacts_by_client ON contacts (client_id, day);

-- Who changed what. Written by the service only; no API method changes it.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);
