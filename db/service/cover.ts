import type { ParsedInput } from '../../shared/api';
import type { Contact } from '../../shared/domain';
import { coverFor } from '../../shared/rules/cover';
import { itemIdOfSource } from '../../shared/rules/draft';
import { TIME_OFF_LABELS, TIME_WINDOW_SPANS } from '../../shared/schedule';
import { listItems } from './schedule-items';
import { addTimeOff, staffDaysOn } from './availability';
import { listClients } from './clients';
import { contactsOn, moveContact } from './contacts';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { activitiesOn, leaveTeamActivities } from './team-activities';
import { getSettings } from './settings';
import { getStaff, listStaff } from './staff';

function propose(ctx: CallContext, input: ParsedInput<'cover.propose'>) {
  const windows = new Map(listItems(ctx).flatMap((i) => (i.window ? [[i.id, TIME_WINDOW_SPANS[i.window]] as const] : [])));
  const contacts = contactsOn(ctx, input.day);
  return {
    moves: coverFor({
      day: input.day,
      clients: listClients(ctx),
      staff: listStaff(ctx),
      staffDays: staffDaysOn(ctx, input.day),
      existing: contacts,
      contacts,
      activities: activitiesOn(ctx, input.day),
      windowOf: (c) => windows.get(itemIdOfSource(c.source) ?? -1) ?? null,
      travelBufferMinutes: getSettings(ctx).travelBufferMinutes,
      off: getStaff(ctx, input.staffId),
      kind: input.kind,
    }),
  };
}

/** One transaction (the service's): the day off, then each move as contacts.move makes it, audited. */
function offToday(ctx: CallContext, input: ParsedInput<'cover.offToday'>) {
  const timeOff = addTimeOff(ctx, {
    staffId: input.staffId,
    fromDay: input.day,
    toDay: input.day,
    kind: input.kind,
    note: `${TIME_OFF_LABELS[input.kind]}: marked off today on the board`,
  });
  const moved: Contact[] = input.moves.map((m) => moveContact(ctx, m));
  return { timeOff, moved, leftActivities: leaveTeamActivities(ctx, input.staffId, input.day) };
}

export const coverHandlers: HandlersFor<'cover.propose' | 'cover.offToday'> = {
  'cover.propose': propose,
  'cover.offToday': offToday,
};
