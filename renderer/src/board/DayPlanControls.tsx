import type { BoardDay } from '../../../shared/domain';
import { errorMessage } from '../api';
import { StaffSelect } from '../components/Select';
import { useNotify } from '../notices';
import type { useContactActions } from './contact-actions';

/** The day's shift manager, and the one-click draft of the day from every client's schedule. */
export function DayPlanControls({ board, actions }: { board: BoardDay; actions: ReturnType<typeof useContactActions> }) {
  const notify = useNotify();
  const working = board.staff.filter((s) => board.staffDays.find((d) => d.staffId === s.id)?.shift);
  const draft = async () => {
    try {
      const { contacts } = await actions.draft();
      const unassigned = contacts.filter((c) => c.staffId === null).length;
      notify(
        contacts.length === 0
          ? 'Nothing to add: every scheduled contact of this day is already on the board.'
          : `Drafted ${contacts.length} contact${contacts.length === 1 ? '' : 's'}${unassigned ? `, ${unassigned} left unassigned (see why on the cards)` : ''}.`,
        'info',
      );
    } catch {
      // shown by the action
    }
  };
  return (
    <>
      <label className="shift-manager">
        <span>Shift manager</span>
        <StaffSelect
          value={board.shiftManagerId}
          staff={working}
          noneLabel="Not chosen"
          onChange={(staffId) =>
            void actions.setShiftManager(board.dayPlanVersion, staffId).catch((err: unknown) => notify(errorMessage(err)))
          }
        />
      </label>
      <button type="button" className="button" onClick={() => void draft()} title="Add the day's contacts from every client's schedule">
        ⚙ Draft schedule
      </button>
    </>
  );
}
