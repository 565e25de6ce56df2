/** The meeting's data from the host; change events ('meetings', 'events', ...) refresh it. */
import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../api';

export const meetingKeys = {
  roster: ['roster'] as const,
  current: ['meeting', 'current'] as const,
  one: (id: number) => ['meeting', id] as const,
  history: (weeks: number) => ['meetingHistory', weeks] as const,
  events: (filter: Input<'events.list'>) => ['events', filter] as const,
};

export const useRoster = () => useQuery({ queryKey: meetingKeys.roster, queryFn: () => call('meeting.roster', {}) });
export const useCurrentMeeting = () => useQuery({ queryKey: meetingKeys.current, queryFn: () => call('meeting.current', {}) });
export const useMeetingRecord = (id: number) => useQuery({ queryKey: meetingKeys.one(id), queryFn: () => call('meeting.get', { id }) });
export const useMeetingHistory = (weeks: number) =>
  useQuery({ queryKey: meetingKeys.history(weeks), queryFn: () => call('meeting.history', { weeks }) });
export const useEvents = (filter: Input<'events.list'>) =>
  useQuery({ queryKey: meetingKeys.events(filter), queryFn: () => call('events.list', filter), placeholderData: (prev) => prev });
