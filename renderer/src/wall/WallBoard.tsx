/** Today's board on the wall: every working staff member and Unassigned, laid out to fit (layout.ts). */
import { useMemo } from 'react';
import { CLIENT_STATUS_LABELS, CONTACT_STATUS_LABELS, type BoardDay, type Contact, INTERVENTION_LABELS, LOCATION_LABELS, type Staff } from '../../../shared/domain';
import { byTime, WARNING_BADGES } from '../../../shared/rules/warnings';
import type { StaffDay, WarningKind } from '../../../shared/schedule';
import { STATUS_SYMBOL, timeRange } from '../board/format';
import { showClock } from '../clock';
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../../../shared/team-activities';
import { type DetailLevel, shortStaffName, type WallColumnSlice, type WallLayout, wallLayout } from './layout';

export interface WallColumn {
  key: string;
  staff: Staff | null;
  staffDay: StaffDay | undefined;
  contacts: Contact[];
  /** Team activities the staff member is in (none in Unassigned). */
  activities: TeamActivity[];
}

/** A column's cards in time order: contacts and team activities. */
export type WallItem = { kind: 'contact'; contact: Contact } | { kind: 'activity'; activity: TeamActivity };

export function wallItems(column: WallColumn): WallItem[] {
  const items: (WallItem & { start: number; end: number })[] = [
    ...column.contacts.map((c) => ({ kind: 'contact' as const, contact: c, start: c.startMinute, end: c.endMinute })),
    ...column.activities.map((a) => ({ kind: 'activity' as const, activity: a, start: a.startMinute, end: a.endMinute })),
  ];
  // Stable: contacts keep their board order among themselves.
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Unassigned first, then each staff member who works today or carries a contact today. */
export function wallColumns(board: BoardDay): WallColumn[] {
  const byStaff = new Map<number | null, Contact[]>();
  for (const c of [...board.contacts].sort(byTime)) byStaff.set(c.staffId, [...(byStaff.get(c.staffId) ?? []), c]);
  const days = new Map(board.staffDays.map((d) => [d.staffId, d]));
  const activitiesOf = (staffId: number) => board.activities.filter((a) => a.staffIds.includes(staffId));
  return [
    { key: 'unassigned', staff: null, staffDay: undefined, contacts: byStaff.get(null) ?? [], activities: [] },
    ...board.staff
      .filter((s) => days.get(s.id)?.shift || byStaff.has(s.id) || activitiesOf(s.id).length > 0)
      .map((s) => ({ key: String(s.id), staff: s, staffDay: days.get(s.id), contacts: byStaff.get(s.id) ?? [], activities: activitiesOf(s.id) })),
  ];
}

export function useWallLayout(columns: WallColumn[], size: { width: number; height: number }): WallLayout {
  return useMemo(
    () => wallLayout({ ...size, columns: columns.map((c) => ({ key: c.key, cards: c.contacts.length + c.activities.length })) }),
    [columns, size],
  );
}

interface WallBoardProps {
  board: BoardDay;
  columns: WallColumn[];
  layout: WallLayout;
  /** Which set of columns shows (when the day does not fit on one screen). */
  page: number;
}

export function WallBoard({ board, columns, layout, page }: WallBoardProps) {
  const byKey = useMemo(() => new Map(columns.map((c) => [c.key, c])), [columns]);
  const clients = useMemo(() => new Map(board.clients.map((c) => [c.id, c])), [board]);
  const warnings = useMemo(() => {
    const map = new Map<number, Set<WarningKind>>();
    for (const w of board.warnings) for (const id of w.contactIds) map.set(id, (map.get(id) ?? new Set()).add(w.kind));
    return map;
  }, [board]);
  const slices = layout.pages[Math.min(page, layout.pages.length - 1)] ?? [];
  return (
    <div className={`wall-board wall-level-${layout.level}`} style={{ gridTemplateColumns: `repeat(${layout.columnsPerPage}, ${layout.columnWidth}px)` }}>
      {slices.map((slice) => {
        const column = byKey.get(slice.key);
        if (!column) return null;
        return (
          <WallColumnView
            key={`${slice.key}:${slice.part}`}
            column={column}
            slice={slice}
            level={layout.level}
            cardHeight={layout.cardHeight}
            clientName={(id) => clients.get(id)?.preferredName ?? 'Client'}
            clientAway={(id) => {
              const status = clients.get(id)?.status;
              return status && status !== 'active' ? CLIENT_STATUS_LABELS[status] : null;
            }}
            warnings={warnings}
          />
        );
      })}
    </div>
  );
}

interface WallColumnViewProps {
  column: WallColumn;
  slice: WallColumnSlice;
  level: DetailLevel;
  cardHeight: number;
  clientName: (id: number) => string;
  clientAway: (id: number) => string | null;
  warnings: Map<number, Set<WarningKind>>;
}

function WallColumnView({ column, slice, level, cardHeight, clientName, clientAway, warnings }: WallColumnViewProps) {
  const name = column.staff?.name ?? 'Unassigned';
  const shift = column.staffDay?.shift;
  const all = wallItems(column);
  const cards = all.slice(slice.from, slice.to);
  return (
    <section className={`wall-column${column.staff ? '' : ' wall-column-unassigned'}`} aria-label={`${name}: ${column.contacts.length} contacts`} data-column={column.staff?.initials ?? 'unassigned'}>
      <header className="wall-column-header">
        <h2 className="wall-column-name" title={name}>{column.staff ? shortStaffName(name) : name}</h2>
        <p className="wall-column-sub">
          {slice.of > 1 ? `continued ${slice.part} of ${slice.of}` : shift ? `${showClock(shift.start)}–${showClock(shift.end)}` : column.staff ? '' : `${column.contacts.length} waiting`}
        </p>
      </header>
      <ol className="wall-cards">
        {cards.map((item) =>
          item.kind === 'contact' ? (
            <li key={item.contact.id} style={{ height: cardHeight }}>
              <WallCard contact={item.contact} level={level} client={clientName(item.contact.clientId)} away={clientAway(item.contact.clientId)} warnings={warnings.get(item.contact.id)} />
            </li>
          ) : (
            <li key={`activity:${item.activity.id}`} style={{ height: cardHeight }}>
              <WallActivityCard activity={item.activity} level={level} />
            </li>
          ),
        )}
        {all.length === 0 && <li className="wall-empty">No contacts</li>}
      </ol>
    </section>
  );
}

/** A card, read from across the room: fewer details as the level drops, never smaller than 20 px. */
function WallCard({ contact, level, client, away, warnings }: { contact: Contact; level: DetailLevel; client: string; away: string | null; warnings: Set<WarningKind> | undefined }) {
  const outcome = contact.status !== 'planned';
  const warned = (warnings?.size ?? 0) > 0;
  const warningText = [...(warnings ?? [])].map((k) => WARNING_BADGES[k]).join(', ');
  const symbols = (
    <>
      {outcome && <span className="wall-flag" title={CONTACT_STATUS_LABELS[contact.status]}>{STATUS_SYMBOL[contact.status]}</span>}
      {warned && <span className="wall-flag wall-flag-warning" title={warningText}>⚠</span>}
    </>
  );
  const className = `wall-card wall-card-${level} card-${contact.status} intervention-${contact.intervention}${warned ? ' wall-card-warned' : ''}`;
  if (level === 'minimal') {
    return (
      <div className={className} data-contact-id={contact.id}>
        <span className="wall-card-time">{showClock(contact.startMinute)}</span> <span className="wall-card-client">{client}</span> {symbols}
      </div>
    );
  }
  return (
    <div className={className} data-contact-id={contact.id}>
      <div className="wall-card-line">
        <span className="wall-card-time">{level === 'full' ? timeRange(contact) : showClock(contact.startMinute)}</span>
        {symbols}
        {level === 'compact' && away && <span className="wall-flag wall-flag-away">{away}</span>}
      </div>
      <div className="wall-card-client">{client}</div>
      {level === 'full' && (
        <div className="wall-card-what">
          {outcome && <strong>{CONTACT_STATUS_LABELS[contact.status]} · </strong>}
          {away && <strong className="wall-flag-away">{away} · </strong>}
          {INTERVENTION_LABELS[contact.intervention]} · {LOCATION_LABELS[contact.location]}
        </div>
      )}
    </div>
  );
}

/** A team activity on the wall: its kind and time, no client. */
function WallActivityCard({ activity, level }: { activity: TeamActivity; level: DetailLevel }) {
  const kind = TEAM_ACTIVITY_LABELS[activity.kind];
  const className = `wall-card wall-card-${level} wall-card-activity`;
  if (level === 'minimal') {
    return (
      <div className={className} data-activity-id={activity.id}>
        <span className="wall-card-time">{showClock(activity.startMinute)}</span> <span className="wall-card-client">{kind}</span>
      </div>
    );
  }
  return (
    <div className={className} data-activity-id={activity.id}>
      <div className="wall-card-line">
        <span className="wall-card-time">{level === 'full' ? timeRange(activity) : showClock(activity.startMinute)}</span>
      </div>
      <div className="wall-card-client">{kind}</div>
      {level === 'full' && <div className="wall-card-what">Team activity</div>}
    </div>
  );
}
