import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api';
import type { CardMove, ChangeArea, ChangeEvent, Contact, LocalDate } from '../../shared/domain';
import type { AuditEntry } from '../../shared/trust';
import { type AuditRowFields, auditRowHash, chainHead } from '../audit-chain';
import { Privacy } from './privacy';
import type { TrustContext } from './sessions';

/** What one API call may use: the database, the clock, and a record of what it changed. */
export class CallContext {
  private readonly areas = new Set<ChangeArea>();
  private readonly days = new Set<LocalDate>();
  private readonly moves: CardMove[] = [];

  /** Writes that must be kept even when the call fails (a wrong PIN counts even though unlocking failed). */
  readonly keepOnFailure: (() => void)[] = [];

  constructor(
    readonly db: Database.Database,
    readonly actor: string,
    readonly now: Date,
    /** Who is calling and the service's sessions and backups; absent for contexts made outside the service. */
    readonly trust?: TrustContext,
    /** What the caller may be shown about clients (read handlers build their results through it). */
    readonly privacy: Privacy = Privacy.full(db),
  ) {}

  get nowIso(): string {
    return this.now.toISOString();
  }

  changed(area: ChangeArea, ...days: LocalDate[]): void {
    this.areas.add(area);
    for (const d of days) this.days.add(d);
  }

  /** A card moved: the change event says where it now is (only the fields of `CardMove`). */
  movedCard({ id, day, staffId, startMinute, endMinute, version }: Contact): void {
    this.moves.push({ id, day, staffId, startMinute, endMinute, version });
  }

  audit(action: string, entity: string, entityId: number | null, before: unknown, after: unknown): void {
    const actorStaffId = this.trust?.caller.person?.id ?? null;
    writeAudit(this.db, { at: this.nowIso, actor: this.actor, actorStaffId, action, entity, entityId, before, after });
  }

  changeEvent(): ChangeEvent | null {
    if (this.areas.size === 0) return null;
    const event: ChangeEvent = { areas: [...this.areas] };
    if (this.days.size) event.days = [...this.days];
    if (this.moves.length) event.moves = [...this.moves];
    return event;
  }
}

/** An entry to append: as listed (shared/trust.ts), before its id and with before/after not yet JSON. */
export type AuditRow = Omit<AuditEntry, 'id' | 'before' | 'after'> & { before: unknown; after: unknown };

/**
 * Appends to the audit trail, sealed: the next id, hashed with the row before (the only
 * way anything is written to it; the table refuses updates, deletes and anything but
 * such an append).
 */
export function writeAudit(db: Database.Database, r: AuditRow): void {
  db.transaction(() => {
    const { nextId, previous } = chainHead(db);
    const row: AuditRowFields = {
      id: nextId,
      at: r.at,
      actor: r.actor,
      actor_staff_id: r.actorStaffId,
      action: r.action,
      entity: r.entity,
      entity_id: r.entityId,
      before_json: r.before === undefined ? null : JSON.stringify(r.before),
      after_json: r.after === undefined ? null : JSON.stringify(r.after),
    };
    db.prepare(
      `INSERT INTO audit_log (id, at, actor, actor_staff_id, action, entity, entity_id, before_json, after_json, hash)
       VALUES (@id, @at, @actor, @actor_staff_id, @action, @entity, @entity_id, @before_json, @after_json, @hash)`,
    ).run({ ...row, hash: auditRowHash(previous, row) });
  }).immediate();
}

/** Formats a stored timestamp for people; may also say who made the write stamped with it. */
export interface ChangeTimeFormatter {
  (iso: string): string;
  changedBy?: (iso: string) => string | null;
}

/** Rows people edit carry a version: a write based on an older one is refused, never merged. */
export function checkVersion(
  what: string,
  row: { version: number; updatedAt: string },
  expected: number,
  formatTime: ChangeTimeFormatter,
): void {
  if (row.version !== expected) {
    const who = formatTime.changedBy?.(row.updatedAt);
    throw new ApiError(
      'conflict',
      `This ${what} was changed ${who ? `by ${who}` : 'on another seat'} at ${formatTime(row.updatedAt)}, so your change was not saved. ` +
        'Reload: look at the latest version and make your change again if it is still needed.',
    );
  }
}

export function notFound(what: string, id: number): ApiError {
  return new ApiError('not_found', `${what} ${id} does not exist (it may have been deleted on another seat).`);
}
