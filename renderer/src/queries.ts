import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ChangeArea, ChangeEvent, LocalDate } from '../../shared/domain';
import { call, type LinkState, subscribe } from './api';
import { showMoves } from './card-moves';
import { refreshFirstReads } from './first-reads';

export const keys = {
  settings: ['settings'] as const,
  staff: ['staff'] as const,
  clients: ['clients'] as const,
  setup: ['setup'] as const,
  /** `privateNames`: clients, and the warnings naming them, by alias or initials (the host writes them so). */
  board: (day: LocalDate, privateNames: boolean) => ['board', day, privateNames] as const,
};

export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => call('settings.get', {}) });
export const useStaff = () => useQuery({ queryKey: keys.staff, queryFn: () => call('staff.list', {}) });
export const useClients = () => useQuery({ queryKey: keys.clients, queryFn: () => call('clients.list', {}) });
export const useSetupStatus = () => useQuery({ queryKey: keys.setup, queryFn: () => call('setup.status', {}) });
export const useBoard = (day: LocalDate, privateNames: boolean) =>
  useQuery({
    queryKey: keys.board(day, privateNames),
    queryFn: () => call('board.get', { day, privateNames }),
    placeholderData: (prev) => prev,
  });

/** Planning (issue 3): client schedules, appointments, staff availability; refreshed by 'schedules' change events. */
export const useScheduleItems = (clientId?: number) =>
  useQuery({
    queryKey: ['schedule', 'items', clientId ?? 'all'],
    queryFn: () => call('schedule.items.list', clientId === undefined ? {} : { clientId }),
  });
export const useAppointments = (from: LocalDate, to: LocalDate, clientId?: number) =>
  useQuery({
    queryKey: ['appointments', from, to, clientId ?? 'all'],
    queryFn: () => call('appointments.list', clientId === undefined ? { from, to } : { from, to, clientId }),
    placeholderData: (prev) => prev,
  });
export const useAvailability = () => useQuery({ queryKey: ['availability'], queryFn: () => call('availability.list', {}) });

/** Which cached queries show each area of the data. */
const SHOWN_BY: Record<ChangeArea, readonly string[]> = {
  contacts: ['board', 'roster', 'stays', 'tracker', 'clinical', 'fidelity'],
  staff: ['staff', 'board', 'roster', 'setup', 'oncall', 'fidelity'],
  clients: ['clients', 'board', 'roster', 'profiles', 'setup', 'tracker', 'clinical', 'fidelity'],
  settings: ['settings', 'board', 'roster', 'setup', 'clinical', 'fidelity'],
  meetings: ['meeting', 'roster', 'meetingHistory', 'fidelity'],
  events: ['events', 'roster'],
  schedules: ['schedule', 'appointments', 'availability', 'board', 'setup', 'stays', 'oncall', 'clinical'],
  stays: ['stays', 'board', 'roster', 'clients', 'fidelity'],
  trust: ['auth', 'access', 'trustSettings', 'audit', 'backups', 'setup'],
  oncall: ['oncall', 'afterHours', 'roster', 'fidelity'],
};

function refresh(client: QueryClient, { areas, moves }: ChangeEvent): void {
  if (moves) showMoves(client, moves);
  const roots = new Set(areas.flatMap((a) => SHOWN_BY[a]));
  void client.invalidateQueries({ predicate: (q) => roots.has(String(q.queryKey[0])) });
}

/** The live link, and since when it is down (null while live). */
export interface LiveLink {
  state: LinkState;
  downSince: Date | null;
}

/** Keeps this seat's data current with every other seat's writes. */
export function useLiveUpdates(): LinkState {
  return useLiveLink().state;
}

/** As `useLiveUpdates`, with the moment the link went down (the wall says "Not updating since HH:MM"). */
export function useLiveLink(): LiveLink {
  const client = useQueryClient();
  const [link, setLink] = useState<LiveLink>({ state: 'reconnecting', downSince: null });
  useEffect(() => {
    let wasDown = false;
    return subscribe(
      (event) => refresh(client, event),
      (state, asOf) => {
        // After a lost connection this seat may have missed events: refetch everything.
        if (state === 'live' && wasDown) void client.invalidateQueries();
        else if (state === 'live') refreshFirstReads(client, asOf);
        wasDown = state === 'reconnecting';
        setLink((l) => (state === 'live' ? { state, downSince: null } : { state, downSince: l.downSince ?? new Date() }));
      },
    );
  }, [client]);
  return link;
}
