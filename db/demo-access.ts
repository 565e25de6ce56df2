/**
 * The demo team's PINs and permission levels (documented in README.md). Fictional, like
 * the team: Dana Whitfield (team leader) is the admin; Marisol Vega (today's shift
 * manager) and Kevin Tran (program assistant) schedule; everyone else logs.
 */
import type { PermissionLevel } from '../shared/trust';
import { writeAudit } from './service/context';
import { hashPin } from './service/pins';
import type { BoardService } from './service/board-service';

export const DEMO_ACCESS: { initials: string; level: PermissionLevel; pin: string }[] = [
  { initials: 'DW', level: 'admin', pin: '1001' },
  { initials: 'RO', level: 'log', pin: '1002' },
  { initials: 'MV', level: 'schedule', pin: '1003' },
  { initials: 'BL', level: 'log', pin: '1004' },
  { initials: 'TG', level: 'log', pin: '1005' },
  { initials: 'OH', level: 'log', pin: '1006' },
  { initials: 'JK', level: 'log', pin: '1007' },
  { initials: 'PN', level: 'log', pin: '1008' },
  { initials: 'LO', level: 'log', pin: '1009' },
  { initials: 'HB', level: 'log', pin: '1010' },
  { initials: 'KT', level: 'schedule', pin: '1011' },
];

export function seedDemoAccess(service: BoardService, now = new Date()): void {
  const db = service.db;
  const insert = db.prepare(
    `INSERT INTO staff_access (staff_id, level, pin_hash, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (staff_id) DO UPDATE SET level = excluded.level, pin_hash = excluded.pin_hash`,
  );
  db.transaction(() => {
    for (const a of DEMO_ACCESS) {
      const staff = db.prepare('SELECT id FROM staff WHERE initials = ? ORDER BY id LIMIT 1').get(a.initials) as { id: number } | undefined;
      if (!staff) continue;
      insert.run(staff.id, a.level, hashPin(a.pin), now.toISOString());
      writeAudit(db, {
        at: now.toISOString(), actor: 'demo', actorStaffId: null, action: 'demo_pin', entity: 'access', entityId: staff.id,
        before: undefined, after: { level: a.level, hasPin: true },
      });
    }
  })();
}

/**
 * A demo board made before PINs existed (e.g. `.data/demo` of an older `npm start`)
 * gets the demo PINs too, so README's PINs work on it; any other board is left alone.
 */
export function ensureDemoAccess(service: BoardService): void {
  const db = service.db;
  const hasAccess = db.prepare('SELECT 1 FROM staff_access LIMIT 1').get() !== undefined;
  const demoTeam = (db.prepare("SELECT 1 FROM settings WHERE team_name LIKE '%(demo)'").get() as unknown) !== undefined;
  if (!hasAccess && demoTeam) seedDemoAccess(service);
}
