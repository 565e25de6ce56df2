import { useDraggable, useDroppable } from '@dnd-kit/core';
import { type KeyboardEvent, type ReactNode, memo, useContext } from 'react';
import { type Contact, STAFF_ROLE_LABELS, type Staff } from '../../../shared/domain';
import { type Shift, TIME_OFF_LABELS, type StaffDay, type WarningKind } from '../../../shared/schedule';
import { StaffBadge } from '../components/StaffBadge';
import { type CardClient, ContactCard } from './ContactCard';
import { ActivityCard } from './ActivityCard';
import { type ColumnKey, type DropData, activityCardId, cardId, columnId, gapId } from './drop-targets';
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../../../shared/team-activities';
import { formatDuration } from './format';
import { showClock } from '../clock';
import { countRender } from './render-count';
import { SlotLabelContext } from './slot-label';

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
      <ol className="column-cards">
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
      </ol>
    </ColumnDropZone>
  );
});

/**
 * The column as a drop target. dnd-kit redraws every drop target whenever what is dragged or
 * what is under it changes (pick-up, each new slot, the drop): here that redraws only this
 * frame, and the header and cards, handed in already drawn, are left as they are.
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
  const data: DropData = { kind: 'column', staffId };
  const { setNodeRef, isOver } = useDroppable({ id: columnId(staffId), data });
  const slotLabel = useContext(SlotLabelContext);
  return (
    <section ref={setNodeRef} className={`${className}${isOver ? ' column-over' : ''}`} aria-label={label} data-column={dataColumn}>
      {header}
      {isOver && hint && <div className="column-drop-hint">{slotLabel(data)}</div>}
      {children}
    </section>
  );
}

function Gap({
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
  const data: DropData = {
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
  const { setNodeRef, isOver } = useDroppable({ id: gapId(staffId, index), data });
  const slotLabel = useContext(SlotLabelContext);
  return (
    <div ref={setNodeRef} className={`gap${isOver ? ' gap-over' : ''}`} data-testid={`gap-${staffId ?? 'unassigned'}-${index}`}>
      {isOver && <span className="gap-label">{slotLabel(data)}</span>}
    </div>
  );
}

function shiftText(day: StaffDay | undefined): string {
  if (day?.shift) return `${showClock(day.shift.start)}–${showClock(day.shift.end)}`;
  return day?.timeOff ? `Off: ${TIME_OFF_LABELS[day.timeOff]}` : 'Off today';
}

function DraggableCard({
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
  // Not `disabled` when locked (that would mark the card disabled for screen readers): the board has no sensors then.
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: cardId(contact.id), data: { contact } });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !isDragging) {
      e.preventDefault();
      onOpen(contact);
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  const label = `${client?.preferredName ?? 'Client'}, ${showClock(contact.startMinute)} to ${showClock(contact.endMinute)}`;
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(contact)}
      className={`card-handle${isDragging ? ' card-placeholder' : ''}${picked ? ' card-picked' : ''}`}
      aria-roledescription={movable ? 'contact card' : 'contact card, read-only'}
      aria-label={label}
      aria-describedby={attributes['aria-describedby']}
      data-contact-id={contact.id}
    >
      <ContactCard contact={contact} client={client} warnings={warnings} />
    </div>
  );
}

/** What a drag of a team activity carries: the activity, and whose column it leaves. */
export interface DraggedActivity {
  kind: 'activity';
  activity: TeamActivity;
  fromStaffId: number;
}

function DraggableActivity({
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
  const dragged: DraggedActivity = { kind: 'activity', activity, fromStaffId: staffId };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: activityCardId(activity.id, staffId), data: dragged });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !isDragging) {
      e.preventDefault();
      onOpen(activity);
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(activity)}
      className={`card-handle${isDragging ? ' card-placeholder' : ''}`}
      aria-roledescription={movable ? 'team activity card' : 'team activity card, read-only'}
      aria-label={`${TEAM_ACTIVITY_LABELS[activity.kind]}, ${showClock(activity.startMinute)} to ${showClock(activity.endMinute)}`}
      aria-describedby={attributes['aria-describedby']}
      data-activity-id={activity.id}
    >
      <ActivityCard activity={activity} warnings={warnings} />
    </div>
  );
}
