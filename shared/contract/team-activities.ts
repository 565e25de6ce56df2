/** Team activities (issue 14): group, supervision, training, team meeting, travel — staff time with no client. */
import { z } from 'zod';
import { TEAM_ACTIVITY_KINDS, TEAM_ACTIVITY_LOCATIONS, type TeamActivity } from '../team-activities';
import { clock, endAfterStart, id, localDate, note, version } from '../schemas';
import { method } from './define';

const kind = z.enum(TEAM_ACTIVITY_KINDS, { error: 'must be one of: group, supervision, training, team meeting, travel' });
const location = z.enum(TEAM_ACTIVITY_LOCATIONS, { error: 'must be office or community' });
const staffIds = z
  .array(id)
  .min(1, { error: 'must name at least one staff member' })
  .max(40, { error: 'can hold at most 40 staff' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'names the same staff member twice' });

/** Repeats on the same weekday every N weeks, up to and including `until`. */
const repeat = z.strictObject({
  everyWeeks: z.number().int({ error: 'must be a whole number of weeks' }).min(1, { error: 'must be 1 to 4 weeks' }).max(4, { error: 'must be 1 to 4 weeks' }),
  until: localDate,
});
/** A change or delete of one activity of a series: this one alone (the default), or this one and the following. */
const following = z.boolean().default(false);

export const activityCreateInput = z
  .strictObject({ kind, day: localDate, start: clock, end: clock, location: location.default('office'), staffIds, note: note.default(''), repeat: repeat.optional() })
  .superRefine(endAfterStart);

export const activityUpdateInput = z
  .strictObject({
    id,
    version,
    kind: kind.optional(),
    day: localDate.optional(),
    start: clock.optional(),
    end: clock.optional(),
    location: location.optional(),
    staffIds: staffIds.optional(),
    note: note.optional(),
    following,
  })
  .superRefine(endAfterStart);

export const teamActivityMethods = {
  /** A one-off, or with `repeat` a series (the first activity is returned). */
  'activities.create': method<TeamActivity>()(activityCreateInput),
  /** With `following`, the same change (not the date) is made to the rest of the series too. */
  'activities.update': method<TeamActivity>()(activityUpdateInput),
  /** Dragged on the board from one staff member's column to another's: the activity takes the other instead. */
  'activities.move': method<TeamActivity>()(z.strictObject({ id, version, fromStaffId: id, toStaffId: id })),
  'activities.delete': method<{ id: number; deleted: number }>()(z.strictObject({ id, version, following })),
};
