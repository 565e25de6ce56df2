import { type Announcements, DndContext, type DragStartEvent, DragOverlay, type UniqueIdentifier, type useSensors } from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type Contact, type LocalDate, type Staff, carriesContacts } from '../../../shared/domain';
import { type GapTarget, startForGap } from '../../../shared/rules/drop-slot';
import { byTime } from '../../../shared/rules/warnings';
import type { WarningKind } from '../../../shared/schedule';
import { formatClock } from '../../../shared/time';
import { useDisplayName, usePrivacy } from '../privacy';
import { useBoard, useSettings, useStaff } from '../queries';
import { useNotify } from '../notices';
import { useSession } from '../trust/session';
import { Column, type DraggedActivity } from './Column';
import { ActivityCard } from './ActivityCard';
import { useBoardSensors } from './board-sensors';
import { useDragPointer } from './drag-pointer';
import { type Dragged, boardCollision, dragState, dropTargetOf, elementAt, endDrag, setDropLabeller, startDrag, useCurrentDropLabel, useDragged } from './drag-target';
import { ActivityDialog } from './ActivityDialog';
import { useActivityActions } from './activity-actions';
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../../../shared/team-activities';
import { type CardClient, ContactCard } from './ContactCard';
import { ContactDialog } from './ContactDialog';
import { OffTodayDialog } from './OffTodayDialog';
import { moveCardFocus } from './card-focus';
import { useContactActions } from './contact-actions';
import { type DropData, gapId } from './drop-targets';
import { useColumnViews, useKeptEntries } from './column-views';
import { nearestSlot } from './keyboard-coordinates';
import { DayNavigator } from './DayNavigator';
import { DayPlanControls } from './DayPlanControls';
import { warningKey } from './warning-key';
import { NEW_CONTACT_MINUTES, SidePanel } from './SidePanel';
import { showClock } from '../clock';
import { OnCallStrip } from '../oncall/OnCallStrip';

/**
 * Where a drop puts the card: its column, and a new start or null to keep its time. On a column
 * it keeps its time; in a gap it takes the time after the card above and the travel time.
 */
function placementFor(contact: Contact, target: DropData, travelBufferMinutes: number): { staffId: number | null; start: number | null } {
  if (target.kind === 'column') return { staffId: target.staffId, start: null };
  const besideItself = target.staffId === contact.staffId && (target.aboveId === contact.id || target.belowId === contact.id);
  const dropped = { start: contact.startMinute, duration: contact.endMinute - contact.startMinute, location: contact.location };
  return { staffId: target.staffId, start: besideItself ? null : startForGap(target, dropped, travelBufferMinutes) };
}

function changes(contact: Contact, target: DropData, travelBufferMinutes: number): boolean {
  const { staffId, start } = placementFor(contact, target, travelBufferMinutes);
  return staffId !== contact.staffId || (start !== null && start !== contact.startMinute);
}

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'Arrow keys go to the next card, left and right between staff members. ' +
    'To move a contact, press space to pick it up. Use the up and down arrow keys to choose a time slot ' +
    'and the left and right arrow keys to choose a staff member. Press space again to drop it, or escape to cancel. ' +
    'Press enter to open the contact.',
};
/** A locked seat moves nothing: no sensors, so nothing can be picked up (or announced as dropped). */
const LOCKED_INSTRUCTIONS = { draggable: 'This screen is locked. Press enter to open the contact, read-only.' };
const NO_SENSORS: ReturnType<typeof useSensors> = [];
/**
 * A card list scrolls up and down only while the pointer is near its top or bottom, and slowly
 * (dnd-kit's default edge of 20% is a whole column's worth). The board's sideways scroll is
 * ours (drag-pointer.ts).
 */
const AUTO_SCROLL_EDGES = { threshold: { x: 0.03, y: 0.08 }, acceleration: 4 } as const;


export function BoardScreen({ day, onDayChange }: { day: LocalDate; onDayChange: (d: LocalDate) => void }) {
  const { locked, askToUnlock } = useSession();
  // Privacy mode names clients by alias or initials: the host writes the cards and warnings so.
  const { hideNames } = usePrivacy();
  const board = useBoard(day, hideNames);
  const actions = useContactActions(day);
  const notify = useNotify();
  const activityActions = useActivityActions(day);
  const allStaff = useStaff();
  // What is dragged, from drag-target.ts: a pick-up or a drop redraws the board screen, not every column.
  const dragged = useDragged();
  const active = dragged?.kind === 'contact' ? dragged.contact : null;
  const activeActivity = dragged?.kind === 'activity' ? dragged : null;
  const activeChip = dragged?.kind === 'client' ? dragged : null;
  const [activityDialog, setActivityDialog] = useState<{ activity: TeamActivity | null } | null>(null);
  const leftHome = useRef(false);
  /** The drop target last announced to screen readers (its id). */
  const announced = useRef<string | null>(null);
  // dnd-kit scrolls only the list of cards the pointer is over, up and down (it would also scroll
  // the list the card came from, hiding its cards); the board scrolls sideways at its own edges.
  const listUnderPointer = useRef<Element | null>(null);
  const autoScroll = useMemo(() => ({ ...AUTO_SCROLL_EDGES, canScroll: (el: Element) => el === listUnderPointer.current }), []);
  const { pointer, aim, aimIfMoved } = useDragPointer(listUnderPointer);
  const [dialog, setDialog] = useState<{ contact: Contact | null } | null>(null);
  const [offToday, setOffToday] = useState<Staff | null>(null);
  // The contact form lists everyone who takes contacts, those not working that day included (last, marked).
  const everyone = useStaff().data;
  const travelBuffer = useSettings().data?.travelBufferMinutes ?? 0;

  const data = board.data;
  // Each from its own part of the day's board: a card moved at once changes only the contacts
  // (TanStack Query keeps the parts that did not change), and a drop has no time to spare.
  const clientRows = data?.clients;
  const warnings = data?.warnings;
  const activities = data?.activities;
  const staffDayRows = data?.staffDays;
  const contacts = data?.contacts;
  const staffRows = data?.staff;
  const displayName = useDisplayName();
  const clients = useKeptEntries(
    useMemo(() => new Map<number, CardClient>(clientRows?.map((c) => [c.id, { ...c, preferredName: displayName(c) }]) ?? []), [clientRows, displayName]),
  );
  const warningsByCard = useKeptEntries(useMemo(() => {
    const map = new Map<number, WarningKind[]>();
    for (const w of warnings ?? []) {
      for (const id of w.contactIds) map.set(id, [...new Set([...(map.get(id) ?? []), w.kind])]);
    }
    return map;
  }, [warnings]));
  const warningsByActivity = useKeptEntries(useMemo(() => {
    const map = new Map<number, WarningKind[]>();
    for (const w of warnings ?? []) {
      for (const id of w.activityIds ?? []) map.set(id, [...new Set([...(map.get(id) ?? []), w.kind])]);
    }
    return map;
  }, [warnings]));
  const activitiesByStaff = useMemo(() => {
    const byStaff = new Map<number, TeamActivity[]>();
    for (const a of activities ?? []) for (const s of a.staffIds) byStaff.set(s, [...(byStaff.get(s) ?? []), a]);
    return byStaff;
  }, [activities]);
  const staffDays = useMemo(() => new Map(staffDayRows?.map((d) => [d.staffId, d]) ?? []), [staffDayRows]);
  // The picked warning, by identity: its cards are highlighted for as long as it is on the list.
  const [pickedWarning, setPickedWarning] = useState<string | null>(null);
  const highlightedSet = useMemo(
    () => new Set(warnings?.find((w) => warningKey(w) === pickedWarning)?.contactIds ?? []),
    [warnings, pickedWarning],
  );
  const [panelOpen, setPanelOpen] = useState(true);
  const columns = useMemo(() => {
    const byStaff = new Map<number | null, Contact[]>();
    for (const c of [...(contacts ?? [])].sort(byTime)) byStaff.set(c.staffId, [...(byStaff.get(c.staffId) ?? []), c]);
    return byStaff;
  }, [contacts]);
  const staffById = useMemo(() => new Map<number, Staff>(staffRows?.map((s) => [s.id, s]) ?? []), [staffRows]);
  const columnKeys = useMemo(() => [null, ...(staffRows?.map((s) => s.id) ?? [])], [staffRows]);
  const views = useColumnViews(columnKeys, columns, activitiesByStaff, clients, warningsByCard, warningsByActivity, highlightedSet);

  const columnName = useCallback((id: number | null) => (id === null ? 'Unassigned' : (staffById.get(id)?.name ?? 'staff')), [staffById]);
  const clientName = useCallback((c: Contact) => clients.get(c.clientId)?.preferredName ?? 'Client', [clients]);
  const describe = useCallback(
    (contact: Contact, target: DropData) => {
      const { staffId, start } = placementFor(contact, target, travelBuffer);
      return `${columnName(staffId)} at ${showClock(start ?? contact.startMinute)}`;
    },
    [columnName, travelBuffer],
  );
  /** Where a client dragged from the side list lands: the slot, or after the column's last card, or the shift start. */
  const newContactStart = useCallback(
    (target: DropData): number => {
      const last = (columns.get(target.staffId) ?? []).filter((c) => c.status !== 'cancelled').at(-1);
      const shift = target.staffId === null ? null : (staffDays.get(target.staffId)?.shift ?? null);
      // A new contact is a visit in the community: after the column's last card (and the travel time), or at the shift's start.
      const gap: GapTarget =
        target.kind === 'gap' && (target.afterEnd !== null || target.beforeStart !== null)
          ? target
          : { staffId: target.staffId, afterEnd: last?.endMinute ?? null, afterLocation: last?.location ?? null, beforeStart: null, beforeLocation: null, shift };
      return startForGap(gap, { start: shift?.start ?? 9 * 60, duration: NEW_CONTACT_MINUTES, location: 'community' }, travelBuffer);
    },
    [columns, staffDays, travelBuffer],
  );
  const newContactLabel = useCallback(
    (target: DropData) => `${columnName(target.staffId)} at ${showClock(newContactStart(target))}`,
    [columnName, newContactStart],
  );
  // What the slot or column under the dragged card shows ("Jo at 10:35"): read only by that one.
  useLayoutEffect(() => {
    setDropLabeller((d: Dragged, target: DropData) =>
      d.kind === 'contact' ? describe(d.contact, target) : d.kind === 'client' ? `New: ${newContactLabel(target)}` : `To ${columnName(target.staffId)}`,
    );
  }, [describe, newContactLabel, columnName]);

  const contactOf = (id: UniqueIdentifier) => data?.contacts.find((c) => `contact:${c.id}` === String(id));
  const activityName = (d: DraggedActivity) => `${TEAM_ACTIVITY_LABELS[d.activity.kind]}, ${showClock(d.activity.startMinute)}`;
  const draggedOf = (a: { data: { current?: unknown } }) => a.data.current as Dragged | undefined;
  /**
   * What was dropped and where: the drop's announcement comes after the drag is cleared and the
   * card has moved (a team activity's card is then another draggable, in its new column).
   */
  const dropped = useRef<{ dragged: Dragged; target: DropData | undefined } | undefined>(undefined);
  /** What moving over `target` says; undefined to say nothing. */
  const overText = (a: { id: UniqueIdentifier; data: { current?: unknown } }, target: DropData): string | undefined => {
    const d = draggedOf(a);
    if (d?.kind === 'client') return `Over ${newContactLabel(target)}.`;
    if (d?.kind === 'activity') {
      // Right after pick-up it is over its own column: keep "Picked up" audible.
      if (target.staffId === d.fromStaffId && !leftHome.current) return undefined;
      leftHome.current = true;
      return `Over ${columnName(target.staffId)}.`;
    }
    const c = contactOf(a.id);
    if (!c) return undefined;
    if (!changes(c, target, travelBuffer)) {
      // Right after pick-up the card is over its own place: keep "Picked up" audible.
      return leftHome.current ? `Back where it was: ${describe(c, target)}.` : undefined;
    }
    leftHome.current = true;
    return `Over ${describe(c, target)}.`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => {
      const d = draggedOf(a);
      if (d?.kind === 'client') return `Picked up ${d.name}, to plan a contact.`;
      if (d?.kind === 'activity') return `Picked up ${activityName(d)}, ${columnName(d.fromStaffId)}.`;
      const c = contactOf(a.id);
      return c ? `Picked up ${clientName(c)}, ${showClock(c.startMinute)}, ${columnName(c.staffId)}.` : undefined;
    },
    // The drop target is ours (drag-target.ts), not dnd-kit's "over": each move says where it now is, if that changed.
    onDragMove: ({ active: a }) => {
      const target = dragState().target;
      if (target?.id === announced.current) return undefined;
      announced.current = target?.id ?? null;
      return target ? overText(a, target.data) : undefined;
    },
    onDragOver: () => undefined,
    onDragEnd: () => {
      const { dragged: d, target } = dropped.current ?? {};
      if (d?.kind === 'client') return target ? `Planned ${d.name}: ${newContactLabel(target)}.` : `${d.name} not planned.`;
      if (d?.kind === 'activity') {
        const to = target?.staffId;
        return to && to !== d.fromStaffId ? `Moved ${activityName(d)} to ${columnName(to)}.` : `${activityName(d)} not moved.`;
      }
      return d && target ? `Dropped ${clientName(d.contact)}: ${describe(d.contact, target)}.` : undefined;
    },
    onDragCancel: ({ active: a }) => {
      const d = draggedOf(a);
      if (d?.kind === 'client') return 'Nothing planned.';
      if (d?.kind === 'activity') return `Move cancelled. ${activityName(d)} stays with ${columnName(d.fromStaffId)}.`;
      const c = contactOf(a.id);
      return c ? `Move cancelled. ${clientName(c)} stays with ${columnName(c.staffId)}.` : undefined;
    },
  };

  const onDragStart = (e: DragStartEvent) => {
    leftHome.current = false;
    const d = draggedOf(e.active);
    if (!d) return;
    const p = e.activatorEvent instanceof KeyboardEvent ? null : pointer.current;
    if (p) {
      startDrag(e.active.id, d, dropTargetOf(elementAt(p.x, p.y)), true);
      announced.current = dragState().target?.id ?? null;
      return;
    }
    if (d.kind !== 'contact') {
      const rect = e.active.rect.current.initial;
      startDrag(e.active.id, d, rect && nearestSlot(rect), false);
      announced.current = dragState().target?.id ?? null;
      return;
    }
    // A keyboard pick-up starts from the card's own slot: measured by position, a column
    // scrolled under the pinned Unassigned column could be taken for it.
    const contact = d.contact;
    const mine = columns.get(contact.staffId) ?? [];
    const index = mine.findIndex((c) => c.id === contact.id);
    const above = mine[index - 1];
    const slot: DropData = {
      kind: 'gap',
      staffId: contact.staffId,
      afterEnd: above?.endMinute ?? null,
      afterLocation: above?.location ?? null,
      beforeStart: contact.startMinute,
      beforeLocation: contact.location,
      shift: contact.staffId === null ? null : (staffDays.get(contact.staffId)?.shift ?? null),
      aboveId: above?.id ?? null,
      belowId: contact.id,
    };
    startDrag(e.active.id, d, { id: gapId(contact.staffId, index), data: slot }, false);
    announced.current = gapId(contact.staffId, index);
  };
  /** The drop, told by the sensor as the card is let go (dnd-kit hears of it a frame later: board-sensors.ts). */
  const onDrop = () => {
    if (!dragState().dragged) return;
    // Where the pointer was let go (the arrow keys' slot for the keyboard).
    aimIfMoved();
    const { dragged: d, target: aimed } = dragState();
    const target = aimed?.data;
    if (!d) return;
    dropped.current = { dragged: d, target };
    endDrag();
    if (!target) return;
    if (d.kind === 'activity') {
      // An activity changes hands only: its time is set in its form.
      if (target.staffId === d.fromStaffId) return;
      if (target.staffId === null) return notify('A team activity always has staff: drop it on a staff member, or open it to change who is in it.');
      void activityActions.move(d.activity, d.fromStaffId, target.staffId);
      return;
    }
    if (d.kind === 'client') {
      const start = newContactStart(target);
      actions
        .create({ clientId: d.clientId, staffId: target.staffId, day, start: formatClock(start), end: formatClock(start + NEW_CONTACT_MINUTES), intervention: 'other', location: 'community', note: '' })
        .catch(() => {});
      return;
    }
    if (!changes(d.contact, target, travelBuffer)) return;
    const { staffId, start } = placementFor(d.contact, target, travelBuffer);
    // The card (focused by the press that picked it up) leaves its place: let go of its focus now,
    // before the drop changes the page. A focused element removed has the browser work out the
    // whole page's style again at once, the drop's changes included (~2 ms). A keyboard drop gets
    // its focus back on the card where it landed (dnd-kit's RestoreFocus).
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused.dataset.contactId === String(d.contact.id)) focused.blur();
    actions.move(d.contact, staffId, start ?? undefined).catch(() => {});
  };

  const sensors = useBoardSensors(onDrop);

  const openContact = useCallback((contact: Contact) => setDialog({ contact }), []);
  const openActivity = useCallback((activity: TeamActivity) => setActivityDialog({ activity }), []);

  return (
    <div className="board-screen">
      <DayNavigator day={day} today={data?.today} holiday={data?.holiday} onDayChange={onDayChange} onAdd={() => (locked ? askToUnlock() : setDialog({ contact: null }))}>
        {data && <DayPlanControls board={data} actions={actions} />}
        <button type="button" className="button" onClick={() => (locked ? askToUnlock() : setActivityDialog({ activity: null }))}>
          + Team activity
        </button>
        <button type="button" className="button" onClick={() => setPanelOpen((o) => !o)} aria-pressed={panelOpen}>
          {panelOpen ? 'Hide' : 'Show'} warnings{data?.warnings.length ? ` (${data.warnings.length})` : ''}
        </button>
        <a className="button" href={`?view=print&day=${day}`}>
          Print day sheet
        </a>
      </DayNavigator>
      {data && <OnCallStrip timeZone={data.timeZone} />}
      {board.isError && (
        <p className="screen-error" role="alert">
          The board could not be loaded: {board.error.message}
        </p>
      )}
      {data && (
        <DndContext
          sensors={locked ? NO_SENSORS : sensors}
          collisionDetection={boardCollision}
          autoScroll={autoScroll}
          onDragStart={onDragStart}
          onDragMove={aim}
          onDragCancel={endDrag}
          accessibility={{ announcements, screenReaderInstructions: locked ? LOCKED_INSTRUCTIONS : SCREEN_READER_INSTRUCTIONS }}
        >
          <div className={`board-area${panelOpen ? '' : ' board-area-full'}`}>
          <div className="board" id="board-columns" tabIndex={-1} aria-label={`Staff assignments for ${day}`} onKeyDown={(e) => moveCardFocus(e, active !== null || activeChip !== null)}>
            <Column staff={null} staffDay={undefined} {...views.get(null)!} onOpenActivity={openActivity} onOpen={openContact} movable={!locked} />
            {data.staff.map((s) => (
              <Column key={s.id} staff={s} staffDay={staffDays.get(s.id)} {...views.get(s.id)!} onOpenActivity={openActivity} onOpen={openContact} movable={!locked} onOffToday={locked ? undefined : setOffToday} />
            ))}
          </div>
          {panelOpen && (
            <SidePanel warnings={data.warnings} attention={data.attention} picked={pickedWarning} onPickWarning={setPickedWarning} displayName={displayName} movable={!locked} />
          )}
          </div>
          <DragOverlay dropAnimation={null} className="drag-overlay">
            <LiftedDropHint />
            {active && <ContactCard contact={active} client={clients.get(active.clientId)} warnings={warningsByCard.get(active.id) ?? []} lifted />}
            {activeActivity && <ActivityCard activity={activeActivity.activity} warnings={warningsByActivity.get(activeActivity.activity.id) ?? []} lifted />}
            {activeChip && <div className="client-chip client-chip-lifted"><strong>{activeChip.name}</strong></div>}
          </DragOverlay>
        </DndContext>
      )}
      {offToday && data && (
        <OffTodayDialog
          staff={offToday}
          day={day}
          contacts={data.contacts}
          activities={data.activities}
          staffById={staffById}
          clientName={clientName}
          actions={actions}
          onClose={() => setOffToday(null)}
        />
      )}
      {activityDialog && data && (
        <ActivityDialog
          activity={activityDialog.activity}
          day={day}
          staff={allStaff.data ?? data.staff}
          actions={activityActions}
          onClose={() => setActivityDialog(null)}
        />
      )}
      {dialog && data && (
        <ContactDialog
          contact={dialog.contact}
          day={day}
          staff={(everyone ?? data.staff).filter((s) => s.active && carriesContacts(s.role))}
          actions={actions}
          clientName={dialog.contact ? clients.get(dialog.contact.clientId)?.preferredName : undefined}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}

/** Where the lifted card would land, on the card itself: the card covers the slot it is over. */
function LiftedDropHint() {
  const label = useCurrentDropLabel();
  return label ? (
    <div className="lifted-drop-hint" aria-hidden="true">
      → {label}
    </div>
  ) : null;
}
