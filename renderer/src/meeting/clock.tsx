/** The clock the meeting's timers read: injectable, so tests can drive time by hand. */
import { createContext, useContext, useEffect, useState } from 'react';

export type Clock = () => Date;

const ClockContext = createContext<Clock>(() => new Date());

/** Wrap a tree in `<ClockProvider value={fakeClock}>` to give it another clock. */
export const ClockProvider = ClockContext.Provider;

/** The current time, refreshed every `intervalMs`. */
export function useNow(intervalMs = 1000): Date {
  const clock = useContext(ClockContext);
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const t = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(t);
  }, [clock, intervalMs]);
  return now;
}
