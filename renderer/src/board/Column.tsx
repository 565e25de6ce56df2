import { useDraggable, useDroppable } from '@dnd-kit/core';
import { type KeyboardEvent, type ReactNode, memo } from 'react';
import { type Contact, STAFF_ROLE_LABELS, type Staff } from '../../../shared/domain';
import { type Shift, TIME_OFF_LABELS, type StaffDay, type WarningKind } from '../../../shared/schedule';
import { StaffBadge } from '../components/StaffBadge';
import { type CardClient, ContactCard } from './ContactCard';
import { ActivityCard } from './ActivityCard';
import { type ColumnKey, type GapDrop, activityCardId, cardId, columnId, gapId } from './drop-targets';
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../../../shared/team-activities';
import { formatDuration } from './format';
import { showClock } from '../clock';
import { countPartRender, countRender } from './render-count';
import { type Dragged, dropLabel, slots, useIsDragged, useIsDropTarget } from './drag-target';

const NO_WARNINGS: readonly WarningKind[] = [];

interface ColumnProps {
  staff: Staff | null;
  /** Where the staff member is that day: their shift, or why they are off. */
  staffDay: StaffDay | undefined;
  contacts: Contact[];
  /** The team activities this staff member is in (none in Unassigned). */
  activities: readonly TeamActivity[];
  /** Warnings by activity id. */
  activityWarnings: Map<number, WarningKind[]>;
  onOpenActivity: (activity: TeamActivity) => void;
  clients: Map<number, CardClient>;
  warnings: Map<number, WarningKind[]>;
  /** Cards of the warning picked in the side panel. */
  highlighted: ReadonlySet<number>;
  onOpen: (contact: Contact) => void;
  /** False on a locked seat: cards open (read-only) but do not move. */
  movable: boolean;
  /** Marks the staff member off for the day (absent when they are not working, or on a locked seat). */
  onOffToday?: (staff: Staff) => void;
}

export const Column = memo(function Column({ staff, staffDay, contacts, activities, activityWarnings, onOpenActivity, clients, warnings, highlighted, onOpen, movable, onOffToday }: ColumnProps) {
  countRender(staff?.initials ?? 'unassigned');
  const key: ColumnKey = staff?.id ?? null;
  if (staff && staffDay?.timeOff && !staffDay.shift && contacts.length === 0 && activities.length === 0) {
    // Off for the day with nothing on it: a slim line, so the working columns get the room.
    const text = `Off today: ${TIME_OFF_LABELS[staffDay.timeOff].toLowerCase()}`;
    return (
      <ColumnDropZone staffId={key} className="column column-off" label={`${staff.name}: ${text}`} dataColumn={staff.initials}>
        <StaffBadge staff={staff} />
        <p className="column-off-text">
          <strong>{staff.name}</strong> · {text}
        </p>
      </ColumnDropZone>
    );
  }
  const planned = [...contacts.filter((c) => c.status !== 'cancelled'), ...activities].reduce((m, c) => m + c.endMinute - c.startMinute, 0);
  const name = staff?.name ?? 'Unassigned';
  return (
    <ColumnDropZone
      staffId={key}
      className={`column${staff ? '' : ' column-unassigned'}`}
      label={`${name}: ${contacts.length} contacts`}
      dataColumn={staff ? staff.initials : 'unassigned'}
      hint
      header={
        <header className="column-header">
          {staff && <StaffBadge staff={staff} />}
          <div className="column-title">
            <h2>{name}</h2>
            <p>{staff ? STAFF_ROLE_LABELS[staff.role] : 'Needs a staff member'}</p>
            {staff && <p className={`column-shift${staffDay?.shift ? '' : ' column-shift-off'}`}>{shiftText(staffDay)}</p>}
            <p className="column-load" title={`${contacts.length} contacts, ${formatDuration(planned)} planned`}>
              <span>
                {contacts.length} · {formatDuration(planned)}
              </span>
              {staff && onOffToday && staffDay?.shift && (
                <button type="button" className="column-off-button" onClick={() => onOffToday(staff)} aria-label={`${staff.name} is off today`}>
                  Off today
                </button>
              )}
            </p>
          </div>
        </header>
      }
    >
      {staff && activities.length > 0 && (
        <ul className="column-activities" aria-label={`${staff.name}: team activities`}>
          {activities.map((a) => (
            <li key={a.id}>
              <DraggableActivity activity={a} staffId={staff.id} warnings={activityWarnings.get(a.id) ?? NO_WARNINGS} onOpen={onOpenActivity} movable={movable} />
            </li>
          ))}
        </ul>
      )}
      <CardList staffId={key}>
        {contacts.map((c, i) => (
          <li key={c.id}>
            <Gap staffId={key} index={i} above={contacts[i - 1]} below={c} shift={staffDay?.shift ?? null} />
            <DraggableCard contact={c} client={clients.get(c.clientId)} warnings={warnings.get(c.id) ?? NO_WARNINGS} picked={highlighted.has(c.id)} onOpen={onOpen} movable={movable} />
          </li>
        ))}
        <li className="column-end">
          <Gap staffId={key} index={contacts.length} above={contacts.at(-1)} below={undefined} shift={staffDay?.shift ?? null} />
          {contacts.length === 0 && <p className="column-empty">{staff ? 'No contacts' : 'Drop a card here to unassign it'}</p>}
        </li>
      </CardList>
    </ColumnDropZone>
  );
});

/**
 * The column as a drop target: outlined, with what a drop would do, when a drop now would land on
 * it (drag-target.ts decides where, from what is under the pointer). Not a dnd-kit drop target:
 * dnd-kit redraws each of those whenever what is dragged or under it changes.
 */
function ColumnDropZone({
  staffId,
  className,
  label,
  dataColumn,
  hint = false,
  header,
  children,
}: {
  staffId: ColumnKey;
  className: string;
  label: string;
  dataColumn: string;
  /** Shows what a drop here would do (not on a slim "off today" column). */
  hint?: boolean;
  header?: ReactNode;
  children: ReactNode;
}) {
  const isOver = useIsDropTarget(columnId(staffId));
  countPartRender('drop targets');
  return (
    <section className={`${className}${isOver ? ' column-over' : ''}`} aria-label={label} data-column={dataColumn} data-drop-column={staffId ?? 'unassigned'}>
      {header}
      {isOver && hint && <div className="column-drop-hint">{dropLabel({ kind: 'column', staffId })}</div>}
      {children}
    </section>
  );
}

/**
 * The column's list of cards, dnd-kit's one drop target in the column: only so that dnd-kit
 * scrolls this list up and down when the pointer rests at its top or bottom. The cards come
 * already drawn: dnd-kit's redraws (pick-up, a new column, the drop) redraw only the list.
 */
function CardList({ staffId, children }: { staffId: ColumnKey; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: columnId(staffId) });
  return (
    <ol ref={setNodeRef} className="column-cards">
      {children}
    </ol>
  );
}

/**
 * A slot between two cards (or after the last): a drop here takes the time after the card above.
 * Memoised, as are the cards: a drop redraws the two columns it touches, and in them only the
 * cards and slots that changed.
 */
const Gap = memo(function Gap({
  staffId,
  index,
  above,
  below,
  shift,
}: {
  staffId: ColumnKey;
  index: number;
  above: Contact | undefined;
  below: Contact | undefined;
  shift: Shift | null;
}) {
  const id = gapId(staffId, index);
  const data: GapDrop = {
    kind: 'gap',
    staffId,
    afterEnd: above?.endMinute ?? null,
    afterLocation: above?.location ?? null,
    beforeStart: below?.startMinute ?? null,
    beforeLocation: below?.location ?? null,
    shift,
    aboveId: above?.id ?? null,
    belowId: below?.id ?? null,
  };
  const isOver = useIsDropTarget(id);
  countPartRender('drop targets');
  const register = (node: HTMLDivElement) => {
    slots.set(id, { node, data });
    return () => {
      if (slots.get(id)?.node === node) slots.delete(id);
    };
  };
  return (
    <div ref={register} className={`gap${isOver ? ' gap-over' : ''}`} data-slot={id} data-testid={`gap-${staffId ?? 'unassigned'}-${index}`}>
      {isOver && <span className="gap-label">{dropLabel(data)}</span>}
    </div>
  );
});

function shiftText(day: StaffDay | undefined): string {
  if (day?.shift) return `${showClock(day.shift.start)}–${showClock(day.shift.end)}`;
  return day?.timeOff ? `Off: ${TIME_OFF_LABELS[day.timeOff]}` : 'Off today';
}

/**
 * A card that can be picked up (dnd-kit's draggable), opened with a click or Enter, and is drawn
 * faded in its place while lifted. dnd-kit redraws it at each pick-up and drop: the card itself
 * comes already drawn (memoised), and whether it is the one lifted comes from drag-target.ts.
 */
function useDraggableCard(id: string, dragged: Dragged, open: () => void) {
  // Not `disabled` when locked (that would mark the card disabled for screen readers): the board has no sensors then.
  const { attributes, listeners, setNodeRef } = useDraggable({ id, data: dragged });
  const lifted = useIsDragged(id);
  countPartRender(id);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !lifted) {
      e.preventDefault();
      open();
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  return { lifted, handle: { ref: setNodeRef, ...attributes, ...listeners, onKeyDown, onClick: open } };
}

const DraggableCard = memo(function DraggableCard({
  contact,
  client,
  warnings,
  picked,
  onOpen,
  movable,
}: {
  contact: Contact;
  client: CardClient | undefined;
  warnings: readonly WarningKind[];
  picked: boolean;
  onOpen: (c: Contact) => void;
  movable: boolean;
}) {
  const { lifted, handle } = useDraggableCard(cardId(contact.id), { kind: 'contact', contact }, () => onOpen(contact));
  const label = `${client?.preferredName ?? 'Client'}, ${showClock(contact.startMinute)} to ${showClock(contact.endMinute)}`;
  return (
    <div
      {...handle}
      className={`card-handle${lifted ? ' card-placeholder' : ''}${picked ? ' card-picked' : ''}`}
      aria-roledescription={movable ? 'contact card' : 'contact card, read-only'}
      aria-label={label}
      data-contact-id={contact.id}
    >
      <ContactCard contact={contact} client={client} warnings={warnings} />
    </div>
  );
});

/** What a drag of a team activity carries: the activity, and whose column it leaves. */
export interface DraggedActivity {
  kind: 'activity';
  activity: TeamActivity;
  fromStaffId: number;
}

const DraggableActivity = memo(function DraggableActivity({
  activity,
  staffId,
  warnings,
  onOpen,
  movable,
}: {
  activity: TeamActivity;
  staffId: number;
  warnings: readonly WarningKind[];
  onOpen: (a: TeamActivity) => void;
  movable: boolean;
}) {
  const { lifted, handle } = useDraggableCard(activityCardId(activity.id, staffId), { kind: 'activity', activity, fromStaffId: staffId }, () => onOpen(activity));
  return (
    <div
      {...handle}
      className={`card-handle${lifted ? ' card-placeholder' : ''}`}
      aria-roledescription={movable ? 'team activity card' : 'team activity card, read-only'}
      aria-label={`${TEAM_ACTIVITY_LABELS[activity.kind]}, ${showClock(activity.startMinute)} to ${showClock(activity.endMinute)}`}
      data-activity-id={activity.id}
    >
      <ActivityCard activity={activity} warnings={warnings} />
    </div>
  );
});
