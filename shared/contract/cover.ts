/** Off today: a staff member calls in sick, and their contacts are covered in one step. */
import { z } from 'zod';
import type { Contact } from '../domain';
import { type CoverMove, OFF_TODAY_KINDS } from '../rules/cover';
import type { TimeOff } from '../schedule';
import type { TeamActivity } from '../team-activities';
import { clock, id, localDate, version } from '../schemas';
import { method } from './define';

/** The kinds of time off that start on the day itself ("off today"). */
const offToday = { day: localDate, staffId: id, kind: z.enum(OFF_TODAY_KINDS, { error: 'must be sick or other' }) };

export const coverMethods = {
  /** Who would take each of the person's planned contacts: shown before anything changes. */
  'cover.propose': method<{ moves: CoverMove[] }>()(z.strictObject(offToday)),
  /** Marks the person off for the day and makes the moves shown (a stale one is refused, nothing changes). */
  /** leftActivities: the day's team activities they left (others are in them; issue 14). */
  'cover.offToday': method<{ timeOff: TimeOff; moved: Contact[]; leftActivities: TeamActivity[] }>()(
    z.strictObject({
      ...offToday,
      moves: z.array(z.strictObject({ id, version, staffId: id.nullable(), start: clock.optional() })).max(200, { error: 'has too many contacts' }),
    }),
  ),
};
