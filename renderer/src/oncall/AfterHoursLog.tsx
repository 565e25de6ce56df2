/** The after-hours log: the person on call logs each call; the list shows them, newest first. */
import { DateTime } from 'luxon';
import { useState } from 'react';
import type { Input } from '../../../shared/api';
import type { Staff } from '../../../shared/domain';
import {
  type AfterHoursCall,
  CALL_HOW,
  CALL_HOW_LABELS,
  CALL_OUTCOMES,
  CALL_OUTCOME_LABELS,
  CALL_OUTCOME_SHOWN_LABELS,
  type CallOutcome,
  hospitalStayOffer,
} from '../../../shared/oncall';
import { WITHHELD_TEXT } from '../../../shared/trust';
import { call, errorMessage } from '../api';
import { showTime } from '../clock';
import { EnumSelect, StaffSelect } from '../components/Select';
import { useSaving } from '../components/useSaving';
import { SubmitRow } from '../components/Dialog';
import { useNotify } from '../notices';
import { useClients } from '../queries';
import { useDisplayName } from '../privacy';
import { useSession } from '../trust/session';
import { AdmitDialog } from '../stays/StayDialogs';
import { TimeField } from '../components/TimeField';

type Draft = Omit<Input<'afterHours.log'>, 'staffId'> & { staffId: number | null; time: string };

export function LogCallForm({ timeZone, staff }: { timeZone: string; staff: Staff[] }) {
  const { state, locked, askToUnlock } = useSession();
  const clients = useClients();
  const displayName = useDisplayName();
  const fresh = (): Draft => {
    const now = DateTime.now().setZone(timeZone);
    return {
      day: now.toISODate()!,
      time: now.toFormat('HH:mm'),
      staffId: state?.person?.id ?? null,
      clientId: null,
      caller: '',
      how: 'phone',
      whatHappened: '',
      outcome: 'resolved_phone',
      followUp: false,
    };
  };
  const [draft, setDraft] = useState<Draft>(fresh);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const notify = useNotify();
  const { busy, error, run } = useSaving(() => {
    notify('The call is in the log; it opens the next meeting.', 'info');
    setDraft(fresh());
  });
  const save = () =>
    locked
      ? askToUnlock()
      : void run(() => call('afterHours.log', { ...draft, staffId: draft.staffId ?? undefined }));
  return (
    <form
      className="oncall-form"
      aria-label="Log an after-hours call"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label>
        Date
        <input type="date" value={draft.day} onChange={(e) => set('day', e.target.value)} required />
      </label>
      <label>
        Time
        <TimeField value={draft.time} onChange={(v) => set('time', v)} required />
      </label>
      <label>
        Taken by
        <StaffSelect value={draft.staffId} staff={staff.filter((s) => s.active)} noneLabel="Me" onChange={(v) => set('staffId', v)} />
      </label>
      <label>
        Client
        <select value={draft.clientId ?? ''} onChange={(e) => set('clientId', e.target.value ? Number(e.target.value) : null)}>
          <option value="">Not a client of the team</option>
          {(clients.data ?? [])
            .filter((c) => c.status !== 'discharged')
            .map((c) => (
              <option key={c.id} value={c.id}>
                {displayName(c)}
              </option>
            ))}
        </select>
      </label>
      <label>
        Caller {draft.clientId === null ? '' : '(if not the client)'}
        <input value={draft.caller} maxLength={120} onChange={(e) => set('caller', e.target.value)} placeholder="e.g. a neighbour, the landlord" />
      </label>
      <label>
        Phone or in person
        <EnumSelect value={draft.how ?? 'phone'} values={CALL_HOW} labels={CALL_HOW_LABELS} onChange={(v) => set('how', v)} />
      </label>
      <label className="wide">
        What happened
        <textarea rows={3} maxLength={2000} value={draft.whatHappened} onChange={(e) => set('whatHappened', e.target.value)} required />
      </label>
      <label>
        What was done
        <EnumSelect<CallOutcome> value={draft.outcome} values={CALL_OUTCOMES} labels={CALL_OUTCOME_LABELS} onChange={(v) => set('outcome', v)} />
      </label>
      <label className="checkbox">
        <span>
          <input type="checkbox" checked={draft.followUp ?? false} onChange={(e) => set('followUp', e.target.checked)} /> Follow-up needed
        </span>
      </label>
      <SubmitRow label="Log the call" busy={busy} error={error} />
    </form>
  );
}

/** One call as a line of the log, with what can be done with it next. */
export function CallLine({
  entry,
  staff,
  timeZone,
  meetingId,
}: {
  entry: AfterHoursCall;
  staff: Map<number, string>;
  timeZone: string;
  /** The running meeting: the call can be marked reviewed there. */
  meetingId?: number | null;
}) {
  const { locked, askToUnlock } = useSession();
  const notify = useNotify();
  const clients = useClients();
  const [admitting, setAdmitting] = useState(false);
  const offer = hospitalStayOffer(entry);
  // Offered while the client is not yet logged in hospital (an admission makes them "hospitalized").
  const stayToOpen = offer && clients.data?.find((c) => c.id === offer.clientId)?.status === 'active' ? offer : null;
  const act = (work: () => Promise<unknown>, done: string) =>
    locked ? askToUnlock() : void work().then(() => notify(done, 'info')).catch((err: unknown) => notify(errorMessage(err)));
  const who = entry.clientName ?? entry.caller;
  return (
    <li data-testid="after-hours-call">
      <strong>{showTime(DateTime.fromISO(entry.at).setZone(timeZone), 'ccc d LLL, {time}')}</strong> · {who}
      {entry.clientName && entry.caller && entry.caller !== WITHHELD_TEXT ? ` (${entry.caller})` : ''} · {CALL_HOW_LABELS[entry.how]} · taken by{' '}
      {staff.get(entry.staffId) ?? '—'} <span className="call-tag">{CALL_OUTCOME_SHOWN_LABELS[entry.outcome]}</span>
      {entry.reviewedMeetingId !== null && <span className="call-tag">Reviewed</span>}
      <div>{entry.whatHappened}</div>
      <div className="call-actions">
        {entry.followUp && entry.clientId !== null && entry.followUpContactId === null && (
          <button type="button" className="button" onClick={() => act(() => call('afterHours.followUp', { id: entry.id }), 'The follow-up is on the next working day’s board, in Unassigned.')}>
            Put the follow-up on the board
          </button>
        )}
        {entry.followUpContactId !== null && <span className="muted">Follow-up on the board.</span>}
        {meetingId != null && entry.reviewedMeetingId === null && (
          <button type="button" className="button" onClick={() => act(() => call('afterHours.review', { id: entry.id, meetingId }), 'Marked reviewed.')}>
            Reviewed
          </button>
        )}
        {stayToOpen && (
          <button type="button" className="button" onClick={() => (locked ? askToUnlock() : setAdmitting(true))}>
            Open a hospital stay
          </button>
        )}
      </div>
      {admitting && stayToOpen && (
        <AdmitDialog
          clientId={stayToOpen.clientId}
          kind="psychiatric"
          today={DateTime.fromISO(stayToOpen.from).setZone(timeZone).toISODate()!}
          onClose={() => setAdmitting(false)}
        />
      )}
    </li>
  );
}

export function CallList({ calls, staff, timeZone, meetingId }: { calls: AfterHoursCall[]; staff: Staff[]; timeZone: string; meetingId?: number | null }) {
  const names = new Map(staff.map((s) => [s.id, s.name]));
  if (calls.length === 0) return <p className="muted">No after-hours calls.</p>;
  return (
    <ul className="oncall-calls plain-list">
      {calls.map((c) => (
        <CallLine key={c.id} entry={c} staff={names} timeZone={timeZone} meetingId={meetingId} />
      ))}
    </ul>
  );
}
