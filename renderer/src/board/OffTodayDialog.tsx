import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { OFF_TODAY_KINDS } from '../../../shared/contract/cover';
import type { Contact, LocalDate, Staff } from '../../../shared/domain';
import { TIME_OFF_LABELS } from '../../../shared/schedule';
import { call } from '../api';
import { showClock, showClockText } from '../clock';
import { FormDialog } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import type { useContactActions } from './contact-actions';

type Kind = (typeof OFF_TODAY_KINDS)[number];

interface OffTodayDialogProps {
  staff: Staff;
  day: LocalDate;
  contacts: Contact[];
  staffById: Map<number, Staff>;
  clientName: (c: Contact) => string;
  actions: ReturnType<typeof useContactActions>;
  onClose: () => void;
}

/**
 * "Off today" in one step: sick (the usual reason at 8:45) is already chosen, and who would
 * take each of the person's contacts (the draft's choice) is shown before anything changes.
 */
export function OffTodayDialog({ staff, day, contacts, staffById, clientName, actions, onClose }: OffTodayDialogProps) {
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
