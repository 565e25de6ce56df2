import { APPOINTMENT_KIND_LABELS, type Appointment, STAFF_SUPPORT_LABELS } from '../../../shared/schedule';
import { usePrivacy } from '../privacy';
import '../planning.css';
import { showClock } from '../clock';

/** One appointment as a button: time, (client), kind, place, and whether staff goes along, in words. */
export function AppointmentChip({ appointment: a, clientName, onOpen }: { appointment: Appointment; clientName?: string; onOpen: () => void }) {
  // A place (an address, a clinic) says where a client is: hidden with the notes.
  const { hideNotes } = usePrivacy();
  return (
    <button
      type="button"
      className={`appt appt-${a.kind}${a.staffSupport !== 'none' ? ' appt-support' : ''}`}
      onClick={onOpen}
      data-appointment-id={a.id}
    >
      <span className="appt-time">{a.startMinute === null ? 'All day' : showClock(a.startMinute)}</span>
      {clientName && <span className="appt-client">{clientName}</span>}
      <span className="appt-kind">{APPOINTMENT_KIND_LABELS[a.kind]}</span>
      {a.place && !hideNotes && <span className="appt-place">{a.place}</span>}
      {a.staffSupport !== 'none' && (
        <span className="appt-staff">
          <span aria-hidden="true">⚑ </span>
          {STAFF_SUPPORT_LABELS[a.staffSupport]}
        </span>
      )}
    </button>
  );
}
