/** The two questions at the end of a meeting: discard one started by mistake, save one with few clients reviewed. */
import type { Meeting } from '../../../shared/meeting';
import { call } from '../api';
import { FormDialog } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { useRefreshMeeting } from './refresh';

/** How far the walk got, from the reviews this seat shows (they move before the server's summary does). */
const progress = (m: Meeting) => ({ reviewed: m.reviews.filter((r) => r.state === 'reviewed').length, rosterSize: m.reviews.length });

/** Fewer than half the roster reviewed: the save asks first (TMACT OS3 wants each client's status reviewed). */
export const fewReviewed = (m: Meeting): boolean => progress(m).reviewed * 2 < progress(m).rosterSize;

export function DiscardMeetingDialog({ meeting, version, onClose }: { meeting: Meeting; version: number; onClose: () => void }) {
  const notify = useNotify();
  const refresh = useRefreshMeeting();
  const { busy, error, run } = useSaving(() => notify('The meeting was discarded.', 'info'));
  const { reviewed, rosterSize } = progress(meeting);
  return (
    <FormDialog
      title="Discard this meeting?"
      onClose={onClose}
      onSubmit={() => void run(() => call('meeting.discard', { id: meeting.id, version }).then(refresh))}
      submitLabel="Discard the meeting"
      busy={busy}
      error={error}
    >
      <p>
        For a meeting started by mistake. Its walk ({reviewed} of {rosterSize} reviewed) and attendance are not kept, and events reviewed at it
        count as new again. Contacts, events and acuity changes made meanwhile stay.
      </p>
    </FormDialog>
  );
}

export function FewReviewedDialog({ meeting, onSave, onClose }: { meeting: Meeting; onSave: () => void; onClose: () => void }) {
  const { reviewed, rosterSize } = progress(meeting);
  return (
    <FormDialog
      title={`Save with ${reviewed} of ${rosterSize} clients reviewed?`}
      onClose={onClose}
      onSubmit={() => {
        onClose();
        onSave();
      }}
      submitLabel="Save the meeting"
      focusSubmit
    >
      <p>
        Fewer than half the roster was reviewed. {reviewed === 0 ? 'A meeting with no client reviewed does not count as a meeting day for TMACT OS3.' : ''}{' '}
        Cancel to go on with the walk.
      </p>
    </FormDialog>
  );
}
