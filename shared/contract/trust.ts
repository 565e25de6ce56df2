/** Sign-in with PINs, who may do what, the audit trail and backups (issue 5). */
import { z } from 'zod';
import { emptyInput, localDate } from '../schemas';
import {
  type AuditCheck,
  type AuditPage,
  type BackupState,
  PERMISSION_LEVELS,
  PIN_PATTERN,
  type Person,
  type SessionState,
  type TrustSettings,
} from '../trust';
import { method } from './define';

const id = z.number({ error: 'must be a number' }).int().positive();
const version = z.number({ error: 'must be a number' }).int().nonnegative();
const pin = z.string({ error: 'must be digits' }).regex(PIN_PATTERN, { error: 'must be 4 to 8 digits' });

/** Why a backup was made; part of its file name. */
export const BACKUP_REASONS = ['manual', 'daily', 'quit', 'prerestore', 'test'] as const;
/** The names the app gives its backups: only these are listed, restored and pruned. */
export const BACKUP_NAME_PATTERN = new RegExp(`^act-board-\\d{8}-\\d{6}(-\\d+)?-(${BACKUP_REASONS.join('|')})\\.sqlite$`);

/** A path on the machine that runs the board (the admin types or pastes it). */
const pathText = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `is required: ${what} on the machine that runs the board` })
    .max(1000, { error: 'must be at most 1000 characters' })
    .regex(/^(\/|\\\\|[A-Za-z]:[\\/])/, { error: 'must be a full path, such as /media/usb or D:\\' });

export const unlockInput = z.strictObject({ staffId: id, pin });
/** First run: an existing staff member, or (on an empty board) a new one, becomes the first admin. */
const setupInput = z
  .strictObject({
    staffId: id.optional(),
    name: z.string({ error: 'must be text' }).trim().min(1, { error: 'is required' }).max(80).optional(),
    initials: z
      .string({ error: 'must be text' })
      .trim()
      .regex(/^[A-Za-z]{1,4}$/, { error: 'must be 1 to 4 letters' })
      .transform((s) => s.toUpperCase())
      .optional(),
    pin,
    /** Needed from another computer: the one-time code the host printed at start. */
    setupCode: z.string({ error: 'must be text' }).max(40, { error: 'must be at most 40 characters' }).optional(),
  })
  .refine((v) => v.staffId !== undefined || (v.name !== undefined && v.initials !== undefined), {
    error: 'Choose a staff member, or give a name and initials',
  });
const auditListInput = z.strictObject({
  staffId: id.optional(),
  clientId: id.optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  kind: z.string({ error: 'must be text' }).max(40, { error: 'must be at most 40 characters' }).optional(),
  limit: z.number({ error: 'must be a number' }).int().min(1).max(10_000).default(200),
  offset: z.number({ error: 'must be a number' }).int().min(0).default(0),
});
const trustSettingsInput = z.strictObject({
  version,
  autoLockMinutes: z.number({ error: 'must be a number' }).int().min(1, { error: 'must be at least 1' }).max(240, {
    error: 'must be at most 240',
  }).optional(),
  privacyWhenLocked: z.boolean({ error: 'must be yes or no' }).optional(),
  backupDir: z
    .string({ error: 'must be a folder' })
    .trim()
    .max(500, { error: 'must be at most 500 characters' })
    .nullable()
    .transform((s) => (s === '' ? null : s))
    .optional(),
  retentionDays: z.number({ error: 'must be a number' }).int().min(1, { error: 'must be at least 1' }).max(3650).optional(),
});

type LockScreenPerson = Pick<Person, 'id' | 'name' | 'initials' | 'colour' | 'hasPin' | 'lockedUntil'>;

export const trustMethods = {
  'auth.status': method<SessionState>()(emptyInput),
  'auth.people': method<LockScreenPerson[]>()(emptyInput),
  'auth.unlock': method<SessionState>()(unlockInput),
  'auth.lock': method<SessionState>()(emptyInput),
  'auth.setup': method<SessionState>()(setupInput),
  'auth.changePin': method<SessionState>()(z.strictObject({ currentPin: pin, newPin: pin })),
  'auth.access': method<Person[]>()(emptyInput),
  'auth.setAccess': method<Person>()(
    z.strictObject({ staffId: id, version, level: z.enum(PERMISSION_LEVELS, { error: 'is not a known permission level' }) }),
  ),
  'auth.resetPin': method<Person>()(z.strictObject({ staffId: id, version, pin })),
  'trust.settings': method<TrustSettings>()(emptyInput),
  'trust.updateSettings': method<TrustSettings>()(trustSettingsInput),
  'audit.list': method<AuditPage>()(auditListInput),
  'audit.verify': method<AuditCheck>()(emptyInput),
  'backup.status': method<BackupState>()(emptyInput),
  'backup.now': method<BackupState>()(emptyInput),
  'board.saveCopy': method<BackupState>()(z.strictObject({ folder: pathText('a folder') })),
  'board.openFile': method<BackupState>()(z.strictObject({ file: pathText('a board file') })),
  'backup.restore': method<BackupState>()(
    z.strictObject({
      name: z.string({ error: 'must be a backup file name' }).regex(BACKUP_NAME_PATTERN, { error: 'is not a backup of this board' }),
    }),
  ),
};
