/**
 * The one place that says what each API method needs. The Board service checks it on
 * every call from a seat; a test fails for any method of the contract without an entry.
 *
 * - 'open': works without a PIN even in LAN mode (unlocking, the lock screen's list).
 * - 'view': reading; a locked seat may read on this machine, in LAN mode only signed in.
 * - 'log' | 'schedule' | 'admin': writing, by a signed-in person at that level or above.
 */
import type { PermissionLevel } from './trust';

export type Permission = 'open' | PermissionLevel;

export const METHOD_PERMISSIONS: Record<string, Permission> = {
  // foundation
  'board.get': 'view',
  'contacts.create': 'log',
  'contacts.update': 'schedule',
  'contacts.move': 'schedule',
  // 'log' may record outcomes of their own contacts only (checked in the handler).
  'contacts.setStatus': 'log',
  'contacts.delete': 'schedule',
  'staff.list': 'view',
  'staff.create': 'admin',
  'staff.update': 'admin',
  'clients.list': 'view',
  'clients.create': 'schedule',
  'clients.update': 'schedule',
  'settings.get': 'view',
  'settings.update': 'admin',
  // a new team's first day (issue 8)
  'setup.status': 'view',
  'setup.skip': 'admin',
  // the shift manager's day (issue 3)
  'schedule.items.list': 'view',
  'schedule.items.create': 'schedule',
  'schedule.items.update': 'schedule',
  'schedule.items.delete': 'schedule',
  'appointments.list': 'view',
  'appointments.create': 'schedule',
  'appointments.update': 'schedule',
  'appointments.delete': 'schedule',
  'availability.list': 'view',
  'availability.setPattern': 'schedule',
  'availability.setDay': 'schedule',
  'availability.addTimeOff': 'schedule',
  'availability.removeTimeOff': 'schedule',
  'holidays.list': 'view',
  'holidays.set': 'schedule',
  'day.setShiftManager': 'schedule',
  'schedule.draft': 'schedule',
  'cover.propose': 'schedule',
  'cover.offToday': 'schedule',
  // team activities on the board (issue 14): planned like contacts by a shift manager
  'activities.create': 'schedule',
  'activities.update': 'schedule',
  'activities.move': 'schedule',
  'activities.delete': 'schedule',
  'schedule.undoDraft': 'schedule',
  // meeting and significant events (issue 4)
  'clients.profiles': 'view',
  'clients.setAcuity': 'log',
  'clients.updateProfile': 'schedule',
  'meeting.roster': 'view',
  'meeting.saveOrder': 'schedule',
  'meeting.current': 'view',
  'meeting.get': 'view',
  'meeting.start': 'log',
  'meeting.focus': 'log',
  'meeting.setAttendance': 'log',
  'meeting.finish': 'log',
  'meeting.discard': 'log',
  'meeting.history': 'view',
  'events.create': 'log',
  'events.list': 'view',
  'events.review': 'log',
  // trust (issue 5)
  'auth.status': 'open',
  'auth.people': 'open',
  'auth.unlock': 'open',
  'auth.lock': 'open',
  'auth.setup': 'open',
  'auth.changePin': 'view', // any signed-in person, their own PIN
  'auth.access': 'admin',
  'auth.setAccess': 'admin',
  'auth.resetPin': 'admin',
  'trust.settings': 'admin',
  'trust.updateSettings': 'admin',
  'audit.list': 'admin',
  'audit.verify': 'admin',
  'backup.status': 'admin',
  'backup.now': 'admin',
  'backup.restore': 'admin',
  // the replica's state (issue 17)
  'replication.status': 'admin',
  // moving the board to another PC (issue 8)
  'board.saveCopy': 'admin',
  'board.openFile': 'admin',
  // bringing the roster in from CSV (issue 8): as much as adding one by hand needs
  'import.mappings': 'view',
  'import.staff': 'admin', // as staff.create
  'import.clients': 'schedule', // as clients.create
  'import.schedules': 'schedule', // as schedule.items.create
  // hospital and jail logs (issue 10): the program assistant and shift managers keep them; anyone logging contacts logs a visit
  'stays.current': 'view',
  'stays.history': 'view',
  'stays.figures': 'view',
  'stays.client': 'view',
  'stays.settings': 'view',
  'stays.admit': 'schedule',
  'stays.update': 'schedule',
  'stays.discharge': 'schedule',
  'stays.logVisit': 'log',
  'stays.planVisit': 'schedule',
  'stays.updateSettings': 'admin', // as settings.update
  // the on-call rota and the after-hours log (issue 11)
  'oncall.rota': 'view',
  'oncall.timeline': 'view',
  'oncall.now': 'view',
  'oncall.fairness': 'view',
  'oncall.calendar': 'view',
  'oncall.addRole': 'schedule',
  'oncall.saveRotation': 'schedule',
  'oncall.override': 'schedule',
  'oncall.takeNow': 'log', // as themselves (a shift manager may name someone)
  'oncall.removeOverride': 'schedule',
  'oncall.setPhone': 'schedule',
  'oncall.updateSettings': 'schedule',
  'afterHours.list': 'view',
  'afterHours.log': 'log', // as themselves (a shift manager may name who took it)
  'afterHours.review': 'log',
  'afterHours.followUp': 'schedule', // as planning a contact for the Unassigned column
  // the monthly contact tracker (issue 14)
  'tracker.month': 'view',
  'tracker.client': 'view',
  // the MD board and the injection schedule (issue 14)
  'clinical.mdBoard': 'view',
  'clinical.injections': 'view',
  'clinical.updateSettings': 'schedule',
  // live fidelity figures (issue 15)
  'fidelity.get': 'view',
  'fidelity.trend': 'view',
  'fidelity.records': 'view',
  'fidelity.clients': 'view',
  'fidelity.client': 'view',
  'clinical.setClientInterval': 'schedule',
  // AOT orders and the chart captains' documentation due dates (issue 14)
  'aot.list': 'view',
  'aot.save': 'schedule',
  'aot.reportSent': 'log',
  'aot.end': 'schedule',
  'charts.board': 'view',
  'charts.recordDone': 'log',
  'charts.removeDone': 'schedule',
};

export function permissionFor(method: string): Permission | undefined {
  return Object.prototype.hasOwnProperty.call(METHOD_PERMISSIONS, method) ? METHOD_PERMISSIONS[method] : undefined;
}
