/** Everything a seat needs to draw one day: columns, cards, warnings and the side list. */
import type { ParsedInput } from '../../shared/api';
import { type BoardDay, type Client, type Contact, type LocalDate, STAFF_ROLES, type Staff, carriesContacts } from '../../shared/domain';
import { careWarnings } from '../../shared/rules/care-warnings';
import { dayWarnings } from '../../shared/rules/warnings';
import type { StaffDay, Warning } from '../../shared/schedule';
import type { ClientAttention } from '../../shared/schedule';
import { addDays, nowIn, todayIn } from '../../shared/time';
import { holidayOn, staffDaysOn } from './availability';
import { profilesById } from './client-profile';
import { lastDoneOf, psychWeeksOf } from './clinical-boards';
import { listClients } from './clients';
import { contactsOn } from './contacts';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';
import { type Privacy, shownActivity, shownContact } from './privacy';
import { activitiesOn } from './team-activities';
import { getSettings } from './settings';
import { withStays } from './stay-board';
import { withClinicalFlags } from './clinical-flags';
import { listStaff } from './staff';

/** TMACT team approach: each client should be seen by at least this many staff in four weeks. */
export const TEAM_APPROACH_MIN_STAFF = 3;

/**
 * Active clients the day should not forget: no face-to-face contact done or planned in
 * the last `noContactDays` days, or seen by too few different staff in four weeks.
 */
function attentionList(ctx: CallContext, day: LocalDate, noContactDays: number, clients: Client[], privacy: Privacy): ClientAttention[] {
  const since = addDays(day, -(noContactDays - 1));
  const lastFaceToFace = new Map(
    (
      ctx.db
        .prepare(
          // Each client's newest first, on contacts_by_client: stops at the first face-to-face one.
          `SELECT id AS client_id, (SELECT day FROM contacts
             WHERE client_id = clients.id AND day <= ? AND kind = 'face_to_face' AND status IN ('done', 'planned')
             ORDER BY day DESC LIMIT 1) AS last
           FROM clients`,
        )
        .all(day) as { client_id: number; last: string | null }[]
    ).flatMap((r) => (r.last ? [[r.client_id, r.last] as const] : [])),
  );
  const staffSeen = new Map(
    (
      ctx.db
        .prepare(
          `SELECT client_id, COUNT(DISTINCT staff_id) AS n FROM contacts
           WHERE status = 'done' AND staff_id IS NOT NULL AND day BETWEEN ? AND ? GROUP BY client_id`,
        )
        .all(addDays(day, -27), day) as { client_id: number; n: number }[]
    ).map((r) => [r.client_id, r.n]),
  );
  const list: ClientAttention[] = [];
  const named = (c: Client) => {
    const { id, name, preferredName } = privacy.client(c);
    return { clientId: id, name, preferredName };
  };
  for (const c of clients.filter((c) => c.status === 'active')) {
    const last = lastFaceToFace.get(c.id);
    if (!last || last < since) {
      list.push({
        ...named(c),
        reason: 'no_recent_contact',
        detail: last ? `No face-to-face contact since ${last}` : 'No face-to-face contact on record',
      });
    }
    const seenBy = staffSeen.get(c.id) ?? 0;
    if (seenBy < TEAM_APPROACH_MIN_STAFF) {
      list.push({
        ...named(c),
        reason: 'few_staff',
        detail: `Seen by ${seenBy} staff in 4 weeks (team approach: ${TEAM_APPROACH_MIN_STAFF}+)`,
      });
    }
  }
  return list;
}

/** What the day means for clients: high risk with nothing planned, a psychiatric visit due (shared/rules/care-warnings.ts). */
function clientWarnings(ctx: CallContext, day: LocalDate, now: { day: LocalDate; minute: number }, dayContacts: Contact[], clients: Client[], privacy: Privacy): Warning[] {
  if (day < now.day) return [];
  const profiles = profilesById(ctx);
  const lastPsych = lastDoneOf(ctx, 'psychiatric_visit');
  const weeksOf = psychWeeksOf(ctx);
  // Today's next 24 hours reach into tomorrow.
  const contacts = day === now.day ? [...dayContacts, ...contactsOn(ctx, addDays(day, 1))] : dayContacts;
  return careWarnings({
    day,
    now,
    clients: clients
      .filter((c) => c.status !== 'discharged')
      .map((c) => ({ id: c.id, name: privacy.nameOf(c), highRisk: profiles.get(c.id)?.acuity === 'high_risk', lastPsychVisit: lastPsych.get(c.id) ?? null, psychVisitWeeks: weeksOf(c.id) })),
    contacts,
  });
}

/** The day's board as the caller may see it (`privacy`: names and notes it may not see are left out). */
export function getBoardDay(ctx: CallContext, day: LocalDate, privacy: Privacy): BoardDay {
  const settings = getSettings(ctx);
  const contacts = contactsOn(ctx, day);
  const activities = activitiesOn(ctx, day);
  const staffDays = staffDaysOn(ctx, day);
  const holiday = holidayOn(ctx, day);
  // Who has work that day: a contact, or a team activity.
  const withContacts = new Set([...contacts.filter((c) => c.status !== 'cancelled').map((c) => c.staffId), ...activities.flatMap((a) => a.staffIds)]);
  const roleRank = (s: Staff) => STAFF_ROLES.indexOf(s.role);
  const everyone = listStaff(ctx);
  // Columns: who works that day, who is off that day (a slim "Off today: sick" line), and anyone
  // off who still has contacts (a warning says so).
  const onTheBoard = (d: StaffDay | undefined) => d?.shift || d?.timeOff;
  const staff = everyone
    .filter((s) => (s.active && carriesContacts(s.role) && onTheBoard(staffDays.get(s.id))) || withContacts.has(s.id))
    .sort((a, b) => roleRank(a) - roleRank(b) || a.name.localeCompare(b.name));
  const allClients = listClients(ctx);
  const clients = new Map(allClients.map((c) => [c.id, c]));
  const now = nowIn(settings.timeZone, ctx.now);
  const plan = ctx.db.prepare('SELECT shift_manager_id, version FROM day_plans WHERE day = ?').get(day) as
    | { shift_manager_id: number | null; version: number }
    | undefined;
  return {
    day,
    today: todayIn(settings.timeZone, ctx.now),
    timeZone: settings.timeZone,
    staff,
    contacts: contacts.map((c) => shownContact(privacy, c)),
    activities: activities.map((a) => shownActivity(privacy, a)),
    clients: [...new Set(contacts.map((c) => c.clientId))].map((id) => {
      const { name, preferredName, status, address, phone, crisisPlan, legalStatus } = privacy.client(clients.get(id)!);
      return { id, name, preferredName, status, address, phone, crisisPlan, legalStatus };
    }),
    staffDays: everyone.map((s) => staffDays.get(s.id)!),
    holiday,
    shiftManagerId: plan?.shift_manager_id ?? null,
    dayPlanVersion: plan?.version ?? 0,
    warnings: dayWarnings({
      day,
      holiday: holiday !== null,
      staff: everyone.filter((s) => s.active || withContacts.has(s.id)),
      staffDays,
      contacts,
      activities,
      clientName: (id) => {
        const c = clients.get(id);
        return c ? privacy.nameOf(c) : `Client ${id}`;
      },
      travelBufferMinutes: settings.travelBufferMinutes,
      clockFormat: settings.clockFormat,
      now,
    }).concat(clientWarnings(ctx, day, now, contacts, allClients, privacy)),
    attention: attentionList(ctx, day, settings.noContactDays, allClients, privacy),
  };
}

export const boardDayHandlers: HandlersFor<'board.get'> = {
  'board.get': (ctx, i: ParsedInput<'board.get'>) => {
    const privacy = i.privateNames ? ctx.privacy.withPrivateNames() : ctx.privacy;
    return withClinicalFlags(ctx, withStays(ctx, getBoardDay(ctx, i.day, privacy), privacy), privacy);
  },
};
