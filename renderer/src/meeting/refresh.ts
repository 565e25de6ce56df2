import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

const MEETING_ROOTS = new Set(['roster', 'meeting', 'events', 'meetingHistory', 'profiles']);

/**
 * Refetches what the meeting shows after this seat's own write. Change events do the
 * same for every seat; this keeps the writer's screen right even while they reconnect.
 */
export function useRefreshMeeting(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ predicate: (q) => MEETING_ROOTS.has(String(q.queryKey[0])) }), [client]);
}
