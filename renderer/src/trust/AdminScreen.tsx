/** Admin: the audit trail (filters, CSV export), people's levels and PINs, auto-lock and backups. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { type AuditCheck, type AuditEntry, type BackupState, PERMISSION_LABELS, PERMISSION_LEVELS, type PermissionLevel, type Person, type TrustSettings } from '../../../shared/trust';
import { call, errorMessage } from '../api';
import { toSafeCsv } from '../csv-safe';
import { Field, FormDialog, FormError } from '../components/Dialog';
import { StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { showTime } from '../clock';
import { KioskPanel } from './KioskPanel';
import { ReplicaPanel } from './ReplicaPanel';
import { useClients, useSettings, useStaff } from '../queries';

const SECTIONS = [
  { id: 'audit', label: 'Audit trail' },
  { id: 'people', label: 'People and PINs' },
  { id: 'lock', label: 'Lock and backups' },
] as const;

export function AdminScreen() {
  const [section, setSection] = useState<(typeof SECTIONS)[number]['id']>('audit');
  return (
    <section className="screen">
      <div className="screen-header">
        <h1>Admin</h1>
        <div className="segmented" role="group" aria-label="Admin sections">
          {SECTIONS.map((s) => (
            <button key={s.id} type="button" className={`button${section === s.id ? ' button-primary' : ''}`} aria-pressed={section === s.id} onClick={() => setSection(s.id)}>
              {s.label}
            </button>
          ))}
        </div>
      </div>
      {section === 'audit' && <AuditPanel />}
      {section === 'people' && <PeoplePanel />}
      {section === 'lock' && <LockAndBackupPanel />}
    </section>
  );
}

interface AuditFilter {
  staffId?: number;
  clientId?: number;
  from?: string;
  to?: string;
  kind?: string;
}

const PAGE = 200;

/** A stored moment in the team's zone: to the second for the CSV, in the team's clock and date style on screen. */
function useTeamTime() {
  const zone = useSettings().data?.timeZone ?? 'UTC';
  const at = (iso: string) => DateTime.fromISO(iso).setZone(zone);
  return { csv: (iso: string) => at(iso).toFormat('yyyy-MM-dd HH:mm:ss'), shown: (iso: string) => showTime(at(iso), 'ccc d LLL yyyy, {time}') };
}

/** What changed, in one line: the fields whose values differ. */
function summary(e: AuditEntry): string {
  const parse = (s: string | null): Record<string, unknown> => {
    try {
      const v: unknown = s ? JSON.parse(s) : {};
      return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
    } catch {
      return {};
    }
  };
  const before = parse(e.before);
  const after = parse(e.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== 'version' && k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  if (!e.before) return keys.length > 6 ? `${keys.length} fields` : keys.map((k) => `${k}: ${show(after[k])}`).join(', ');
  return keys.map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`).join(', ');
}

/** A filter: one of `choices`, or all of them (the empty value). */
function ChoiceSelect({ value, allLabel, choices, onChange, ...rest }: {
  value: string;
  allLabel: string;
  choices: { value: string; label: string }[];
  onChange: (value: string) => void;
  id?: string;
}) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{allLabel}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

function AuditPanel() {
  const staff = useStaff();
  const clients = useClients();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [limit, setLimit] = useState(PAGE);
  const notify = useNotify();
  const time = useTeamTime();
  const audit = useQuery({ queryKey: ['audit', filter, limit], queryFn: () => call('audit.list', { ...filter, limit }) });
  const set = (change: AuditFilter) => {
    setLimit(PAGE);
    setFilter((f) => ({ ...f, ...change }));
  };

  const exportCsv = async () => {
    try {
      const all = await call('audit.list', { ...filter, limit: 10_000 });
      const csv = toSafeCsv(
        all.entries.map((e) => ({
          id: e.id, at_utc: e.at, at_team_time: time.csv(e.at), actor: e.actor, actor_staff_id: e.actorStaffId,
          action: e.action, entity: e.entity, entity_id: e.entityId, before: e.before, after: e.after,
        })),
      );
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `act-board-audit-${DateTime.now().toFormat('yyyyMMdd-HHmm')}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      notify(errorMessage(err));
    }
  };

  return (
    <div className="audit">
      <AuditSealCheck />
      <div className="filters panel" role="group" aria-label="Filter the audit trail">
        <Field label="Person">
          <StaffSelect value={filter.staffId ?? null} staff={staff.data ?? []} noneLabel="Everyone" onChange={(id) => set({ staffId: id ?? undefined })} />
        </Field>
        <Field label="Client">
          <ChoiceSelect
            value={filter.clientId === undefined ? '' : String(filter.clientId)}
            allLabel="All clients"
            choices={(clients.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            onChange={(v) => set({ clientId: v ? Number(v) : undefined })}
          />
        </Field>
        <Field label="From">
          <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        </Field>
        <Field label="To">
          <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </Field>
        <Field label="Kind">
          <ChoiceSelect
            value={filter.kind ?? ''}
            allLabel="Everything"
            choices={(audit.data?.kinds ?? []).map((k) => ({ value: k, label: k }))}
            onChange={(v) => set({ kind: v || undefined })}
          />
        </Field>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      {audit.isError && (
        <p className="screen-error" role="alert">
          {errorMessage(audit.error)}
        </p>
      )}
      {audit.data && (
        <>
          <p role="status">
            {audit.data.total} {audit.data.total === 1 ? 'entry' : 'entries'}
          </p>
          <table className="table audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">What</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.entries.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{time.shown(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>{e.action}</td>
                  <td>
                    {e.entity}
                    {e.entityId !== null ? ` #${e.entityId}` : ''}
                  </td>
                  <td className="audit-change">{summary(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {audit.data.entries.length < audit.data.total && (
            <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
              Show more
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** Checks the trail's hash chain (and the backups' copies of it) and says whether it is intact or where it breaks. */
function AuditSealCheck() {
  const [check, setCheck] = useState<AuditCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const notify = useNotify();
  const run = async () => {
    setChecking(true);
    try {
      setCheck(await call('audit.verify', {}));
    } catch (err) {
      notify(errorMessage(err));
    } finally {
      setChecking(false);
    }
  };
  return (
    <div className="panel audit-seal">
      <button type="button" className="button" disabled={checking} onClick={() => void run()}>
        {checking ? 'Checking the audit trail…' : 'Check the audit trail'}
      </button>
      {check && (
        <div role="status" aria-label="Audit trail check" className={check.intact ? 'audit-seal-intact' : 'audit-seal-broken'}>
          <p>{check.summary}</p>
          {check.breaks.length > 0 && (
            <ul>
              {check.breaks.map((b) => (
                <li key={`${b.id}-${b.problem}`}>{b.problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function PeoplePanel() {
  const people = useQuery({ queryKey: ['access'], queryFn: () => call('auth.access', {}) });
  const client = useQueryClient();
  const notify = useNotify();
  const [pinFor, setPinFor] = useState<Person | null>(null);
  const setLevel = async (p: Person, level: PermissionLevel) => {
    try {
      await call('auth.setAccess', { staffId: p.id, version: p.version, level });
      notify(`${p.name} now has ${level} permission.`, 'info');
    } catch (err) {
      notify(errorMessage(err));
    }
    await client.invalidateQueries({ queryKey: ['access'] });
  };
  return (
    <>
      {people.isError && (
        <p className="screen-error" role="alert">
          {errorMessage(people.error)}
        </p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Staff member</th>
            <th scope="col">Permission</th>
            <th scope="col">PIN</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(people.data ?? []).filter((p) => p.active).map((p) => (
            <tr key={p.id}>
              <td className="strong">{p.name}</td>
              <td>
                <select aria-label={`Permission of ${p.name}`} value={p.level} onChange={(e) => void setLevel(p, e.target.value as PermissionLevel)}>
                  {PERMISSION_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {PERMISSION_LABELS[l]}
                    </option>
                  ))}
                </select>
              </td>
              <td>{p.lockedUntil ? 'Locked out (too many wrong PINs)' : p.hasPin ? 'Set' : 'None'}</td>
              <td>
                <button type="button" className="button button-small" onClick={() => setPinFor(p)}>
                  {p.hasPin ? 'Reset PIN' : 'Set PIN'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pinFor && <PinDialog person={pinFor} onClose={() => setPinFor(null)} />}
    </>
  );
}

function PinDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const client = useQueryClient();
  const notify = useNotify();
  const [pin, setPin] = useState('');
  const { busy, error, run } = useSaving(() => {
    notify(`New PIN set for ${person.name}.`, 'info');
    onClose();
  });
  return (
    <FormDialog
      title={`PIN for ${person.name}`}
      submitLabel="Set PIN"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() =>
        void run(async () => {
          await call('auth.resetPin', { staffId: person.id, version: person.version, pin });
          await client.invalidateQueries({ queryKey: ['access'] });
        })
      }
    >
      <Field label="New PIN" hint="4 to 8 digits. Tell it to them in person; it also ends a lockout.">
        <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
      </Field>
    </FormDialog>
  );
}

function LockAndBackupPanel() {
  const settings = useQuery({ queryKey: ['trustSettings'], queryFn: () => call('trust.settings', {}) });
  const backups = useQuery({ queryKey: ['backups'], queryFn: () => call('backup.status', {}) });
  const client = useQueryClient();
  const notify = useNotify();
  const time = useTeamTime();
  const [confirm, setConfirm] = useState<string | null>(null);
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      notify(done, 'info');
    } catch (err) {
      notify(errorMessage(err));
    }
    await client.invalidateQueries({ queryKey: ['backups'] });
  };
  return (
    <div className="admin-columns">
      {settings.isError && (
        <p className="screen-error" role="alert">
          {errorMessage(settings.error)}
        </p>
      )}
      {settings.data && <TrustSettingsForm key={settings.data.version} settings={settings.data} />}
      {backups.data && (
        <div className="panel">
          <h2>Backups</h2>
          <p>
            Kept in <code>{backups.data.dir}</code>. A backup is made every day and when the board closes.
          </p>
          <FormError error={backups.data.lastError} />
          <button type="button" className="button button-primary" disabled={backups.data.running} onClick={() => void act(() => call('backup.now', {}), 'Backup started.')}>
            {backups.data.running ? 'Backing up…' : 'Back up now'}
          </button>
          {backups.data.files.length === 0 && <p>No backups yet.</p>}
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Why</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data.files.map((f) => (
                <tr key={f.name}>
                  <td>{time.shown(f.at)}</td>
                  <td>{f.reason}</td>
                  <td>{Math.max(1, Math.round(f.bytes / 1024))} KiB</td>
                  <td>
                    {confirm === f.name ? (
                      <button type="button" className="button button-small button-danger" onClick={() => void act(() => call('backup.restore', { name: f.name }), 'Restoring: the current board is backed up first; everyone unlocks again afterwards.')}>
                        Really restore?
                      </button>
                    ) : (
                      <button type="button" className="button button-small" onClick={() => setConfirm(f.name)}>
                        Restore from this backup
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ReplicaPanel />
      {backups.data && <MoveBoardPanel state={backups.data} />}
      <KioskPanel />
    </div>
  );
}

/** Moving the board to another PC: save a consistent copy; open a copy saved elsewhere. */
function MoveBoardPanel({ state }: { state: BackupState }) {
  const client = useQueryClient();
  const notify = useNotify();
  const [folder, setFolder] = useState(state.copyDir);
  const [file, setFile] = useState('');
  const [confirmOpen, setConfirmOpen] = useState(false);
  const { busy, error, run } = useSaving(() => undefined);
  const act = (what: () => Promise<unknown>, done: string) =>
    run(async () => {
      await what();
      notify(done, 'info');
      setConfirmOpen(false);
      await client.invalidateQueries({ queryKey: ['backups'] });
    });
  return (
    <div className="panel" aria-labelledby="move-board-title">
      <h2 id="move-board-title">Move the board</h2>
      <p className="field-hint">Paths are on the machine that runs the board.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => call('board.saveCopy', { folder }), 'Saving a copy of the board…');
        }}
      >
        <Field label="Save a copy of the board into this folder" hint="One consistent file with everything: a USB stick or a network drive.">
          <input value={folder} onChange={(e) => setFolder(e.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy || state.running}>
          Save a copy of the board
        </button>
      </form>
      {state.lastCopy && (
        <p role="status">
          Last copy: <code>{state.lastCopy}</code>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirmOpen) return setConfirmOpen(true);
          void act(() => call('board.openFile', { file }), 'Opening the board file: this board is backed up first; everyone unlocks again afterwards.');
        }}
      >
        <Field label="Open a board file" hint="A copy saved on another PC. It is checked first; this board is backed up before it is replaced.">
          <input
            value={file}
            onChange={(e) => {
              setFile(e.target.value);
              setConfirmOpen(false);
            }} placeholder="/media/usb/act-board-copy-20261130-091500.sqlite" />
        </Field>
        <button type="submit" className={`button${confirmOpen ? ' button-danger' : ''}`} disabled={busy || state.running || file.trim() === ''}>
          {confirmOpen ? 'Really replace this board?' : 'Open this board file'}
        </button>
      </form>
      <FormError error={error} />
    </div>
  );
}

function TrustSettingsForm({ settings }: { settings: TrustSettings }) {
  const client = useQueryClient();
  const notify = useNotify();
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [privacy, setPrivacy] = useState(settings.privacyWhenLocked);
  const [dir, setDir] = useState(settings.backupDir ?? '');
  const [days, setDays] = useState(String(settings.retentionDays));
  const { busy, error, run } = useSaving(() => notify('Saved.', 'info'));
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await call('trust.updateSettings', {
            version: settings.version, autoLockMinutes: Number(minutes), privacyWhenLocked: privacy, backupDir: dir, retentionDays: Number(days),
          });
          await client.invalidateQueries();
        });
      }}
    >
      <h2>Lock</h2>
      <Field label="Lock after idle minutes" hint="The wall screen locks itself after this long without a touch, click or key.">
        <input type="number" min={1} max={240} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={privacy} onChange={(e) => setPrivacy(e.target.checked)} /> Show clients by initials while locked
      </label>
      <h2>Backups</h2>
      <Field label="Backup folder" hint={`Empty: ${settings.effectiveBackupDir}. A network drive works.`}>
        <input value={dir} onChange={(e) => setDir(e.target.value)} />
      </Field>
      <Field label="Keep backups for days">
        <input type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} />
      </Field>
      <FormError error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        Save
      </button>
    </form>
  );
}
