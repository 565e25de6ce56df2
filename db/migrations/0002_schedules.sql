-- The shift manager's day: client schedules, appointments, staff availability, drafting.
ALTER TABLE settings ADD COLUMN travel_buffer_minutes INTEGER NOT NULL DEFAULT 15;
ALTER TABLE settings ADD COLUMN no_contact_days INTEGER NOT NULL DEFAULT 3;

-- A client's recurring planned contacts; the rule is an iCalendar RRULE (DTSTART/UNTIL floating dates).
CREATE TABLE schedule_items (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  rrule TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  start_minute INTEGER CHECK (start_minute >= 0 AND start_minute < 1440),
  time_window TEXT CHECK (time_window IN ('morning', 'afternoon', 'evening')),
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 720),
  intervention TEXT NOT NULL,
  location TEXT NOT NULL CHECK (location IN ('community', 'office', 'phone')),
  role_needed TEXT NOT NULL DEFAULT 'any',
  preferred_staff_id INTEGER REFERENCES staff (id),
  applies_when TEXT NOT NULL DEFAULT 'active' CHECK (applies_when IN ('active', 'hospitalized', 'incarcerated')),
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  CHECK ((start_minute IS NULL) <> (time_window IS NULL))
);
CREATE INDEX schedule_items_by_client ON schedule_items (client_id);

-- The client monthly board: appointments and important dates.
CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  start_minute INTEGER CHECK (start_minute >= 0 AND start_minute < 1440),
  duration_minutes INTEGER NOT NULL DEFAULT 60,
  kind TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  staff_support TEXT NOT NULL DEFAULT 'none' CHECK (staff_support IN ('none', 'accompany', 'transport')),
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);
CREATE INDEX appointments_by_day ON appointments (day);

-- A staff member's usual week (weekday 1 = Monday); a missing row is a day off.
CREATE TABLE shift_patterns (
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute INTEGER NOT NULL,
  end_minute INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),
  PRIMARY KEY (staff_id, weekday)
);

-- A change for one day: another shift, or off (NULL times).
CREATE TABLE shift_changes (
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  start_minute INTEGER,
  end_minute INTEGER,
  PRIMARY KEY (staff_id, day),
  CHECK ((start_minute IS NULL) = (end_minute IS NULL)),
  CHECK (end_minute IS NULL OR end_minute > start_minute)
);

CREATE TABLE time_off (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL CHECK (to_day >= from_day),
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX time_off_by_day ON time_off (from_day, to_day);

CREATE TABLE holidays (
  day TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

-- Per-day facts of the board: who is the shift manager.
CREATE TABLE day_plans (
  day TEXT PRIMARY KEY,
  shift_manager_id INTEGER REFERENCES staff (id),
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

-- Drafted contacts remember where they came from, so a second draft adds only what is missing.
ALTER TABLE contacts ADD COLUMN source TEXT;
ALTER TABLE contacts ADD COLUMN role_needed TEXT;
ALTER TABLE contacts ADD COLUMN draft_reason TEXT;
ALTER TABLE contacts ADD COLUMN draft_run_id INTEGER;
CREATE UNIQUE INDEX contacts_by_source ON contacts (source) WHERE source IS NOT NULL;

CREATE TABLE draft_runs (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0
);

-- Drafted contacts a person deleted: the draft does not bring them back.
CREATE TABLE draft_skips (
  source TEXT PRIMARY KEY,
  day TEXT NOT NULL
);
