-- ACT Board: the wall screen's settings (issue 13), JSON checked by shared/wall.ts; NULL means the defaults.
ALTER TABLE settings ADD COLUMN wall TEXT;
