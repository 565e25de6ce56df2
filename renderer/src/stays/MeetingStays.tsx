/** The hospital and jail logs in the morning meeting (NY 5.9.1.iii): who is in, and the focused client's stay. */
import { DISCHARGE_PLAN_STATE_LABELS, STAY_KIND_LABELS } from '../../../shared/stays';
import { formatDayShort } from '../../../shared/time';
import { usePrivacy } from '../privacy';
import { StayFlags } from './StayFlags';
import { useClientStays, useCurrentStays, useStayName } from './queries';
import './stays.css';

const HIDDEN = 'Hidden on this screen';

/** At the start of the meeting: everyone in hospital or jail, with days in and flags. */
export function InStaysList() {
  const current = useCurrentStays();
  const name = useStayName();
  const stays = current.data?.stays ?? [];
  return (
    <section aria-labelledby="in-stays-title">
      <h2 id="in-stays-title">In hospital / in jail</h2>
      {stays.length === 0 ? (
        <p className="muted">Nobody is in hospital or jail.</p>
      ) : (
        <ul className="attention-list in-stays">
          {stays.map((c) => (
            <li key={c.stay.id}>
              <strong>{name(c.stay.clientId, c.clientName)}</strong> · {STAY_KIND_LABELS[c.stay.kind]} · day {c.daysIn} · last visit{' '}
              {c.lastVisit ? formatDayShort(c.lastVisit) : 'none'}
              <StayFlags flags={c.flags} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The focused client's open stay: where, days in, visits, plans and flags. */
export function FocusedStay({ clientId }: { clientId: number }) {
  const stays = useClientStays(clientId);
  const { hideNotes } = usePrivacy();
  const c = stays.data?.current;
  if (!c) return null;
  const s = c.stay;
  const jail = s.log === 'jail';
  return (
    <section className="focus-stay" aria-label={jail ? 'Jail stay' : 'Hospital stay'}>
      <p className="focus-stay-line">
        <strong>
          {STAY_KIND_LABELS[s.kind]} · day {c.daysIn}
        </strong>{' '}
        {hideNotes ? '' : `at ${[s.facility, s.unit].filter(Boolean).join(', ')} `}· since {formatDayShort(s.admittedOn)} · last visit {c.lastVisit ? formatDayShort(c.lastVisit) : 'none yet'} · next
        visit {formatDayShort(c.nextVisit)}
        {s.expectedDischarge && ` · expected ${jail ? 'release' : 'discharge'} ${formatDayShort(s.expectedDischarge)}`}
      </p>
      <p className="focus-stay-line">
        Visit plan: {hideNotes ? HIDDEN : s.visitPlan || '—'} · {jail ? 'Release' : 'Discharge'} plan ({DISCHARGE_PLAN_STATE_LABELS[s.dischargePlanState].toLowerCase()}):{' '}
        {hideNotes ? HIDDEN : s.dischargePlan || '—'}
      </p>
      <StayFlags flags={c.flags} />
    </section>
  );
}
