/**
 * What the hospital and jail logs put on a day's board (issue 10): a warning for each flag
 * of an open stay or owed follow-up, the clients in hospital or jail whose visit is due in
 * "Clients to see", and the days in on the cards. Only for today and later days: a past
 * day's board is what happened. "Plan a visit today" (the warning's stayId) only on today's.
 */
import type { BoardDay, LocalDate } from '../../shared/domain';
import type { ClientAttention, Warning } from '../../shared/schedule';
import { visitDue } from '../../shared/stays';
import type { CallContext } from './context';
import type { Privacy } from './privacy';
import { currentStays } from './stays';

export interface StayBoard {
  warnings: Warning[];
  attention: ClientAttention[];
  /** Days in, by client, for the cards. */
  daysIn: Map<number, number>;
}

export function stayBoard(ctx: Pick<CallContext, 'db'>, day: LocalDate, today: LocalDate, privacy: Privacy): StayBoard {
  const board: StayBoard = { warnings: [], attention: [], daysIn: new Map() };
  if (day < today) return board;
  const current = currentStays(ctx, day, privacy);
  for (const c of current.stays) {
    board.daysIn.set(c.stay.clientId, c.daysIn);
    for (const f of c.flags) {
      board.warnings.push({ kind: `stay_${f.kind}`, message: `${c.clientName}: ${f.message}`, contactIds: [], staffId: null, clientId: c.stay.clientId, ...(day === today ? { stayId: c.stay.id } : {}) });
    }
    if (visitDue({ stay: c.stay, today: day, lastVisit: c.lastVisit, visitGapDays: current.settings.visitGapDays })) {
      board.attention.push({
        clientId: c.stay.clientId,
        name: c.clientName,
        preferredName: c.clientName,
        reason: 'stay_visit_due',
        detail: `In ${c.stay.log === 'jail' ? 'jail' : 'hospital'} ${c.daysIn} days; last visit ${c.lastVisit ?? 'none'}`,
      });
    }
  }
  for (const f of current.followUps) {
    if (f.flag) board.warnings.push({ kind: 'stay_follow_up_overdue', message: `${f.clientName}: ${f.flag.message}`, contactIds: [], staffId: null, clientId: f.clientId });
  }
  return board;
}

/** The day's board with what the logs add: stay warnings after the plan's, stay clients to see, days in on the cards. */
export function withStays(ctx: Pick<CallContext, 'db'>, board: BoardDay, privacy: Privacy): BoardDay {
  const stays = stayBoard(ctx, board.day, board.today, privacy);
  return {
    ...board,
    clients: board.clients.map((c) => (stays.daysIn.has(c.id) ? { ...c, daysIn: stays.daysIn.get(c.id)! } : c)),
    warnings: [...board.warnings, ...stays.warnings],
    attention: [...board.attention, ...stays.attention],
  };
}
