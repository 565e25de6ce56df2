import type { Staff } from '../../../shared/domain';
import { type SessionState, atLeast } from '../../../shared/trust';

/**
 * Whom a form may name as the author of an event or the staff member of a new contact:
 * a log-level person only themselves (the host refuses anyone else), a higher level anyone.
 */
export function ownWorkOnly(me: SessionState['person'], staff: Staff[]): Staff[] {
  return me && !atLeast(me.level, 'schedule') ? staff.filter((s) => s.id === me.id) : staff;
}
