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

export const activityCreateInput = z
  .strictObject({ kind, day: localDate, start: clock, end: clock, location: location.default('office'), staffIds, note: note.default('') })
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
  })
  .superRefine(endAfterStart);

export const teamActivityMethods = {
  'activities.create': method<TeamActivity>()(activityCreateInput),
  'activities.update': method<TeamActivity>()(activityUpdateInput),
  /** Dragged on the board from one staff member's column to another's: the activity takes the other instead. */
  'activities.move': method<TeamActivity>()(z.strictObject({ id, version, fromStaffId: id, toStaffId: id })),
  'activities.delete': method<{ id: number }>()(z.strictObject({ id, version })),
};
