import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { OFF_TODAY_KINDS } from '../../../shared/rules/cover';
import type { Contact, LocalDate, Staff } from '../../../shared/domain';
import { TIME_OFF_LABELS } from '../../../shared/schedule';
import { call } from '../api';
import { showClock, showClockText } from '../clock';
import { FormDialog } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import type { useContactActions } from './contact-actions';
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../../../shared/team-activities';
import { timeRange } from './format';

type Kind = (typeof OFF_TODAY_KINDS)[number];

interface OffTodayDialogProps {
  staff: Staff;
  day: LocalDate;
  contacts: Contact[];
  /** The day's team activities: those with others in them, they leave. */
  activities: readonly TeamActivity[];
  staffById: Map<number, Staff>;
  clientName: (c: Contact) => string;
  actions: ReturnType<typeof useContactActions>;
  onClose: () => void;
}

/**
 * "Off today" in one step: sick (the usual reason at 8:45) is already chosen, and who would
 * take each of the person's contacts (the draft's choice) is shown before anything changes.
 */
export function OffTodayDialog({ staff, day, contacts, activities, staffById, clientName, actions, onClose }: OffTodayDialogProps) {
  const [kind, setKind] = useState<Kind>('sick');
  const proposal = useQuery({
    queryKey: ['cover', day, staff.id, kind, contacts.map((c) => `${c.id}:${c.version}`).join(',')],
    queryFn: () => call('cover.propose', { day, staffId: staff.id, kind }),
    staleTime: 0,
  });
  const { busy, error, run } = useSaving(onClose);
  const moves = proposal.data?.moves ?? [];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const unplaced = moves.filter((m) => m.toStaffId === null).length;
  const submitLabel = moves.length === 0 ? 'Mark off today' : `Mark off and move ${moves.length} contact${moves.length === 1 ? '' : 's'}`;
  return (
    <FormDialog
      title={`${staff.name} is off today`}
      onClose={onClose}
      onSubmit={() => void run(() => actions.offToday(staff, kind, moves, contacts))}
      submitLabel={submitLabel}
      busy={busy || proposal.isPending}
      submitDisabled={!proposal.data}
      error={error ?? (proposal.isError ? proposal.error.message : null)}
      wide
    >
      <fieldset className="off-kind">
        <legend>Why, for the rest of the day</legend>
        {OFF_TODAY_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="off-kind" checked={kind === k} onChange={() => setKind(k)} data-autofocus={k === kind ? true : undefined} /> {TIME_OFF_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <TeamActivitiesLeft staff={staff} activities={activities} />
      {proposal.isPending && <p>Finding who is free and able…</p>}
      {proposal.data && moves.length === 0 && <p>{staff.name} has no planned contacts left today.</p>}
      {moves.length > 0 && (
        <>
          <p>
            Their {moves.length} planned contact{moves.length === 1 ? '' : 's'} go to whoever is free and able (as the draft chooses)
            {unplaced ? `; ${unplaced} to Unassigned, nobody can take ${unplaced === 1 ? 'it' : 'them'}` : ''}:
          </p>
          <ul className="cover-moves" aria-label="Who takes each contact">
            {moves.map((m) => {
              const c = byId.get(m.contactId);
              return (
                <li key={m.contactId}>
                  <span className="cover-when">{c ? `${showClock(c.startMinute)}–${showClock(c.endMinute)}` : ''}</span>{' '}
                  <strong>{c ? clientName(c) : 'Contact'}</strong> →{' '}
                  {m.toStaffId === null ? <em>Unassigned: {m.reason && showClockText(m.reason)}</em> : (staffById.get(m.toStaffId)?.name ?? 'staff')}
                  {c && m.toStaffId !== null && m.startMinute !== c.startMinute && <> at {showClock(m.startMinute)} (moved within its part of the day)</>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </FormDialog>
  );
}

/** The day's team activities: those others are in, they leave; one they alone are in stays for a person to give away. */
function TeamActivitiesLeft({ staff, activities }: { staff: Staff; activities: readonly TeamActivity[] }) {
  const theirs = activities.filter((a) => a.staffIds.includes(staff.id));
  if (theirs.length === 0) return null;
  const what = (a: TeamActivity) => `${TEAM_ACTIVITY_LABELS[a.kind]} ${timeRange(a)}`;
  const leave = theirs.filter((a) => a.staffIds.length > 1);
  const alone = theirs.filter((a) => a.staffIds.length === 1);
  return (
    <p className="cover-activities">
      {leave.length > 0 && <>They leave {leave.map(what).join(', ')} (the others still meet). </>}
      {alone.length > 0 && <>{alone.map(what).join(', ')} stays on their column: drag it to whoever takes it, or delete it.</>}
    </p>
  );
}
