/**
 * What a caller may be shown about clients. A locked seat, when the team set "Show clients
 * by initials while locked", gets each client by alias or initials only, and no free text
 * (notes, event texts, goals, places): every read handler builds its result through the
 * call's `Privacy`, so nothing identifying is put in and taken out again.
 */
import type Database from 'better-sqlite3';
import type { ClientBasics } from '../../shared/client-basics';
import type { Client, Contact } from '../../shared/domain';
import type { ClientProfile, Meeting, MeetingHistory, MeetingSummary, SignificantEvent } from '../../shared/meeting';
import type { Appointment, ScheduleItem, StaffAvailability } from '../../shared/schedule';
import { initialsOf } from '../../shared/rules/meeting';
import type { TeamActivity } from '../../shared/team-activities';
import { WITHHELD_TEXT } from '../../shared/trust';


type Named = Pick<Client, 'id' | 'name' | 'preferredName'>;

export class Privacy {
  private aliases: Map<number, string> | undefined;

  private constructor(
    private readonly db: Database.Database,
    /** Clients by alias or initials instead of their names. */
    readonly privateNames: boolean,
    /** Notes, event texts, goals and places withheld. */
    readonly withholdTexts: boolean,
  ) {}

  /** A signed-in person or in-process code: everything. */
  static full(db: Database.Database): Privacy {
    return new Privacy(db, false, false);
  }

  /** A locked seat of a team that shows clients by initials while locked. */
  static locked(db: Database.Database): Privacy {
    return new Privacy(db, true, true);
  }

  /** The same, with clients by alias or initials (a seat that hides names asks for this). */
  withPrivateNames(): Privacy {
    return this.privateNames ? this : new Privacy(this.db, true, this.withholdTexts);
  }

  /** How this caller may name a client: the preferred name, or the alias or initials. */
  readonly nameOf = (client: Named): string =>
    this.privateNames ? (this.aliasOf(client.id) ?? initialsOf(client.name)) : client.preferredName;

  /**
   * A client (or part of one) as this caller may see it: no name, record number, admission or
   * discharge, or basics (address, phone, crisis plan, legal status) when private.
   */
  readonly client = <C extends Named & Partial<Pick<Client, 'recordNumber' | 'admissionDate' | 'dischargedOn' | 'dischargeReason' | keyof ClientBasics>>>(c: C): C => {
    if (!this.privateNames) return c;
    const shown = this.nameOf(c);
    const hidden = (t: string) => (t === '' ? '' : WITHHELD_TEXT);
    return {
      ...c,
      name: shown,
      preferredName: shown,
      ...('recordNumber' in c ? { recordNumber: null } : {}),
      ...('admissionDate' in c ? { admissionDate: null } : {}),
      ...('dischargedOn' in c ? { dischargedOn: null, dischargeReason: null } : {}),
      ...(c.address !== undefined ? { address: hidden(c.address) } : {}),
      ...(c.phone !== undefined ? { phone: hidden(c.phone) } : {}),
      ...(c.crisisPlan !== undefined ? { crisisPlan: hidden(c.crisisPlan) } : {}),
      ...('legalStatus' in c ? { legalStatus: null } : {}),
    };
  };

  /** A free text as this caller may see it. */
  readonly text = (text: string): string => (this.withholdTexts && text !== '' ? WITHHELD_TEXT : text);

  private aliasOf(clientId: number): string | undefined {
    this.aliases ??= new Map(
      (this.db.prepare('SELECT client_id, alias FROM client_profiles WHERE alias IS NOT NULL').all() as { client_id: number; alias: string }[]).map(
        (r) => [r.client_id, r.alias],
      ),
    );
    return this.aliases.get(clientId);
  }
}

/** What each shape carries of free text, as a caller may see it. */
export const shownContact = (p: Privacy, c: Contact): Contact => ({ ...c, note: p.text(c.note), nextPlan: p.text(c.nextPlan) });
export const shownActivity = (p: Privacy, a: TeamActivity): TeamActivity => ({ ...a, note: p.text(a.note) });
export const shownEvent = (p: Privacy, e: SignificantEvent): SignificantEvent => ({ ...e, text: p.text(e.text) });
export const shownProfile = (p: Privacy, profile: ClientProfile): ClientProfile => ({
  ...profile,
  acuityReason: p.text(profile.acuityReason),
  goals: profile.goals.map(p.text),
});
export const shownAppointment = (p: Privacy, a: Appointment): Appointment => ({ ...a, place: p.text(a.place), note: p.text(a.note) });
export const shownScheduleItem = (p: Privacy, item: ScheduleItem): ScheduleItem => ({ ...item, note: p.text(item.note) });
export const shownAvailability = (p: Privacy, a: StaffAvailability): StaffAvailability => ({
  ...a,
  timeOff: a.timeOff.map((t) => ({ ...t, note: p.text(t.note) })),
});
const shownSummary = (p: Privacy, s: MeetingSummary): MeetingSummary => ({
  ...s,
  parked: s.parked.map((x) => ({ ...x, note: p.text(x.note) })),
});
export const shownMeeting = (p: Privacy, m: Meeting): Meeting => ({
  ...m,
  reviews: m.reviews.map((r) => ({ ...r, parkNote: p.text(r.parkNote) })),
  summary: shownSummary(p, m.summary),
});
export const shownHistory = (p: Privacy, h: MeetingHistory): MeetingHistory => ({
  ...h,
  meetings: h.meetings.map((m) => ({ ...m, summary: shownSummary(p, m.summary) })),
});
