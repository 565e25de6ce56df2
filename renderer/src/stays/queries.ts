/** The hospital and jail logs' data; refreshed by 'stays' (and 'contacts', 'schedules') change events. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Input } from '../../../shared/api';
import type { LocalDate } from '../../../shared/domain';
import { call } from '../api';
import { useDisplayName } from '../privacy';
import { useClients } from '../queries';

export const useCurrentStays = () => useQuery({ queryKey: ['stays', 'current'], queryFn: () => call('stays.current', {}) });
export const useStayHistory = (filter: Input<'stays.history'>) =>
  useQuery({ queryKey: ['stays', 'history', filter], queryFn: () => call('stays.history', filter), placeholderData: (p) => p });
export const useStayFigures = (from: LocalDate, to: LocalDate, enabled = true) =>
  useQuery({ queryKey: ['stays', 'figures', from, to], queryFn: () => call('stays.figures', { from, to }), enabled });
export const useClientStays = (clientId: number | null) =>
  useQuery({ queryKey: ['stays', 'client', clientId], queryFn: () => call('stays.client', { clientId: clientId! }), enabled: clientId !== null });

/** A client's name as this seat shows it, by id (the host already gives initials to a locked seat: the fallback). */
export function useStayName(): (clientId: number, fallback: string) => string {
  const clients = useClients();
  const displayName = useDisplayName();
  const byId = useMemo(() => new Map((clients.data ?? []).map((c) => [c.id, c])), [clients.data]);
  return (clientId, fallback) => displayName(byId.get(clientId), fallback);
}
