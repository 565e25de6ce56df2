/**
 * The wall's pages, one place for all of them. The team chooses which show and for how
 * long (Settings → Wall screen, shared/wall.ts); the wall skips a page that is not
 * `available` yet.
 *
 * Where the rota and the logs plug in once they land:
 * - on call now and this week's rota (issue 11): the `oncall` entry. Set `available: true`
 *   and render the rota's "on call now" and the week (by staff name; no client data).
 * - in hospital / in jail (issue 10): the `custody` entry. Set `available: true` and render
 *   the open hospital and jail stays, naming clients with `useDisplayName()` (the wall is
 *   always in privacy mode, so that gives aliases or initials) and no free text.
 * Both read their own queries; add their change areas to queries.ts `SHOWN_BY` as usual so
 * the wall refreshes with every other seat. The downtime copy (db/downtime.ts) has the
 * matching place for their sections.
 */
import type { ReactNode } from 'react';
import type { BoardDay, LocalDate } from '../../../shared/domain';
import { WALL_PAGE_TITLES, type WallPageId } from '../../../shared/wall';
import type { WallLayout } from './layout';
import { pageAt } from './layout';
import { WallAppointments } from './WallAppointments';
import { WallBoard, type WallColumn } from './WallBoard';

export interface WallPageContext {
  today: LocalDate;
  board: BoardDay;
  columns: WallColumn[];
  layout: WallLayout;
  /** Milliseconds since this page came up. */
  sinceMs: number;
  columnPageSeconds: number;
}

export interface WallPageDefinition {
  id: WallPageId;
  title: string;
  /** False until the area behind the page exists. */
  available: boolean;
  /** Seconds the page needs at least (the board: each set of its columns once). */
  neededSeconds?: (ctx: Pick<WallPageContext, 'layout' | 'columnPageSeconds'>) => number;
  render: (ctx: WallPageContext) => ReactNode;
}

export const WALL_PAGES: Record<WallPageId, WallPageDefinition> = {
  board: {
    id: 'board',
    title: WALL_PAGE_TITLES.board,
    available: true,
    neededSeconds: ({ layout, columnPageSeconds }) => (layout.pages.length > 1 ? layout.pages.length * columnPageSeconds : 0),
    render: ({ board, columns, layout, sinceMs, columnPageSeconds }) => (
      <WallBoard board={board} columns={columns} layout={layout} page={pageAt(sinceMs, layout.pages.length, columnPageSeconds)} />
    ),
  },
  appointments: {
    id: 'appointments',
    title: WALL_PAGE_TITLES.appointments,
    available: true,
    render: ({ today }) => <WallAppointments today={today} />,
  },
  // Issue 11 plugs in here (see the comment at the top).
  oncall: { id: 'oncall', title: WALL_PAGE_TITLES.oncall, available: false, render: () => null },
  // Issue 10 plugs in here (see the comment at the top).
  custody: { id: 'custody', title: WALL_PAGE_TITLES.custody, available: false, render: () => null },
};
