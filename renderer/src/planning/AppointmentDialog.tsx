/** Add or edit an appointment or important date (the client monthly board). */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Input } from '../../../shared/api';
import type { LocalDate } from '../../../shared/domain';
import {
  APPOINTMENT_KINDS,
  APPOINTMENT_KIND_LABELS,
  type Appointment,
  type AppointmentKind,
  STAFF_SUPPORT,
  STAFF_SUPPORT_LABELS,
  type StaffSupport,
} from '../../../shared/schedule';
import { NOTE_MAX } from '../../../shared/text-limits';
import { formatClock } from '../../../shared/time';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { EnumSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { useDisplayName } from '../privacy';
import { useClients } from '../queries';
import { ClientSelect, numberOf } from './controls';
import { DeleteButton } from '../components/DeleteButton';
import '../planning.css';
import { TimeField } from '../components/TimeField';

interface AppointmentDraft {
  clientId: number;
  day: LocalDate;
  start: string;
  duration: string;
  kind: AppointmentKind;
  place: string;
  staffSupport: StaffSupport;
  note: string;
}

function draftOf(a: Appointment | null, clientId: number | null, day: LocalDate): AppointmentDraft {
  return a
    ? {
        clientId: a.clientId,
        day: a.day,
        start: a.startMinute === null ? '' : formatClock(a.startMinute),
        duration: String(a.durationMinutes),
        kind: a.kind,
        place: a.place,
        staffSupport: a.staffSupport,
        note: a.note,
      }
    : { clientId: clientId ?? 0, day, start: '10:00', duration: '60', kind: 'medical', place: '', staffSupport: 'none', note: '' };
}

const inputOf = (d: AppointmentDraft): Input<'appointments.create'> => ({
  clientId: d.clientId,
  day: d.day,
  start: d.start || null,
  durationMinutes: numberOf(d.duration),
  kind: d.kind,
  place: d.place,
  staffSupport: d.staffSupport,
  note: d.note,
});

interface Props {
  appointment: Appointment | null;
  /** The client a new appointment is for; null lets the user choose. */
  clientId: number | null;
  day: LocalDate;
  onClose: () => void;
}

export function AppointmentDialog({ appointment, clientId, day, onClose }: Props) {
  const queryClient = useQueryClient();
  const clients = useClients();
  const displayName = useDisplayName();
  const [draft, setDraft] = useState<AppointmentDraft>(() => draftOf(appointment, clientId, day));
  const { busy, error, setError, run } = useSaving(onClose);
  const set = <K extends keyof AppointmentDraft>(k: K, v: AppointmentDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const choosable = clients.data?.filter((c) => c.status !== 'discharged' || c.id === draft.clientId) ?? [];
  const fixedClient = clientId !== null && !appointment ? clients.data?.find((c) => c.id === clientId) : undefined;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['appointments'] });
  const save = () => {
    if (!draft.clientId) return setError('Choose a client.');
    void run(async () => {
      const input = inputOf(draft);
      await (appointment
        ? call('appointments.update', { id: appointment.id, version: appointment.version, ...input })
        : call('appointments.create', input));
      await refresh();
    });
  };
  const remove = (a: Appointment) =>
    void run(async () => {
      await call('appointments.delete', { id: a.id, version: a.version });
      await refresh();
    });

  return (
    <FormDialog
      title={appointment ? 'Appointment' : fixedClient ? `Add an appointment for ${displayName(fixedClient)}` : 'Add an appointment'}
      onClose={onClose}
      onSubmit={save}
      submitLabel={appointment ? 'Save' : 'Add appointment'}
      busy={busy}
      error={error}
      wide
      extraActions={appointment && <DeleteButton onDelete={() => remove(appointment)} />}
    >
      <div className="form-grid">
        {!fixedClient && (
          <Field label="Client">
            <ClientSelect value={draft.clientId || null} clients={choosable} noneLabel="Choose a client…" onChange={(v) => set('clientId', v ?? 0)} autoFocus={!appointment} />
          </Field>
        )}
        <Field label="What">
          <EnumSelect value={draft.kind} values={APPOINTMENT_KINDS} labels={APPOINTMENT_KIND_LABELS} onChange={(v) => set('kind', v)} />
        </Field>
        <Field label="Date">
          <input type="date" value={draft.day} onChange={(e) => set('day', e.target.value)} />
        </Field>
        <Field label="Time" hint="Empty for an all-day date (a deadline, say)">
          <TimeField value={draft.start} onChange={(v) => set('start', v)} />
        </Field>
        <Field label="Duration (minutes)">
          <input type="number" min={5} max={720} step={5} value={draft.duration} onChange={(e) => set('duration', e.target.value)} />
        </Field>
        <Field label="Place">
          <input value={draft.place} onChange={(e) => set('place', e.target.value)} maxLength={120} placeholder="Clinic, court, office…" />
        </Field>
        <Field label="Staff support" hint="A staff member who goes along becomes a planned contact when the day is drafted">
          <EnumSelect value={draft.staffSupport} values={STAFF_SUPPORT} labels={STAFF_SUPPORT_LABELS} onChange={(v) => set('staffSupport', v)} />
        </Field>
      </div>
      <Field label="Note" hint={`${draft.note.length} / ${NOTE_MAX}`}>
        <textarea value={draft.note} onChange={(e) => set('note', e.target.value)} rows={2} placeholder="Documents to bring, who to call" />
      </Field>
    </FormDialog>
  );
}
