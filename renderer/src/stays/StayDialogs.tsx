/** The hospital and jail logs' forms: admit (or book), log a visit or call, discharge (or release), a court date. */
import { useState } from 'react';
import type { Input } from '../../../shared/api';
import type { Client } from '../../../shared/domain';
import { STAFF_SUPPORT, STAFF_SUPPORT_LABELS, type StaffSupport } from '../../../shared/schedule';
import {
  DISCHARGE_DESTINATIONS,
  DISCHARGE_DESTINATION_LABELS,
  DISCHARGE_PLAN_STATES,
  DISCHARGE_PLAN_STATE_LABELS,
  LEGAL_STATUSES,
  LEGAL_STATUS_LABELS,
  type LegalStatus,
  STAY_KINDS,
  STAY_KIND_LABELS,
  type Stay,
  type StayKind,
  type StaySettings,
  type StayVisitKind,
  logOfKind,
} from '../../../shared/stays';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { EnumSelect, StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { useDisplayName } from '../privacy';
import { useClients, useStaff } from '../queries';
import { TimeField } from '../components/TimeField';

const NO_LEGAL = '' as const;
type LegalChoice = LegalStatus | typeof NO_LEGAL;
const LEGAL_LABELS: Record<LegalChoice, string> = { '': 'Not known / not applicable', ...LEGAL_STATUS_LABELS };

export function AdmitDialog({ today, onClose, clientId, kind }: { today: string; onClose: () => void; clientId?: number; kind?: StayKind }) {
  const clients = useClients();
  const displayName = useDisplayName();
  const { busy, error, run } = useSaving(onClose);
  const choosable = (clients.data ?? []).filter((c) => c.status === 'active' || c.id === clientId);
  const [f, setF] = useState({
    clientId: clientId ?? 0,
    kind: kind ?? ('psychiatric' as StayKind),
    admittedOn: today,
    facility: '',
    unit: '',
    reason: '',
    legalStatus: NO_LEGAL as LegalChoice,
    legalUntil: '',
    learnedHow: '',
    learnedOn: today,
    teamInAdmission: false,
    contactName: '',
    contactPhone: '',
    visitPlan: '',
    expectedDischarge: '',
    charges: '',
    officer: '',
    attorney: '',
  });
  const set = (change: Partial<typeof f>) => setF((x) => ({ ...x, ...change }));
  const jail = logOfKind(f.kind) === 'jail';
  const submit = () =>
    run(() => {
      const input: Input<'stays.admit'> = {
        ...f,
        legalStatus: f.legalStatus || null,
        legalUntil: f.legalUntil || null,
        learnedOn: f.learnedOn || null,
        expectedDischarge: f.expectedDischarge || null,
      };
      return call('stays.admit', input);
    });
  return (
    <FormDialog title={jail ? 'Log a jail stay or arrest' : 'Admit to hospital'} onClose={onClose} onSubmit={submit} submitLabel={jail ? 'Book' : 'Admit'} busy={busy} error={error} submitDisabled={!f.clientId} wide>
      <div className="field-pair">
        <Field label="Client">
          <select value={f.clientId || ''} onChange={(e) => set({ clientId: Number(e.target.value) })} data-autofocus>
            <option value="">Choose a client…</option>
            {choosable.map((c: Client) => (
              <option key={c.id} value={c.id}>
                {displayName(c)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Kind">
          <EnumSelect value={f.kind} values={STAY_KINDS} labels={STAY_KIND_LABELS} onChange={(kind) => set({ kind })} />
        </Field>
      </div>
      <div className="field-pair">
        <Field label={jail ? 'Booked on' : 'Admitted on'}>
          <input type="date" value={f.admittedOn} max={today} onChange={(e) => set({ admittedOn: e.target.value })} />
        </Field>
        <Field label={jail ? 'Expected release' : 'Expected discharge'}>
          <input type="date" value={f.expectedDischarge} onChange={(e) => set({ expectedDischarge: e.target.value })} />
        </Field>
      </div>
      <div className="field-pair">
        <Field label="Facility">
          <input value={f.facility} onChange={(e) => set({ facility: e.target.value })} />
        </Field>
        <Field label={jail ? 'Unit or block' : 'Unit'}>
          <input value={f.unit} onChange={(e) => set({ unit: e.target.value })} />
        </Field>
      </div>
      {jail ? (
        <JailFields f={f} set={set} />
      ) : (
        <>
          <Field label="Reason">
            <input value={f.reason} onChange={(e) => set({ reason: e.target.value })} />
          </Field>
          <LegalFields f={f} set={set} />
        </>
      )}
      <div className="field-pair">
        <Field label="How the team learned of it">
          <input value={f.learnedHow} onChange={(e) => set({ learnedHow: e.target.value })} />
        </Field>
        <Field label="Learned on">
          <input type="date" value={f.learnedOn} onChange={(e) => set({ learnedOn: e.target.value })} />
        </Field>
      </div>
      <StayContactFields f={f} set={set} jail={jail} />
      <Field label="Visit plan">
        <input value={f.visitPlan} onChange={(e) => set({ visitPlan: e.target.value })} />
      </Field>
      {!jail && (
        <label className="checkbox">
          <input type="checkbox" checked={f.teamInAdmission} onChange={(e) => set({ teamInAdmission: e.target.checked })} /> The team took part in the decision to admit
        </label>
      )}
    </FormDialog>
  );
}

export function VisitDialog({ stay, clientName, today, onClose }: { stay: Stay; clientName: string; today: string; onClose: () => void }) {
  const staff = useStaff();
  const { busy, error, run } = useSaving(onClose);
  const [f, setF] = useState({ day: today, kind: 'visit' as StayVisitKind, staffId: null as number | null, note: '' });
  const set = (change: Partial<typeof f>) => setF((x) => ({ ...x, ...change }));
  return (
    <FormDialog title={`Log a visit or call: ${clientName}`} onClose={onClose} onSubmit={() => run(() => call('stays.logVisit', { stayId: stay.id, ...f }))} submitLabel="Log" busy={busy} error={error}>
      <div className="field-pair">
        <Field label="Day">
          <input type="date" value={f.day} min={stay.admittedOn} max={today} onChange={(e) => set({ day: e.target.value })} data-autofocus />
        </Field>
        <Field label="What">
          <EnumSelect value={f.kind} values={['visit', 'call'] as const} labels={{ visit: 'Team visit', call: stay.log === 'jail' ? 'Call with jail staff' : 'Call with inpatient staff' }} onChange={(kind) => set({ kind })} />
        </Field>
      </div>
      <Field label="Who">
        <StaffSelect value={f.staffId} staff={(staff.data ?? []).filter((s) => s.active)} noneLabel="Me (the signed-in person)" onChange={(staffId) => set({ staffId })} />
      </Field>
      <Field label="Note">
        <textarea rows={3} value={f.note} onChange={(e) => set({ note: e.target.value })} />
      </Field>
    </FormDialog>
  );
}

export function DischargeDialog({ stay, clientName, today, onClose }: { stay: Stay; clientName: string; today: string; onClose: () => void }) {
  const { busy, error, run } = useSaving(onClose);
  const jail = stay.log === 'jail';
  const [f, setF] = useState({
    dischargedOn: today,
    dischargedTo: 'home' as (typeof DISCHARGE_DESTINATIONS)[number],
    teamInDischarge: false,
    medicationReconciled: false,
    followUpPlan: '',
  });
  const set = (change: Partial<typeof f>) => setF((x) => ({ ...x, ...change }));
  return (
    <FormDialog
      title={`${jail ? 'Release' : 'Discharge'}: ${clientName}`}
      onClose={onClose}
      onSubmit={() => run(() => call('stays.discharge', { id: stay.id, version: stay.version, ...f }))}
      submitLabel={jail ? 'Release' : 'Discharge'}
      busy={busy}
      error={error}
    >
      <p className="field-hint">A follow-up contact goes on the next day's board; a professional should meet the client by the team's limit (NY 5.14.1.5.i).</p>
      <div className="field-pair">
        <Field label={jail ? 'Released on' : 'Discharged on'}>
          <input type="date" value={f.dischargedOn} min={stay.admittedOn} max={today} onChange={(e) => set({ dischargedOn: e.target.value })} data-autofocus />
        </Field>
        <Field label="To">
          <EnumSelect value={f.dischargedTo} values={DISCHARGE_DESTINATIONS} labels={DISCHARGE_DESTINATION_LABELS} onChange={(dischargedTo) => set({ dischargedTo })} />
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={f.teamInDischarge} onChange={(e) => set({ teamInDischarge: e.target.checked })} /> The team took part in {jail ? 'release' : 'discharge'} planning
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={f.medicationReconciled} onChange={(e) => set({ medicationReconciled: e.target.checked })} /> Medication reconciled
      </label>
      <Field label="Follow-up plan">
        <textarea rows={3} value={f.followUpPlan} onChange={(e) => set({ followUpPlan: e.target.value })} />
      </Field>
    </FormDialog>
  );
}

/** The open stay's details the team keeps up to date: plans, legal status, who to call. */
export function EditStayDialog({ stay, clientName, onClose }: { stay: Stay; clientName: string; onClose: () => void }) {
  const { busy, error, run } = useSaving(onClose);
  const jail = stay.log === 'jail';
  const [f, setF] = useState({
    visitPlan: stay.visitPlan,
    dischargePlan: stay.dischargePlan,
    dischargePlanState: stay.dischargePlanState,
    expectedDischarge: stay.expectedDischarge ?? '',
    legalStatus: (stay.legalStatus ?? NO_LEGAL) as LegalChoice,
    legalUntil: stay.legalUntil ?? '',
    contactName: stay.contactName,
    contactPhone: stay.contactPhone,
    charges: stay.charges,
    officer: stay.officer,
    attorney: stay.attorney,
  });
  const set = (change: Partial<typeof f>) => setF((x) => ({ ...x, ...change }));
  const submit = () =>
    run(() =>
      call('stays.update', {
        id: stay.id,
        version: stay.version,
        ...f,
        expectedDischarge: f.expectedDischarge || null,
        legalStatus: f.legalStatus || null,
        legalUntil: f.legalUntil || null,
      }),
    );
  return (
    <FormDialog title={`${jail ? 'Jail stay' : 'Hospital stay'}: ${clientName}`} onClose={onClose} onSubmit={submit} submitLabel="Save" busy={busy} error={error} wide>
      <Field label="Visit plan">
        <input value={f.visitPlan} onChange={(e) => set({ visitPlan: e.target.value })} data-autofocus />
      </Field>
      <div className="field-pair">
        <Field label={jail ? 'Release plan state' : 'Discharge plan state'}>
          <EnumSelect value={f.dischargePlanState} values={DISCHARGE_PLAN_STATES} labels={DISCHARGE_PLAN_STATE_LABELS} onChange={(dischargePlanState) => set({ dischargePlanState })} />
        </Field>
        <Field label={jail ? 'Expected release' : 'Expected discharge'}>
          <input type="date" value={f.expectedDischarge} onChange={(e) => set({ expectedDischarge: e.target.value })} />
        </Field>
      </div>
      <Field label={jail ? 'Release plan' : 'Discharge plan'}>
        <textarea rows={3} value={f.dischargePlan} onChange={(e) => set({ dischargePlan: e.target.value })} />
      </Field>
      {jail ? (
        <JailFields f={f} set={set} />
      ) : (
        <LegalFields f={f} set={set} />
      )}
      <StayContactFields f={f} set={set} jail={jail} />
    </FormDialog>
  );
}

interface LegalDraft {
  legalStatus: LegalChoice;
  legalUntil: string;
}
function LegalFields({ f, set }: { f: LegalDraft; set: (change: Partial<LegalDraft>) => void }) {
  return (
    <div className="field-pair">
      <Field label="Legal status">
        <EnumSelect value={f.legalStatus} values={[NO_LEGAL, ...LEGAL_STATUSES]} labels={LEGAL_LABELS} onChange={(legalStatus) => set({ legalStatus })} />
      </Field>
      <Field label="Expires or hearing on">
        <input type="date" value={f.legalUntil} onChange={(e) => set({ legalUntil: e.target.value })} />
      </Field>
    </div>
  );
}

/** Who to call at the hospital or jail. */
interface StayContactDraft {
  contactName: string;
  contactPhone: string;
}
function StayContactFields({ f, set, jail }: { f: StayContactDraft; set: (change: Partial<StayContactDraft>) => void; jail: boolean }) {
  return (
    <div className="field-pair">
      <Field label={jail ? 'Jail contact' : 'Inpatient contact'}>
        <input value={f.contactName} onChange={(e) => set({ contactName: e.target.value })} />
      </Field>
      <Field label="Their phone">
        <input value={f.contactPhone} onChange={(e) => set({ contactPhone: e.target.value })} />
      </Field>
    </div>
  );
}

/** A court date is an appointment of the Month view; the team usually goes along. */
export function CourtDateDialog({ stay, clientName, today, onClose }: { stay: Stay; clientName: string; today: string; onClose: () => void }) {
  const { busy, error, run } = useSaving(onClose);
  const [f, setF] = useState({ day: today, start: '09:00', place: '', staffSupport: 'accompany' as StaffSupport });
  const set = (change: Partial<typeof f>) => setF((x) => ({ ...x, ...change }));
  return (
    <FormDialog
      title={`Court date: ${clientName}`}
      onClose={onClose}
      onSubmit={() => run(() => call('appointments.create', { clientId: stay.clientId, kind: 'court', durationMinutes: 120, note: '', ...f, start: f.start || null }))}
      submitLabel="Add to the Month view"
      busy={busy}
      error={error}
    >
      <div className="field-pair">
        <Field label="Day">
          <input type="date" value={f.day} onChange={(e) => set({ day: e.target.value })} data-autofocus />
        </Field>
        <Field label="Time">
          <TimeField value={f.start} onChange={(v) => set({ start: v })} />
        </Field>
      </div>
      <Field label="Court">
        <input value={f.place} onChange={(e) => set({ place: e.target.value })} />
      </Field>
      <Field label="Staff">
        <EnumSelect value={f.staffSupport} values={STAFF_SUPPORT} labels={STAFF_SUPPORT_LABELS} onChange={(staffSupport) => set({ staffSupport })} />
      </Field>
    </FormDialog>
  );
}

/** The team's rules for stays (admin): days without a visit before the board warns, days to the follow-up. */
export function StaySettingsDialog({ settings, onClose }: { settings: StaySettings; onClose: () => void }) {
  const { busy, error, run } = useSaving(onClose);
  const [f, setF] = useState({ visitGapDays: String(settings.visitGapDays), followUpDays: String(settings.followUpDays) });
  const submit = () =>
    run(() => call('stays.updateSettings', { version: settings.version, visitGapDays: Number(f.visitGapDays), followUpDays: Number(f.followUpDays) }));
  return (
    <FormDialog title="Rules for hospital and jail stays" onClose={onClose} onSubmit={submit} submitLabel="Save" busy={busy} error={error}>
      <Field label="Warn after this many days without a team visit" hint="1: a visit every day (PACT); some states ask for a weekly visit (7).">
        <input type="number" min={1} max={14} value={f.visitGapDays} onChange={(e) => setF({ ...f, visitGapDays: e.target.value })} data-autofocus />
      </Field>
      <Field label="Follow-up due this many days after a discharge or release" hint="NY 5.14.1.5.i: within 3 to 7 days; never more than 7.">
        <input type="number" min={1} max={7} value={f.followUpDays} onChange={(e) => setF({ ...f, followUpDays: e.target.value })} />
      </Field>
    </FormDialog>
  );
}

type JailPart = { charges: string; officer: string; attorney: string };

/** The jail-only fields of a stay's form, the same when booking and when editing. */
function JailFields({ f, set }: { f: JailPart; set: (change: Partial<JailPart>) => void }) {
  return (
    <>
      <Field label="Charges in brief (optional)">
        <input value={f.charges} onChange={(e) => set({ charges: e.target.value })} />
      </Field>
      <div className="field-pair">
        <Field label="Probation or parole officer">
          <input value={f.officer} onChange={(e) => set({ officer: e.target.value })} />
        </Field>
        <Field label="Attorney">
          <input value={f.attorney} onChange={(e) => set({ attorney: e.target.value })} />
        </Field>
      </div>
    </>
  );
}
