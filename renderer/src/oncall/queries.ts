/** The on-call rota and the after-hours log from the host; 'oncall' change events refresh them. */
import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../api';

export const onCallKeys = { now: ['oncall', 'now'], rota: ['oncall', 'rota'] } as const;
export const useOnCallNow = () => useQuery({ queryKey: onCallKeys.now, queryFn: () => call('oncall.now', {}) });
export const useRota = () => useQuery({ queryKey: onCallKeys.rota, queryFn: () => call('oncall.rota', {}) });
export const useTimeline = (from: string, to: string) =>
  useQuery({ queryKey: ['oncall', 'timeline', from, to], queryFn: () => call('oncall.timeline', { from, to }), placeholderData: (prev) => prev });
export const useFairness = () => useQuery({ queryKey: ['oncall', 'fairness'], queryFn: () => call('oncall.fairness', {}) });
export const useAfterHours = (input: Input<'afterHours.list'>) =>
  useQuery({ queryKey: ['afterHours', input], queryFn: () => call('afterHours.list', input) });
