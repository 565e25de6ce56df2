import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Input } from '../../../shared/api';
import { CLIENT_STATUSES, CLIENT_STATUS_LABELS, type Client, DISCHARGE_REASONS, DISCHARGE_REASON_LABELS, type DischargeReason, type Staff } from '../../../shared/domain';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { EnumSelect, StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { ExportButton, ImportButton } from '../import/RosterFileButtons';
import { ClientSchedule } from '../planning/ClientSchedule';
import { ClientBasicsFields } from './ClientBasicsFields';
import { NO_BASICS } from '../../../shared/client-basics';
import { useDisplayName, usePrivacy } from '../privacy';
import { useClients, useStaff } from '../queries';
import { useSession } from '../trust/session';

type ClientDraft = Required<Omit<Input<'clients.create'>, 'recordNumber' | 'dischargedOn'>> & { recordNumber: string; dischargedOn: string };

export function ClientsScreen() {
  const clients = useClients();
  const staff = useStaff();
  const [query, setQuery] = useState('');
  const displayName = useDisplayName();
  const { hideNames } = usePrivacy();
  const [editing, setEditingNow] = useState<Client | 'new' | null>(null);
  // A locked seat opens no client form: what it holds of a client is not enough to edit one.
  const { locked, askToUnlock } = useSession();
  const setEditing = (c: Client | 'new' | null) => (locked && c ? askToUnlock() : setEditingNow(c));
  const [scheduleOf, setScheduleOf] = useState<number | null>(null);
  const staffName = useMemo(() => new Map(staff.data?.map((s) => [s.id, s.name]) ?? []), [staff.data]);
  const needle = query.trim().toLowerCase();
  const shown = clients.data?.filter(
    (c) => !needle || [c.name, c.preferredName, c.recordNumber ?? ''].some((t) => t.toLowerCase().includes(needle)),
  );
  const scheduled = scheduleOf === null ? undefined : clients.data?.find((c) => c.id === scheduleOf);
  if (scheduled) return <ClientSchedule client={scheduled} onBack={() => setScheduleOf(null)} />;
  return (
    <section className="screen">
      <div className="screen-header">
        <h1>Clients</h1>
        <input
          type="search"
          className="search"
          placeholder="Find by name or record number"
          aria-label="Find a client"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ImportButton kind="clients" label="Import CSV…" />
        <ImportButton kind="schedules" label="Import schedules…" />
        <ExportButton kind="clients" />
        <ExportButton kind="schedules" label="Export schedules" />
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          + Add client
        </button>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Preferred name</th>
            <th scope="col">Name</th>
            <th scope="col">Record</th>
            <th scope="col">Status</th>
            <th scope="col">Primary care manager</th>
            <th scope="col">Admitted</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {shown?.map((c) => (
            <tr key={c.id} className={c.status === 'discharged' ? 'row-inactive' : ''}>
              <td className="strong">{displayName(c)}</td>
              <td>{hideNames ? '—' : c.name}</td>
              <td>{c.recordNumber ?? '—'}</td>
              <td>
                <span className={`client-status client-status-${c.status}`}>{CLIENT_STATUS_LABELS[c.status]}</span>
              </td>
              <td>{c.primaryStaffId ? staffName.get(c.primaryStaffId) : '—'}</td>
              <td>{c.admissionDate ?? '—'}</td>
              <td>
                <button type="button" className="button button-small" onClick={() => setEditing(c)} aria-label={`Edit ${displayName(c)}`}>
                  Edit
                </button>{' '}
                <button type="button" className="button button-small" onClick={() => setScheduleOf(c.id)} aria-label={`Schedule of ${displayName(c)}`}>
                  Schedule
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown?.length === 0 && <p className="empty">No client matches “{query}”.</p>}
      {editing && staff.data && (
        <ClientDialog client={editing === 'new' ? null : editing} staff={staff.data.filter((s) => s.active)} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}

function draftOf(c: Client | null): ClientDraft {
  return c
    ? { ...c, recordNumber: c.recordNumber ?? '', admissionDate: c.admissionDate ?? '', dischargedOn: c.dischargedOn ?? '' }
    : { name: '', preferredName: '', recordNumber: '', admissionDate: '', status: 'active', dischargedOn: '', dischargeReason: null, primaryStaffId: null, teamStaffIds: [], ...NO_BASICS };
}

function ClientDialog({ client, staff, onClose }: { client: Client | null; staff: Staff[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ClientDraft>(() => draftOf(client));
  const { busy, error, run } = useSaving(onClose);
  const set = <K extends keyof ClientDraft>(k: K, v: ClientDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const toggleTeam = (id: number) =>
    set('teamStaffIds', draft.teamStaffIds.includes(id) ? draft.teamStaffIds.filter((s) => s !== id) : [...draft.teamStaffIds, id]);
  const save = () =>
    run(async () => {
      const fields = {
        name: draft.name,
        preferredName: draft.preferredName,
        recordNumber: draft.recordNumber || null,
        admissionDate: draft.admissionDate,
        status: draft.status,
        // Left empty on a client discharged before the board kept the date: the service says what is missing.
        ...(draft.status === 'discharged'
          ? { dischargedOn: draft.dischargedOn || null, dischargeReason: draft.dischargeReason }
          : { dischargedOn: null, dischargeReason: null }),
        primaryStaffId: draft.primaryStaffId,
        teamStaffIds: draft.teamStaffIds,
        address: draft.address,
        phone: draft.phone,
        crisisPlan: draft.crisisPlan,
        legalStatus: draft.legalStatus,
      };
      await (client ? call('clients.update', { id: client.id, version: client.version, ...fields }) : call('clients.create', fields));
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
    });
  return (
    <FormDialog title={client ? `Edit ${client.preferredName}` : 'Add a client'} onClose={onClose} onSubmit={() => void save()} submitLabel="Save" busy={busy} error={error} wide>
      <div className="form-grid">
        <Field label="Full name">
          <input value={draft.name} onChange={(e) => set('name', e.target.value)} autoFocus />
        </Field>
        <Field label="Preferred name" hint="Shown on the board">
          <input value={draft.preferredName} onChange={(e) => set('preferredName', e.target.value)} />
        </Field>
        <Field label="Record number" hint="Optional">
          <input value={draft.recordNumber} onChange={(e) => set('recordNumber', e.target.value)} />
        </Field>
        <Field label="Admission date">
          <input type="date" value={draft.admissionDate} onChange={(e) => set('admissionDate', e.target.value)} />
        </Field>
        <Field label="Status">
          <EnumSelect value={draft.status} values={CLIENT_STATUSES} labels={CLIENT_STATUS_LABELS} onChange={(v) => set('status', v)} />
        </Field>
        {draft.status === 'discharged' && (
          <>
            <Field label="Discharge date">
              <input type="date" value={draft.dischargedOn} onChange={(e) => set('dischargedOn', e.target.value)} />
            </Field>
            <Field label="Discharge reason" hint="Counts in the retention figure (TMACT OS10)">
              <select value={draft.dischargeReason ?? ''} onChange={(e) => set('dischargeReason', (e.target.value || null) as DischargeReason | null)}>
                <option value="">Choose…</option>
                {DISCHARGE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {DISCHARGE_REASON_LABELS[r]}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
        <Field label="Primary care manager">
          <StaffSelect value={draft.primaryStaffId} staff={staff} noneLabel="None" onChange={(v) => set('primaryStaffId', v)} />
        </Field>
      </div>
      <ClientBasicsFields basics={draft} onChange={(k, v) => setDraft((d) => ({ ...d, [k]: v }))} />
      <fieldset className="team-picker">
        <legend>Individual treatment team</legend>
        {staff.map((s) => (
          <label key={s.id} className="checkbox">
            <input type="checkbox" checked={draft.teamStaffIds.includes(s.id)} onChange={() => toggleTeam(s.id)} /> {s.name}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
