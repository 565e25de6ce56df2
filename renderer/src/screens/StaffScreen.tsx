import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Input } from '../../../shared/api';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type Staff } from '../../../shared/domain';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { StaffBadge } from '../components/StaffBadge';
import { EnumSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { ExportButton, ImportButton } from '../import/RosterFileButtons';
import { StaffAvailabilityView } from '../planning/StaffAvailability';
import { useStaff } from '../queries';

type StaffDraft = Input<'staff.create'>;
const NEW_STAFF: StaffDraft = { name: '', initials: '', role: 'case_manager', fte: 1, colour: '#2563eb', active: true };

export function StaffScreen() {
  const staff = useStaff();
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [availabilityOf, setAvailabilityOf] = useState<number | null>(null);
  const shownAvailability = availabilityOf === null ? undefined : staff.data?.find((s) => s.id === availabilityOf);
  if (shownAvailability) return <StaffAvailabilityView staff={shownAvailability} onBack={() => setAvailabilityOf(null)} />;
  return (
    <section className="screen">
      <div className="screen-header">
        <h1>Staff</h1>
        <ImportButton kind="staff" label="Import CSV…" />
        <ExportButton kind="staff" />
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          + Add staff member
        </button>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">FTE</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {staff.data?.map((s) => (
            <tr key={s.id} className={s.active ? '' : 'row-inactive'}>
              <td>
                <span className="name-with-badge">
                  <StaffBadge staff={s} /> {s.name}
                </span>
              </td>
              <td>{STAFF_ROLE_LABELS[s.role]}</td>
              <td>{s.fte.toFixed(1)}</td>
              <td>{s.active ? 'Active' : 'Inactive'}</td>
              <td>
                <button type="button" className="button button-small" onClick={() => setEditing(s)} aria-label={`Edit ${s.name}`}>
                  Edit
                </button>{' '}
                <button type="button" className="button button-small" onClick={() => setAvailabilityOf(s.id)} aria-label={`Availability of ${s.name}`}>
                  Availability
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && <StaffDialog staff={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </section>
  );
}

function StaffDialog({ staff, onClose }: { staff: Staff | null; onClose: () => void }) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<StaffDraft>(staff ?? NEW_STAFF);
  const { busy, error, run } = useSaving(onClose);
  const set = <K extends keyof StaffDraft>(k: K, v: StaffDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const save = () =>
    run(async () => {
      const { name, initials, role, fte, colour, active } = draft;
      const fields = { name, initials, role, fte, colour, active };
      await (staff ? call('staff.update', { id: staff.id, version: staff.version, ...fields }) : call('staff.create', fields));
      await client.invalidateQueries({ queryKey: ['staff'] });
    });
  return (
    <FormDialog title={staff ? `Edit ${staff.name}` : 'Add a staff member'} onClose={onClose} onSubmit={() => void save()} submitLabel="Save" busy={busy} error={error}>
      <div className="form-grid">
        <Field label="Name">
          <input value={draft.name} onChange={(e) => set('name', e.target.value)} autoFocus />
        </Field>
        <Field label="Initials" hint="1 to 4 letters, shown on the board">
          <input value={draft.initials} onChange={(e) => set('initials', e.target.value)} maxLength={4} />
        </Field>
        <Field label="Role">
          <EnumSelect value={draft.role} values={STAFF_ROLES} labels={STAFF_ROLE_LABELS} onChange={(v) => set('role', v)} />
        </Field>
        <Field label="FTE" hint="0.1 to 1.0">
          <input type="number" min={0.1} max={1} step={0.1} value={draft.fte} onChange={(e) => set('fte', e.target.valueAsNumber)} />
        </Field>
        <Field label="Colour">
          <input type="color" value={draft.colour} onChange={(e) => set('colour', e.target.value)} />
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={draft.active ?? true} onChange={(e) => set('active', e.target.checked)} /> Active (appears on the board)
        </label>
      </div>
    </FormDialog>
  );
}
