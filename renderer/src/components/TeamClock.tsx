import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import { showTime } from '../clock';

/** The time in the team's zone, which is what "today" on the board means. */
export function TeamClock({ timeZone }: { timeZone: string }) {
  const [now, setNow] = useState(() => DateTime.now());
  useEffect(() => {
    const t = setInterval(() => setNow(DateTime.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  const local = now.setZone(timeZone);
  return (
    <time className="team-clock" dateTime={local.toISO() ?? undefined} title={timeZone}>
      {showTime(local, 'ccc {time}')}
    </time>
  );
}
