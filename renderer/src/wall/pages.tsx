/**
 * The wall's pages, one place for all of them. The team chooses which show and for how
 * long (Settings → Wall screen, shared/wall.ts); the wall skips a page that is not
 * `available` yet. Each page reads its own queries (their change areas in queries.ts
 * `SHOWN_BY` refresh it with every other seat); the downtime copy (db/downtime.ts) has the
 * matching sections for paper.
 */
import type { ReactNode } from 'react';
import type { BoardDay, LocalDate } from '../../../shared/domain';
import { WALL_PAGE_TITLES, type WallPageId } from '../../../shared/wall';
import type { WallLayout } from './layout';
import { pageAt } from './layout';
import { WallAppointments } from './WallAppointments';
import { WallBoard, type WallColumn } from './WallBoard';
import { WallCustody } from './WallCustody';
import { WallOnCall } from './WallOnCall';

export interface WallPageContext {
  today: LocalDate;
  timeZone: string;
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
  oncall: {
    id: 'oncall',
    title: WALL_PAGE_TITLES.oncall,
    available: true,
    render: ({ today, timeZone }) => <WallOnCall today={today} timeZone={timeZone} />,
  },
  custody: { id: 'custody', title: WALL_PAGE_TITLES.custody, available: true, render: () => <WallCustody /> },
};
