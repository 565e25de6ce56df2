-- Bringing a roster in from CSV: which column held each field, remembered per kind of file.
CREATE TABLE import_mappings (
  kind TEXT PRIMARY KEY CHECK (kind IN ('staff', 'clients', 'schedules')),
  mapping_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
