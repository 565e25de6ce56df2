/**
 * The downtime copy: one self-contained HTML file (no script, no link, styles inline) of
 * today's and tomorrow's board and appointments, written beside the backups, so the team
 * still has its day on paper if the kiosk PC or the board dies. Written at start, each
 * morning (when the team's date changes, and at the start of operating hours), and again
 * a minute after the day's board changes.
 *
 * It names clients and staff, so it is written as backups are: created exclusively under
 * a random name in the backup folder (a planted link is never followed), readable by the
 * owner only (0600), synced, then renamed over `act-board-downtime.html`.
 *
 * Further parts (who is on call, with the staff's on-call phones; who is in hospital or
 * jail): `DowntimeSection`s, built in `gatherDowntime` from their own read methods.
 */
import { TEAM_ACTIVITY_LABELS } from '../shared/team-activities';
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { CONTACT_STATUS_LABELS, type ChangeArea, type ChangeEvent, INTERVENTION_LABELS, LOCATION_LABELS, type BoardDay, type ClockFormat, type TeamSettings } from '../shared/domain';
import { rotaWeek, rotaWeekRange } from '../shared/oncall-week';
import { APPOINTMENT_KIND_LABELS, type Appointment } from '../shared/schedule';
import { STAY_KIND_LABELS } from '../shared/stays';
import { addDays, clockToken, formatClockAs, formatDayLong, parseClock, todayIn } from '../shared/time';
import { byTime } from '../shared/rules/warnings';
import { partialName } from './backup';
import type { BoardService } from './service/board-service';

export const DOWNTIME_FILE = 'act-board-downtime.html';

/** A further part of the copy (who is on call; who is in hospital or jail): a title and rows of cells. */
export interface DowntimeSection {
  title: string;
  head: string[];
  rows: string[][];
}

export interface DowntimeContent {
  settings: Pick<TeamSettings, 'teamName' | 'timeZone' | 'clockFormat'>;
  generatedAt: Date;
  days: BoardDay[];
  appointments: Appointment[];
  clientNames: Map<number, string>;
  sections: DowntimeSection[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>None.</p>';
  const th = head.map((h) => `<th>${escape(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function dayHtml(board: BoardDay, appointments: Appointment[], clientNames: Map<number, string>, format: ClockFormat): string {
  const clock = (m: number) => formatClockAs(m, format);
  const client = (id: number) => clientNames.get(id) ?? board.clients.find((c) => c.id === id)?.preferredName ?? `Client ${id}`;
  const contacts = [...board.contacts].sort(byTime);
  const shifts = new Map(board.staffDays.map((d) => [d.staffId, d.shift]));
  const columns: { title: string; staffId: number | null }[] = [
    { title: 'Unassigned', staffId: null },
    ...board.staff.map((s) => {
      const shift = shifts.get(s.id);
      return { title: `${s.name} (${s.initials})${shift ? ` · ${clock(shift.start)}–${clock(shift.end)}` : ' · off'}`, staffId: s.id };
    }),
  ];
  const parts = columns
    .map(({ title, staffId }) => {
      const span = (x: { startMinute: number; endMinute: number }) => `${clock(x.startMinute)}–${clock(x.endMinute)}`;
      const rows = [
        ...contacts
          .filter((c) => c.staffId === staffId)
          .map((c) => ({ at: c.startMinute, row: [span(c), client(c.clientId), INTERVENTION_LABELS[c.intervention], LOCATION_LABELS[c.location], CONTACT_STATUS_LABELS[c.status]] })),
        // Team activities (issue 14): staff time with no client.
        ...board.activities
          .filter((a) => staffId !== null && a.staffIds.includes(staffId))
          .map((a) => ({ at: a.startMinute, row: [span(a), `${TEAM_ACTIVITY_LABELS[a.kind]} (team activity)`, '', LOCATION_LABELS[a.location], ''] })),
      ]
        .sort((a, b) => a.at - b.at)
        .map((r) => r.row);
      return rows.length === 0 && staffId !== null && !shifts.get(staffId) ? '' : `<h3>${escape(title)}</h3>\n${table(['Time', 'Client', 'Intervention', 'Place', 'Status'], rows)}`;
    })
    .join('\n');
  const appts = appointments
    .filter((a) => a.day === board.day)
    .sort((a, b) => (a.startMinute ?? -1) - (b.startMinute ?? -1))
    .map((a) => [a.startMinute === null ? 'All day' : clock(a.startMinute), client(a.clientId), APPOINTMENT_KIND_LABELS[a.kind], a.place]);
  return `<section><h2>${escape(formatDayLong(board.day))}${board.holiday ? ` · ${escape(board.holiday)}` : ''}</h2>\n${parts}\n<h3>Appointments</h3>\n${table(['Time', 'Client', 'Appointment', 'Place'], appts)}</section>`;
}

/** The whole file: plain HTML with its styles inline, nothing fetched, nothing run. */
export function downtimeHtml(content: DowntimeContent): string {
  const at = DateTime.fromJSDate(content.generatedAt).setZone(content.settings.timeZone).toFormat(`cccc d LLLL yyyy, ${clockToken(content.settings.clockFormat)}`);
  const sections = content.sections.map((s) => `<section><h2>${escape(s.title)}</h2>\n${table(s.head, s.rows)}</section>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(content.settings.teamName)} · downtime copy</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#000}
h1{font-size:1.5em;margin:0}h2{border-bottom:2px solid #000;margin-top:1.5em}h3{margin:1em 0 .3em}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #999;padding:.2em .5em}
.note{background:#fef3c7;padding:.5em;border:1px solid #b45309}
@media print{section{break-before:page}section:first-of-type{break-before:auto}}
</style></head><body>
<h1>${escape(content.settings.teamName)} · downtime copy</h1>
<p class="note">Written by ACT Board at ${escape(at)}. It holds names: keep it private, print it if the board is down, and use the board itself once it is back.</p>
${content.days.map((d) => dayHtml(d, content.appointments, content.clientNames, content.settings.clockFormat)).join('\n')}
${sections}
</body></html>
`;
}

/** Today's and tomorrow's content, read as trusted in-process code (the file is the team's own). */
export function gatherDowntime(service: Pick<BoardService, 'call'>, now: Date): DowntimeContent {
  const settings = service.call('settings.get', {});
  const today = todayIn(settings.timeZone, now);
  const tomorrow = addDays(today, 1);
  const clientNames = new Map(service.call('clients.list', {}).map((c) => [c.id, c.name]));
  return {
    settings,
    generatedAt: now,
    days: [service.call('board.get', { day: today }), service.call('board.get', { day: tomorrow })],
    appointments: service.call('appointments.list', { from: today, to: tomorrow }),
    clientNames,
    sections: [onCallSection(service, now, today, settings), custodySection(service, clientNames)],
  };
}

const when = (iso: string, { timeZone, clockFormat }: Pick<TeamSettings, 'timeZone' | 'clockFormat'>) =>
  DateTime.fromISO(iso).setZone(timeZone).toFormat(`ccc d LLL, ${clockToken(clockFormat)}`);

/** Who holds each role now and this week's turns (overrides applied), with each holder's on-call phone. */
function onCallSection(service: Pick<BoardService, 'call'>, now: Date, today: string, team: Pick<TeamSettings, 'timeZone' | 'clockFormat'>): DowntimeSection {
  const rota = service.call('oncall.rota', {});
  const timeline = service.call('oncall.timeline', rotaWeekRange(today));
  const names = new Map(service.call('staff.list', {}).map((s) => [s.id, s.name]));
  const phones = new Map(rota.phones.map((p) => [p.staffId, p.phone]));
  const rows = rota.roles.flatMap((role) => {
    const segments = timeline.roles.find((r) => r.roleId === role.id)?.segments ?? [];
    return rotaWeek(segments, timeline.to, now.getTime()).map((s) => [
      role.name,
      s.now ? 'Now' : when(s.start, team),
      s.end ? when(s.end, team) : 'later',
      s.staffId === null ? 'Nobody' : (names.get(s.staffId) ?? `Staff ${s.staffId}`),
      s.staffId === null ? '' : (phones.get(s.staffId) ?? ''),
    ]);
  });
  if (rota.crisisLine) rows.push(['Crisis line', '', '', '', rota.crisisLine]);
  return { title: 'On call', head: ['Role', 'From', 'Until', 'Who', 'Phone'], rows };
}

/** The open hospital and jail stays, longest first. */
function custodySection(service: Pick<BoardService, 'call'>, clientNames: Map<number, string>): DowntimeSection {
  const { stays } = service.call('stays.current', {});
  const rows = [...stays]
    .sort((a, b) => b.daysIn - a.daysIn)
    .map((c) => [
      clientNames.get(c.stay.clientId) ?? c.clientName,
      STAY_KIND_LABELS[c.stay.kind],
      [c.stay.facility, c.stay.unit].filter(Boolean).join(' · '),
      c.stay.admittedOn,
      String(c.daysIn),
      c.lastVisit ?? 'None yet',
    ]);
  return { title: 'In hospital or jail', head: ['Client', 'Kind', 'Facility', 'Admitted', 'Days in', 'Last visit'], rows };
}

/** Writes `html` as the downtime copy in `dir`: exclusive create, owner-only, synced, renamed into place. */
export function writeDowntimeFile(dir: string, html: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const partial = path.join(dir, partialName());
  const out = fs.openSync(partial, 'wx', 0o600);
  try {
    fs.writeSync(out, html);
    fs.fsyncSync(out);
    const written = fs.fstatSync(out);
    const there = fs.lstatSync(partial);
    if (!there.isFile() || there.ino !== written.ino || there.dev !== written.dev) throw new Error('the downtime copy was replaced by something else while it was written');
    // A rename replaces whatever has the name (a planted link included) without following it.
    fs.renameSync(partial, path.join(dir, DOWNTIME_FILE));
  } finally {
    fs.closeSync(out);
    fs.rmSync(partial, { force: true });
  }
  return path.join(dir, DOWNTIME_FILE);
}

/** Areas whose changes alter the copy. */
const SHOWN: ReadonlySet<ChangeArea> = new Set(['contacts', 'staff', 'clients', 'settings', 'schedules', 'oncall', 'stays']);

export interface DowntimeScheduleOptions {
  clock?: () => Date;
  /** A change is written this long after the last of a burst. */
  debounceMs?: number;
  checkEveryMs?: number;
  firstWriteMs?: number;
  log?: (message: string) => void;
}

/**
 * Keeps the downtime copy current. Returns a stop function. `service.backups.dir()` is
 * read each time, so a moved backup folder gets the next copy.
 */
export function startDowntimeCopies(
  service: Pick<BoardService, 'call' | 'onChange'> & { backups: { dir(): string } },
  { clock = () => new Date(), debounceMs = 60_000, checkEveryMs = 10 * 60_000, firstWriteMs = 5_000, log = (m) => console.error(m) }: DowntimeScheduleOptions = {},
): { stop(): void; writeNow(): string | null } {
  let written: { day: string; afterOpening: boolean } | null = null;
  const writeNow = (): string | null => {
    try {
      const now = clock();
      const content = gatherDowntime(service, now);
      const file = writeDowntimeFile(service.backups.dir(), downtimeHtml(content));
      written = morningState(now, service);
      return file;
    } catch (err) {
      log(`[downtime copy] ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  const stopListening = service.onChange((event: ChangeEvent) => {
    if (!event.areas.some((a) => SHOWN.has(a))) return;
    clearTimeout(pending);
    pending = setTimeout(writeNow, debounceMs);
    pending.unref?.();
  });
  // Each morning: a new date, or the start of operating hours since the last copy.
  const check = () => {
    const state = morningState(clock(), service);
    if (!written || written.day !== state.day || (state.afterOpening && !written.afterOpening)) writeNow();
  };
  const first = setTimeout(writeNow, firstWriteMs);
  const every = setInterval(check, checkEveryMs);
  first.unref?.();
  every.unref?.();
  return {
    writeNow,
    stop: () => {
      stopListening();
      clearTimeout(pending);
      clearTimeout(first);
      clearInterval(every);
    },
  };
}

function morningState(now: Date, service: Pick<BoardService, 'call'>): { day: string; afterOpening: boolean } {
  const settings = service.call('settings.get', {});
  const local = DateTime.fromJSDate(now).setZone(settings.timeZone);
  const opening = parseClock(settings.operatingStart) ?? 0;
  return { day: todayIn(settings.timeZone, now), afterOpening: local.hour * 60 + local.minute >= opening };
}
