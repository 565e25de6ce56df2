import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api';
import type { ChangeArea, ChangeEvent, LocalDate } from '../../shared/domain';

/** What one API call may use: the database, the clock, and a record of what it changed. */
export class CallContext {
  private readonly areas = new Set<ChangeArea>();
  private readonly days = new Set<LocalDate>();

  constructor(
    readonly db: Database.Database,
    readonly actor: string,
    readonly now: Date,
  ) {}

  get nowIso(): string {
    return this.now.toISOString();
  }

  changed(area: ChangeArea, ...days: LocalDate[]): void {
    this.areas.add(area);
    for (const d of days) this.days.add(d);
  }

  audit(action: string, entity: string, entityId: number | null, before: unknown, after: unknown): void {
    this.db
      .prepare(
        `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        this.nowIso,
        this.actor,
        action,
        entity,
        entityId,
        before === undefined ? null : JSON.stringify(before),
        after === undefined ? null : JSON.stringify(after),
      );
  }

  changeEvent(): ChangeEvent | null {
    if (this.areas.size === 0) return null;
    const event: ChangeEvent = { areas: [...this.areas] };
    if (this.days.size) event.days = [...this.days];
    return event;
  }
}

/** Rows people edit carry a version: a write based on an older one is refused, never merged. */
export function checkVersion(
  what: string,
  row: { version: number; updatedAt: string },
  expected: number,
  formatTime: (iso: string) => string,
): void {
  if (row.version !== expected) {
    throw new ApiError(
      'conflict',
      `This ${what} was changed on another seat at ${formatTime(row.updatedAt)}, so your change was not saved. ` +
        'Look at the latest version and make your change again if it is still needed.',
    );
  }
}

export function notFound(what: string, id: number): ApiError {
  return new ApiError('not_found', `${what} ${id} does not exist (it may have been deleted on another seat).`);
}
