import { useState } from 'react';
import { NOTE_MAX } from '../../../shared/schemas';
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
} from '../../../shared/domain';
import { formatClock } from '../../../shared/time';
import { Field, FormDialog } from '../components/Dialog';
import { EnumSelect, StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { useDisplayName, usePrivacy } from '../privacy';
import { useClients } from '../queries';
import type { ContactDraft, useContactActions } from './contact-actions';
import { STATUS_SYMBOL } from './format';

interface ContactDialogProps {
  /** The contact being edited, or null to add one. */
  contact: Contact | null;
  day: LocalDate;
  staff: Staff[];
  actions: ReturnType<typeof useContactActions>;
  onClose: () => void;
  /** For a new contact: the client it is for (the meeting's focused client). */
  clientId?: number;
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
        note: contact.note,
        status: contact.status,
      }
    : { clientId: 0, staffId: null, day, start: '09:00', end: '09:30', intervention: 'medication_delivery', location: 'community', note: '', status: 'planned' };
}

export function ContactDialog({ contact, day, staff, actions, onClose, clientId }: ContactDialogProps) {
  const clients = useClients();
  const { hideNames } = usePrivacy();
  const displayName = useDisplayName();
  const [draft, setDraft] = useState<ContactDraft>(() => ({ ...draftOf(contact, day), ...(clientId ? { clientId } : {}) }));
  const { busy, error, setError, run } = useSaving(onClose);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = <K extends keyof ContactDraft>(k: K, v: ContactDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const save = () => {
    if (!draft.clientId) return setError('Choose a client.');
    void run(() => (contact ? actions.update(contact, draft) : actions.create(draft)));
  };
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
      extraActions={
        contact && (
          <button
            type="button"
            className="button button-danger"
            onClick={() => (confirmDelete ? void run(() => actions.remove(contact)) : setConfirmDelete(true))}
          >
            {confirmDelete ? 'Really delete?' : 'Delete'}
          </button>
        )
      }
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
          <StaffSelect value={draft.staffId} staff={staff} noneLabel="Unassigned" onChange={(v) => set('staffId', v)} />
        </Field>
        <Field label="Date">
          <input type="date" value={draft.day} onChange={(e) => set('day', e.target.value)} required />
        </Field>
        <div className="field-pair">
          <Field label="Start">
            <input type="time" value={draft.start} onChange={(e) => set('start', e.target.value)} step={300} required />
          </Field>
          <Field label="End">
            <input type="time" value={draft.end} onChange={(e) => set('end', e.target.value)} step={300} required />
          </Field>
        </div>
        <Field label="Intervention">
          <EnumSelect value={draft.intervention} values={INTERVENTIONS} labels={INTERVENTION_LABELS} onChange={(v) => set('intervention', v)} />
        </Field>
        <Field label="Location">
          <EnumSelect value={draft.location} values={LOCATIONS} labels={LOCATION_LABELS} onChange={(v) => set('location', v)} />
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
    </FormDialog>
  );
}
