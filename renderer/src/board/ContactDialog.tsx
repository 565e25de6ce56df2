import { useState } from 'react';
import { NOTE_MAX } from '../../../shared/text-limits';
import type { RoleNeed } from '../../../shared/schedule';
import {
  CONTACT_STATUSES,
  CONTACT_STATUS_LABELS,
  type Contact,
  type ContactStatus,
  INTERVENTIONS,
  INTERVENTION_LABELS,
  LOCATIONS,
  LOCATION_LABELS,
  type LocalDate,
  type Staff,
  contactKindLabel,
  kindForLocation,
} from '../../../shared/domain';
import { formatClock, formatDayShort, parseClock } from '../../../shared/time';
import { Field, FormDialog } from '../components/Dialog';
import { DeleteButton } from '../components/DeleteButton';
import { DayTimeFields } from './DayTimeFields';
import { ReadOnlyCard } from './ReadOnlyCard';
import { EnumSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { useDisplayName, usePrivacy } from '../privacy';
import { useBoard, useClients } from '../queries';
import { needOf } from '../../../shared/rules/roles';
import { staffChoices } from '../../../shared/rules/staff-choice';
import { StaffChoiceSelect } from './StaffChoiceSelect';
import { ownWorkOnly } from '../trust/own-work';
import { useSession } from '../trust/session';
import type { ContactDraft, useContactActions } from './contact-actions';
import { ContactKindSelect } from './ContactKindSelect';
import { STATUS_SYMBOL, timeRange } from './format';

interface ContactDialogProps {
  /** The contact being edited, or null to add one. */
  contact: Contact | null;
  day: LocalDate;
  staff: Staff[];
  actions: ReturnType<typeof useContactActions>;
  onClose: () => void;
  /** For a new contact: the client it is for (the meeting's focused client). */
  clientId?: number;
  /** How this seat names the contact's client (shown when the card opens read-only). */
  clientName?: string;
}

function draftOf(contact: Contact | null, day: LocalDate): ContactDraft {
  return contact
    ? {
        clientId: contact.clientId,
        staffId: contact.staffId,
        day: contact.day,
        start: formatClock(contact.startMinute),
        end: formatClock(contact.endMinute),
        intervention: contact.intervention,
        location: contact.location,
        // Left out while it is only the location's default, so that it follows a change of location.
        ...(contact.kind === kindForLocation(contact.location) ? {} : { kind: contact.kind, collateralWith: contact.collateralWith }),
        note: contact.note,
        nextPlan: contact.nextPlan,
        status: contact.status,
      }
    : { clientId: 0, staffId: null, day, start: '09:00', end: '09:30', intervention: 'medication_delivery', location: 'community', note: '', status: 'planned' };
}

/** A card opens as a form; on a locked seat, read-only (no form, no Delete, no list of clients). */
export function ContactDialog(props: ContactDialogProps) {
  const { locked } = useSession();
  // Decided when the dialog opens: after an unlock the form is opened afresh, from fresh data.
  const [readOnly] = useState(locked);
  if (readOnly && props.contact) return <ContactView contact={props.contact} staff={props.staff} clientName={props.clientName} onClose={props.onClose} />;
  return <ContactForm {...props} />;
}

function ContactView({ contact, staff, clientName, onClose }: { contact: Contact; staff: Staff[]; clientName?: string; onClose: () => void }) {
  const { hideNotes } = usePrivacy();
  const who = contact.staffId === null ? 'Unassigned' : (staff.find((s) => s.id === contact.staffId)?.name ?? 'Staff member');
  const rows: [string, string][] = [
    ['Client', clientName ?? 'Client'],
    ['Staff member', who],
    ['Time', `${formatDayShort(contact.day)}, ${timeRange(contact)}`],
    ['Intervention', INTERVENTION_LABELS[contact.intervention]],
    ['Location', LOCATION_LABELS[contact.location]],
    ['Kind', contactKindLabel(contact.kind, contact.collateralWith)],
    ['Outcome', `${STATUS_SYMBOL[contact.status]} ${CONTACT_STATUS_LABELS[contact.status]}`],
    ['Note', hideNotes && contact.note ? 'Hidden on this screen' : contact.note || '—'],
    ['Plan for the next contact', hideNotes && contact.nextPlan ? 'Hidden on this screen' : contact.nextPlan || '—'],
  ];
  return (
    <ReadOnlyCard title="Contact" rows={rows} onClose={onClose}>
      <p className="contact-view-hint">This screen is locked: the contact is shown read-only.</p>
    </ReadOnlyCard>
  );
}

function ContactForm({ contact, day, staff: everyone, actions, onClose, clientId }: ContactDialogProps) {
  const clients = useClients();
  const me = useSession().state?.person ?? null;
  const staff = contact ? everyone : ownWorkOnly(me, everyone);
  const mine = staff.length === 1 && staff[0]!.id === me?.id;
  const { hideNames } = usePrivacy();
  const displayName = useDisplayName();
  const [draft, setDraft] = useState<ContactDraft>(() => ({
    ...draftOf(contact, day),
    ...(clientId ? { clientId } : {}),
    ...(mine ? { staffId: me!.id } : {}),
  }));
  const { busy, error, setError, run } = useSaving(onClose);
  const set = <K extends keyof ContactDraft>(k: K, v: ContactDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const save = () => {
    if (!draft.clientId) return setError('Choose a client.');
    void run(() => (contact ? actions.update(contact, draft) : actions.create(draft)));
  };
  const need = needOf(draft.intervention, contact?.roleNeeded ?? null);
  const choices = useStaffChoices(staff, draft, contact, need, hideNames);
  const choosable = clients.data?.filter((c) => c.status !== 'discharged' || c.id === contact?.clientId) ?? [];

  return (
    <FormDialog
      title={contact ? 'Contact' : 'Add a contact'}
      onClose={onClose}
      onSubmit={save}
      submitLabel={contact ? 'Save' : 'Add contact'}
      busy={busy}
      error={error}
      wide
      extraActions={contact && <DeleteButton onDelete={() => void run(() => actions.remove(contact))} />}
    >
      <div className="form-grid">
        <Field label="Client">
          <select value={draft.clientId || ''} onChange={(e) => set('clientId', Number(e.target.value))} autoFocus={!contact}>
            <option value="">Choose a client…</option>
            {choosable.map((c) => (
              <option key={c.id} value={c.id}>
                {hideNames ? displayName(c) : `${c.preferredName} (${c.name})`}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Staff member">
          <StaffChoiceSelect value={draft.staffId} choices={choices} need={need} onChange={(v) => set('staffId', v)} />
        </Field>
        <DayTimeFields draft={draft} onChange={setDraft} />
        <Field label="Intervention">
          <EnumSelect value={draft.intervention} values={INTERVENTIONS} labels={INTERVENTION_LABELS} onChange={(v) => set('intervention', v)} />
        </Field>
        <Field label="Location">
          <EnumSelect value={draft.location} values={LOCATIONS} labels={LOCATION_LABELS} onChange={(v) => set('location', v)} />
        </Field>
        <Field label="Kind">
          <ContactKindSelect kind={draft.kind} collateralWith={draft.collateralWith} location={draft.location} onChange={(kind, whom) => setDraft((d) => ({ ...d, kind, collateralWith: whom }))} />
        </Field>
      </div>
      <fieldset className="status-picker">
        <legend>Outcome</legend>
        {CONTACT_STATUSES.map((s: ContactStatus) => (
          <label key={s} className={`status-option status-${s}${draft.status === s ? ' selected' : ''}`}>
            <input type="radio" name="status" value={s} checked={draft.status === s} onChange={() => set('status', s)} />
            <span aria-hidden="true">{STATUS_SYMBOL[s]}</span> {CONTACT_STATUS_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <Field label="Note" hint={`${draft.note?.length ?? 0} / ${NOTE_MAX}`}>
        <textarea value={draft.note} onChange={(e) => set('note', e.target.value)} rows={3} placeholder="What happened, what is next" />
      </Field>
      <Field label="Plan for the next contact" hint={`${draft.nextPlan?.length ?? 0} / ${NOTE_MAX}`}>
        <textarea value={draft.nextPlan ?? ''} onChange={(e) => set('nextPlan', e.target.value)} rows={2} />
      </Field>
    </FormDialog>
  );
}

/** The staff list for the draft's day and time: who is on shift, free and able first, people off that day last. */
function useStaffChoices(staff: Staff[], draft: ContactDraft, contact: Contact | null, need: RoleNeed, hideNames: boolean) {
  const board = useBoard(draft.day, hideNames).data;
  const sameDay = board?.day === draft.day ? board : undefined;
  const [start, end] = [parseClock(draft.start), parseClock(draft.end)];
  return staffChoices({
    staff,
    staffDays: new Map(sameDay?.staffDays.map((d) => [d.staffId, d]) ?? []),
    contacts: sameDay?.contacts ?? [],
    contactId: contact?.id ?? null,
    start: start ?? 0,
    end: end !== null && start !== null && end > start ? end : (start ?? 0) + 1,
    need,
  });
}
