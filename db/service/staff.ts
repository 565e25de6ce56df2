import { ApiError, type ParsedInput } from '../../shared/api';
import type { Staff, StaffRole } from '../../shared/domain';
import { keepingAnActiveAdmin } from './admins';
import { type CallContext, checkVersion, notFound } from './context';
import type { HandlersFor } from './handler';
import { teamTimeFormatter } from './settings';

interface StaffRow {
  id: number;
  name: string;
  initials: string;
  role: StaffRole;
  fte: number;
  colour: string;
  active: number;
  version: number;
  updated_at: string;
}

const toStaff = (r: StaffRow): Staff => ({
  id: r.id,
  name: r.name,
  initials: r.initials,
  role: r.role,
  fte: r.fte,
  colour: r.colour,
  active: r.active === 1,
  version: r.version,
});

export function listStaff(ctx: Pick<CallContext, 'db'>): Staff[] {
  return (ctx.db.prepare('SELECT * FROM staff ORDER BY active DESC, name').all() as StaffRow[]).map(toStaff);
}

function row(ctx: Pick<CallContext, 'db'>, id: number): StaffRow {
  const r = ctx.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  if (!r) throw notFound('Staff member', id);
  return r;
}

export function getStaff(ctx: Pick<CallContext, 'db'>, id: number): Staff {
  return toStaff(row(ctx, id));
}

/** A staff member who can be given work: exists and is active. */
export function requireActiveStaff(ctx: Pick<CallContext, 'db'>, id: number): Staff {
  const s = getStaff(ctx, id);
  if (!s.active) throw new ApiError('validation', `${s.name} is no longer active and cannot be given contacts.`);
  return s;
}

type StaffFields = Omit<Staff, 'id' | 'version'>;

/** Adds a staff member (the caller audits); returns the new id. */
export function insertStaff(ctx: CallContext, fields: StaffFields): number {
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO staff (name, initials, role, fte, colour, active, updated_at)
       VALUES (@name, @initials, @role, @fte, @colour, @active, @now)`,
    )
    .run({ ...pick(fields), active: fields.active ? 1 : 0, now: ctx.nowIso });
  return Number(lastInsertRowid);
}

/**
 * Overwrites a staff member's fields and bumps the version (the caller checks the version
 * and audits). Refused if it would deactivate the last active admin.
 */
export function writeStaff(ctx: CallContext, id: number, fields: StaffFields): void {
  keepingAnActiveAdmin(ctx, fields.name, 'deactivate', () =>
    ctx.db
      .prepare(
        `UPDATE staff SET name = @name, initials = @initials, role = @role, fte = @fte, colour = @colour,
         active = @active, version = version + 1, updated_at = @now WHERE id = @id`,
      )
      .run({ ...pick(fields), active: fields.active ? 1 : 0, now: ctx.nowIso, id }),
  );
}

const pick = ({ name, initials, role, fte, colour }: StaffFields) => ({ name, initials, role, fte, colour });

export function createStaff(ctx: CallContext, input: ParsedInput<'staff.create'>): Staff {
  const created = getStaff(ctx, insertStaff(ctx, input));
  ctx.audit('create', 'staff', created.id, undefined, created);
  ctx.changed('staff');
  return created;
}

export function updateStaff(ctx: CallContext, input: ParsedInput<'staff.update'>): Staff {
  const current = row(ctx, input.id);
  checkVersion('staff member', { version: current.version, updatedAt: current.updated_at }, input.version, teamTimeFormatter(ctx));
  const before = toStaff(current);
  writeStaff(ctx, input.id, { ...before, ...stripUndefined(input) });
  const after = getStaff(ctx, input.id);
  ctx.audit('update', 'staff', after.id, before, after);
  ctx.changed('staff');
  ctx.changed('contacts');
  return after;
}

/** Optional update fields that were not sent must not overwrite what is stored. */
export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const staffHandlers: HandlersFor<'staff.list' | 'staff.create' | 'staff.update'> = {
  'staff.list': (ctx) => listStaff(ctx),
  'staff.create': createStaff,
  'staff.update': updateStaff,
};
