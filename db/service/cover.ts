import type { ParsedInput } from '../../shared/api';
import type { Contact } from '../../shared/domain';
import { coverFor } from '../../shared/rules/cover';
import { TIME_OFF_LABELS } from '../../shared/schedule';
import { addTimeOff, staffDaysOn } from './availability';
import { listClients } from './clients';
import { contactsOn, moveContact } from './contacts';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { getSettings } from './settings';
import { getStaff, listStaff } from './staff';

function propose(ctx: CallContext, input: ParsedInput<'cover.propose'>) {
  return {
    moves: coverFor({
      day: input.day,
      clients: listClients(ctx),
      staff: listStaff(ctx),
      staffDays: staffDaysOn(ctx, input.day),
      existing: contactsOn(ctx, input.day),
      contacts: contactsOn(ctx, input.day),
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
  const moved: Contact[] = input.moves.map((m) => moveContact(ctx, { id: m.id, version: m.version, staffId: m.staffId }));
  return { timeOff, moved };
}

export const coverHandlers: HandlersFor<'cover.propose' | 'cover.offToday'> = {
  'cover.propose': propose,
  'cover.offToday': offToday,
};
