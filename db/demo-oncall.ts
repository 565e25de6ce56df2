/**
 * The demo team's on-call rota and after-hours log (issue 11): a weekly primary rotation
 * that began a year ago, the psychiatrist's back-up, a swap ahead, and two calls last night.
 * Fictional: the phone numbers are in the 555-01xx range kept for fiction.
 */
import { DateTime } from 'luxon';
import type { LocalDate } from '../shared/domain';
import { addDays, formatClock, toInstant } from '../shared/time';
import { BoardService } from './service/board-service';

const PRIMARY_ORDER = ['MV', 'BL', 'TG', 'OH', 'JK', 'PN', 'LO', 'HB'];
const H = (h: number) => h * 60;
/** 17:00 on weekdays, 09:00 at weekends. */
const HANDOFF = [H(17), H(17), H(17), H(17), H(17), H(9), H(9)].map(formatClock);

export function seedDemoOncall(service: BoardService, today: LocalDate): void {
  const actor = { actor: 'demo' };
  const { timeZone } = service.call('settings.get', {});
  const staff = service.call('staff.list', {}).filter((s) => s.active);
  const idOf = (initials: string) => staff.find((s) => s.initials === initials)!.id;
  const monday = DateTime.fromISO(today).startOf('week').toISODate() as LocalDate;

  service.db.transaction(() => {
    staff.forEach((s, i) => service.call('oncall.setPhone', { staffId: s.id, phone: `555-01${String(10 + i).padStart(2, '0')}` }, actor));
    service.call('oncall.updateSettings', { maxNights: 7, crisisLine: '555-0100' }, actor);
    service.call(
      'oncall.saveRotation',
      {
        roleId: 1,
        version: 0,
        startDay: addDays(monday, -52 * 7),
        turnDays: 7,
        handoff: HANDOFF,
        members: PRIMARY_ORDER.map((initials) => ({ staffId: idOf(initials) })),
      },
      actor,
    );
    service.call(
      'oncall.saveRotation',
      {
        roleId: 2,
        version: 0,
        startDay: addDays(monday, -52 * 7),
        turnDays: 7,
        handoff: HANDOFF,
        // The psychiatrist, with the team leader for the weeks they are away.
        members: [{ staffId: idOf('RO') }, { staffId: idOf('DW') }],
      },
      actor,
    );
    // Two of next month's turns swapped.
    const { roles } = service.call('oncall.timeline', { from: addDays(today, 14), to: addDays(today, 45) }, actor);
    const later = Date.now() + 14 * 24 * 3600_000;
    const turns = roles.find((r) => r.roleId === 1)!.turns.filter((t) => Date.parse(t.start) > later);
    if (turns.length >= 3 && turns[0]!.staffId !== turns[2]!.staffId) {
      service.call('oncall.override', { kind: 'swap', roleId: 1, turn: turns[0]!.start, withTurn: turns[2]!.start, reason: 'Family wedding' }, actor);
    }

    // Last night's calls, logged by whoever held the phone then.
    const clients = service.call('clients.list', {}).filter((c) => c.status === 'active');
    const yesterday = addDays(today, -1);
    const callAt = (minute: number) => {
      const at = toInstant(yesterday, minute, timeZone);
      const board = new BoardService(service.db, () => new Date(at.getTime() + 10 * 60_000));
      const holder = board.call('oncall.now', {}).roles[0]!.now.staffId ?? idOf('MV');
      return { board, holder };
    };
    const first = callAt(H(19) + 40);
    first.board.call(
      'afterHours.log',
      {
        day: yesterday, time: '19:40', staffId: first.holder, clientId: clients[3]!.id, how: 'phone',
        whatHappened: 'Could not find the evening pills; talked through where the blister pack is kept.', outcome: 'resolved_phone',
      },
      actor,
    );
    const second = callAt(H(23) + 15);
    second.board.call(
      'afterHours.log',
      {
        day: yesterday, time: '23:15', staffId: second.holder, clientId: clients[7]!.id, how: 'phone',
        caller: 'Sister', whatHappened: 'Sister called: not sleeping for three nights, pacing. Went out with the crisis team.',
        outcome: 'crisis_team', followUp: true,
      },
      actor,
    );
  })();
}
