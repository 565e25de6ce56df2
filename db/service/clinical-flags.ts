/**
 * What the clinical boards put on the day's board and in the meeting (issue 14): a missed
 * injection (past its window with no done injection since the last) is a warning on today's
 * and later boards. Only for today and later days: a past day's board is what happened.
 */
import type { InjectionRow } from '../../shared/clinical';
import type { BoardDay } from '../../shared/domain';
import type { Warning } from '../../shared/schedule';
import { formatDayShort } from '../../shared/time';
import { injectionBoard } from './clinical-boards';
import type { CallContext } from './context';
import type { Privacy } from './privacy';

/** Injections past their window, as `privacy` may see them. */
export const missedInjections = (ctx: CallContext, privacy: Privacy = ctx.privacy): InjectionRow[] =>
  injectionBoard(ctx, privacy).rows.filter((r) => r.state === 'overdue');

const day = (d: string | null): string => (d ? formatDayShort(d) : 'never');

export const missedInjectionMessage = (r: InjectionRow): string =>
  `${r.clientName}: injection missed (due ${day(r.nextDue)}, window closed ${day(r.windowTo)}; last given ${day(r.lastGiven)}).`;

/** The day's board with a warning for each missed injection. */
export function withClinicalFlags(ctx: CallContext, board: BoardDay, privacy: Privacy): BoardDay {
  if (board.day < board.today) return board;
  const warnings: Warning[] = missedInjections(ctx, privacy).map((r) => ({
    kind: 'injection_missed',
    message: missedInjectionMessage(r),
    contactIds: [],
    staffId: null,
    clientId: r.clientId,
  }));
  return warnings.length ? { ...board, warnings: [...board.warnings, ...warnings] } : board;
}
