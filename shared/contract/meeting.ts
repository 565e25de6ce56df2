/** The morning meeting, the significant event log and the client's meeting profile. */
import type {
  ClientProfile,
  EventList,
  Meeting,
  MeetingHistory,
  MeetingRoster,
  SignificantEvent,
} from '../meeting';
import { emptyInput } from '../schemas';
import { method } from './define';
import * as s from './meeting-schemas';

export const meetingMethods = {
  'clients.profiles': method<ClientProfile[]>()(emptyInput),
  'clients.setAcuity': method<ClientProfile>()(s.clientSetAcuityInput),
  'clients.updateProfile': method<ClientProfile>()(s.clientUpdateProfileInput),
  'meeting.roster': method<MeetingRoster>()(emptyInput),
  'meeting.saveOrder': method<ClientProfile[]>()(s.meetingSaveOrderInput),
  'meeting.current': method<Meeting | null>()(emptyInput),
  'meeting.get': method<Meeting>()(s.meetingIdInput),
  'meeting.start': method<Meeting>()(s.meetingStartInput),
  'meeting.focus': method<Meeting>()(s.meetingFocusInput),
  'meeting.setAttendance': method<Meeting>()(s.meetingAttendanceInput),
  'meeting.finish': method<Meeting>()(s.meetingFinishInput),
  'meeting.discard': method<{ id: number }>()(s.meetingDiscardInput),
  'meeting.history': method<MeetingHistory>()(s.meetingHistoryInput),
  'events.create': method<SignificantEvent>()(s.eventCreateInput),
  'events.list': method<EventList>()(s.eventListInput),
  'events.review': method<SignificantEvent[]>()(s.eventReviewInput),
};
