/** The audit trail, read-only: the API lists it and checks its seals; nothing in the API can change it. */
import path from 'node:path';
import { DateTime } from 'luxon';
import type { ParsedInput } from '../../shared/api';
import type { AuditCheck, AuditEntry, AuditPage } from '../../shared/trust';
import { clockToken } from '../../shared/time';
import { type AuditRowFields, type ChainBreak, MAX_BREAKS_LISTED, backupChainHead, compareWithBackup, findChainBreaks } from '../audit-chain';
import { listBackups, readDatabaseFile, timeOf } from '../backup';
import { trustOf } from './auth';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { getSettings } from './settings';

const toEntry = (r: AuditRowFields): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  actorStaffId: r.actor_staff_id,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  before: r.before_json,
  after: r.after_json,
});

/** A team-local date as the UTC instant its day starts (audit times are UTC ISO strings). */
function startOfLocalDay(day: string, zone: string, plusDays = 0): string {
  return DateTime.fromISO(day, { zone }).plus({ days: plusDays }).startOf('day').toUTC().toISO()!;
}

export function listAudit(ctx: CallContext, input: ParsedInput<'audit.list'>): AuditPage {
  const { timeZone } = getSettings(ctx);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.staffId !== undefined) {
    where.push('actor_staff_id = @staffId');
    params.staffId = input.staffId;
  }
  if (input.clientId !== undefined) {
    // The client itself, or anything whose before/after names the client.
    where.push(`((entity = 'client' AND entity_id = @clientId)
      OR json_extract(before_json, '$.clientId') = @clientId OR json_extract(after_json, '$.clientId') = @clientId)`);
    params.clientId = input.clientId;
  }
  if (input.from !== undefined) {
    where.push('at >= @from');
    params.from = startOfLocalDay(input.from, timeZone);
  }
  if (input.to !== undefined) {
    where.push('at < @to');
    params.to = startOfLocalDay(input.to, timeZone, 1);
  }
  if (input.kind !== undefined && input.kind !== '') {
    where.push('entity = @kind');
    params.kind = input.kind;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as AuditRowFields[];
  // Each kind found by one index step from the last (a skip scan), not by reading every row.
  const kinds = (
    ctx.db
      .prepare(
        `WITH RECURSIVE kind (entity) AS (
           SELECT MIN(entity) FROM audit_log
           UNION ALL SELECT (SELECT MIN(entity) FROM audit_log WHERE entity > kind.entity) FROM kind WHERE kind.entity IS NOT NULL)
         SELECT entity FROM kind WHERE entity IS NOT NULL`,
      )
      .all() as { entity: string }[]
  ).map((k) => k.entity);
  return { entries: rows.map(toEntry), total, kinds };
}

/** The newest backups the chain is compared with. */
const BACKUPS_COMPARED = 50;

/** What is wrong at a break, in words an admin can act on. */
function describeBreak(b: ChainBreak, when: string): string {
  const entry = `Entry ${b.id} (${when})`;
  switch (b.problem) {
    case 'changed':
      return `${entry} was changed, or an entry just before it was slipped in or removed.`;
    case 'missing-before':
      return `Entries just before entry ${b.id} (${when}) were removed.`;
    case 'unsealed':
      return `${entry} has no seal: it was added outside ACT Board.`;
    case 'differs-from-backup':
      return `${entry} is not as it was in the backup ${b.backup}: the trail was rewritten after that backup was made.`;
    case 'missing-since-backup':
      return `Entry ${b.id}, which the backup ${b.backup} holds, is missing: entries were removed from the end of the trail.`;
  }
}

/**
 * A restore puts the board back to a backup's trail: backups made after that backup and
 * before the restore hold a trail the board no longer continues. Each restore, as the
 * (sealed) trail records it: from the restored backup's time to the restore.
 */
function abandonedSpans(ctx: CallContext): { from: string; to: string }[] {
  const rows = ctx.db.prepare("SELECT at, after_json FROM audit_log WHERE entity = 'backup' AND action = 'restore'").all() as { at: string; after_json: string | null }[];
  return rows.flatMap((r) => {
    const { name, openedFile } = JSON.parse(r.after_json ?? '{}') as { name?: unknown; openedFile?: unknown };
    // A board file opened from elsewhere has another trail altogether: every older backup is of the board it replaced.
    if (openedFile !== undefined) return [{ from: '', to: r.at }];
    const from = typeof name === 'string' ? timeOf(name) : '';
    return from ? [{ from, to: r.at }] : [];
  });
}

/** Checks every seal, and that the newest backups' trails are still in the board unchanged. */
export function verifyAudit(ctx: CallContext): AuditCheck {
  const { timeZone, clockFormat } = getSettings(ctx);
  const when = (iso: string) => (iso ? DateTime.fromISO(iso).setZone(timeZone).toFormat(`ccc d LLL yyyy, ${clockToken(clockFormat)}`) : 'time unknown');
  const chain = findChainBreaks(ctx.db);
  const dir = trustOf(ctx).backups.dir();
  const abandoned = abandonedSpans(ctx);
  let backupsCompared = 0;
  let beforeRestore = 0;
  const backupBreaks: ChainBreak[] = [];
  for (const file of listBackups(dir).slice(0, BACKUPS_COMPARED)) {
    // Backup names hold whole seconds: the safety backup of a restore may carry its very second.
    if (abandoned.some((span) => file.at > span.from && file.at <= span.to)) {
      beforeRestore++;
      continue;
    }
    let head: ReturnType<typeof backupChainHead>;
    try {
      head = readDatabaseFile(path.join(dir, file.name), backupChainHead);
    } catch {
      continue; // unreadable: Lock and backups reports damaged backups
    }
    if (!head) continue;
    backupsCompared++;
    const problem = compareWithBackup(ctx.db, file.name, head);
    if (problem && !backupBreaks.some((b) => b.id === problem.id && b.problem === problem.problem)) backupBreaks.push(problem);
  }
  const breaks = [...chain.breaks, ...backupBreaks].sort((a, b) => a.id - b.id).slice(0, MAX_BREAKS_LISTED);
  const listed = breaks.map((b) => ({ id: b.id, at: b.at, problem: describeBreak(b, when(b.at)) }));
  const compared = backupsCompared ? `, and it matches the ${backupsCompared === 1 ? 'backup' : `${backupsCompared} backups`} it was compared with` : '';
  const skipped = beforeRestore
    ? ` ${beforeRestore === 1 ? 'One backup was' : `${beforeRestore} backups were`} not compared: made before a restore from an older backup, ${beforeRestore === 1 ? 'it holds' : 'they hold'} entries the restore undid.`
    : '';
  const first = breaks[0];
  const summary = first
    ? `The audit trail was changed outside ACT Board. It first breaks at entry ${first.id} (${when(first.at)})` +
      (breaks.length > 1 ? `; ${breaks.length} places in all are listed below.` : '.')
    : `The audit trail is intact: all ${chain.entries} entries are sealed in one unbroken chain${compared}.${skipped}`;
  return { intact: !first, entries: chain.entries, backupsCompared, summary, breaks: listed };
}

export const auditHandlers: HandlersFor<'audit.list' | 'audit.verify'> = {
  'audit.list': listAudit,
  'audit.verify': verifyAudit,
};
