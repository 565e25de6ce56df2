/** People, permissions, sessions, the audit trail and backups: the words of issue 5. */

/** What a person may do, lowest first. Each level includes the ones before it. */
export const PERMISSION_LEVELS = ['view', 'log', 'schedule', 'admin'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export const PERMISSION_LABELS: Record<PermissionLevel, string> = {
  view: 'View',
  log: 'Log (add contacts, record outcomes of their own)',
  schedule: 'Schedule (build and change the day, rosters, rota)',
  admin: 'Admin (staff, settings, PINs, backups, audit)',
};

export const atLeast = (level: PermissionLevel, needed: PermissionLevel): boolean =>
  PERMISSION_LEVELS.indexOf(level) >= PERMISSION_LEVELS.indexOf(needed);

export const PIN_PATTERN = /^\d{4,8}$/;

/**
 * What a locked seat gets instead of a free text (a note, an event text, a goal, a place)
 * when the team shows clients by initials while locked. No write may store it: a form
 * opened while locked would otherwise save the placeholder over the real text.
 */
export const WITHHELD_TEXT = '(hidden while locked)';

/** A staff member as the lock screen and the access screen see them. */
export interface Person {
  id: number;
  name: string;
  initials: string;
  colour: string;
  level: PermissionLevel;
  hasPin: boolean;
  /** Too many wrong PINs: no unlock before this time (UTC ISO). */
  lockedUntil: string | null;
  active: boolean;
  version: number;
}

export interface SessionState {
  /** Who this seat acts as; null when locked. */
  person: Pick<Person, 'id' | 'name' | 'initials' | 'level'> | null;
  /** LAN mode: even reading needs a PIN. */
  signInRequired: boolean;
  /** First run: no active staff member has an admin PIN. */
  needsSetup: boolean;
  /** First run from another computer: the setup code the host printed at start is needed. */
  setupCodeRequired: boolean;
  autoLockMinutes: number;
  privacyWhenLocked: boolean;
}

export interface TrustSettings {
  autoLockMinutes: number;
  privacyWhenLocked: boolean;
  /** null: the `backups` folder beside the board file. */
  backupDir: string | null;
  /** The folder backups go to now. */
  effectiveBackupDir: string;
  retentionDays: number;
  version: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorStaffId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: string | null;
  after: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  /** Distinct entity kinds in the whole log, for the filter. */
  kinds: string[];
}

/** A place where the audit trail's hash chain does not hold. */
export interface AuditChainBreak {
  id: number;
  at: string;
  /** What is wrong there, in plain words. */
  problem: string;
}

/** Admin → Audit trail → Check: whether the trail is as ACT Board wrote it. */
export interface AuditCheck {
  intact: boolean;
  entries: number;
  /** Backups whose copy of the trail the board's was compared with. */
  backupsCompared: number;
  /** One sentence: intact, or where it first breaks (entry and time). */
  summary: string;
  /** Every place it breaks, first first (at most 20). */
  breaks: AuditChainBreak[];
}

export interface BackupFile {
  name: string;
  at: string;
  bytes: number;
  reason: string;
}

export interface BackupState {
  dir: string;
  files: BackupFile[];
  running: boolean;
  lastError: string | null;
  /** The file "Save a copy of the board" last wrote (since the host started). */
  lastCopy: string | null;
  /** Where a copy goes unless the admin chooses: the host user's home folder. */
  copyDir: string;
}
