/**
 * The wall screen (`?view=wall`, and the kiosk's default): read-only, no editing chrome,
 * clients by alias or initials whatever the seat's switches say, sized to be read from
 * 3 m (layout.ts), its pages in turn (pages.tsx), blank on request or outside operating
 * hours (BlankScreen.tsx), and always saying how fresh it is.
 */
import { DateTime } from 'luxon';
import { useEffect, useMemo, useState } from 'react';
import type { TeamSettings } from '../../../shared/domain';
import { formatDayLong, todayIn } from '../../../shared/time';
import { setClockFormat, showTime } from '../clock';
import { PrivacyProvider } from '../privacy';
import { type LiveLink, useBoard, useLiveLink, useSettings } from '../queries';
import { BlankScreen, PinScreen, useBlankControl } from './BlankScreen';
import { WALL_PAGES } from './pages';
import { outsideHours, slotAt } from './rotation';
import { useWallLayout, wallColumns } from './WallBoard';
import './wall.css';
import { boardHost } from '../board-source';

function useWindowSize() {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}

export function WallApp() {
  const settings = useSettings();
  setClockFormat(settings.data?.clockFormat);
  return (
    // Always aliases or initials, and no notes, on the wall.
    <PrivacyProvider locked forced>
      {settings.data ? <Wall settings={settings.data} /> : <main className="wall wall-loading">{settings.isError ? 'The board host cannot be reached.' : 'Loading…'}</main>}
    </PrivacyProvider>
  );
}

function Wall({ settings }: { settings: TeamSettings }) {
  const link = useLiveLink();
  const now = useNow(1000);
  const [startedAt] = useState(() => Date.now());
  const size = useWindowSize();
  const blank = useBlankControl();
  const [leaving, setLeaving] = useState(false);
  const local = DateTime.fromJSDate(now).setZone(settings.timeZone);
  const today = todayIn(settings.timeZone, now);
  const board = useBoard(today, true);
  const columns = useMemo(() => (board.data ? wallColumns(board.data) : []), [board.data]);
  const layout = useWallLayout(columns, size);

  const pages = settings.wall.pages.filter((p) => WALL_PAGES[p.id].available);
  const columnPageSeconds = settings.wall.columnPageSeconds;
  const slot = slotAt(now.getTime() - startedAt, pages, (p) => WALL_PAGES[p.id].neededSeconds?.({ layout, columnPageSeconds }) ?? 0);
  const page = WALL_PAGES[pages[slot.index]?.id ?? 'board'];
  const asleep = settings.wall.blankOutsideHours && outsideHours(local.hour * 60 + local.minute, settings.operatingStart, settings.operatingEnd);

  if (asleep) return <main className="wall wall-blank" aria-label="Outside operating hours: the wall screen is blank" />;
  if (blank.on) return <BlankScreen control={blank} />;
  if (leaving) {
    // The desk view (and from it Admin → Kiosk mode) for a staff member who unlocks; it shows what they may see.
    return <PinScreen why="Unlock to open the desk view." onCancel={() => setLeaving(false)} onUnlocked={() => window.location.assign(window.location.pathname)} />;
  }
  return (
    <main className={`wall${link.state === 'live' ? '' : ' wall-not-live'}`} style={{ ['--wall-scale' as string]: String(layout.scale) }}>
      <header className="wall-header">
        <span className="wall-team">{settings.teamName}</span>
        {boardHost() && <span className="wall-source">on {boardHost()}</span>}
        <span className="wall-day">{formatDayLong(today)}</span>
        <span className="wall-page-title">
          {page.title}
          {pages.length > 1 && ` · ${slot.index + 1} of ${pages.length}`}
          {page.id === 'board' && layout.pages.length > 1 && ` · columns ${Math.min(layout.pages.length, 1 + Math.floor(slot.sinceMs / (columnPageSeconds * 1000)) % layout.pages.length)} of ${layout.pages.length}`}
        </span>
        <Freshness link={link} now={local} timeZone={settings.timeZone} />
        <button type="button" className="wall-blank-button" onClick={blank.blankNow} title="Blank the screen (key B); a PIN shows it again">
          Blank screen
        </button>
        <button type="button" className="wall-blank-button" onClick={() => setLeaving(true)} title="Unlock with a PIN to open the desk view">
          Desk view
        </button>
      </header>
      {board.isError && <p className="wall-error" role="alert">The board could not be loaded: {board.error.message}</p>}
      {board.data && page.render({ today, timeZone: settings.timeZone, board: board.data, columns, layout, sinceMs: slot.sinceMs, columnPageSeconds })}
    </main>
  );
}

/** "Updated HH:MM" while live (now, to the minute); "Not updating since HH:MM" in words when the link is down. */
function Freshness({ link, now, timeZone }: { link: LiveLink; now: DateTime; timeZone: string }) {
  if (link.state === 'live') {
    return (
      <span className="wall-fresh" role="status" data-wall-status="live">
        Updated {showTime(now)}
      </span>
    );
  }
  if (!link.downSince) return <span className="wall-fresh" role="status" data-wall-status="connecting">Connecting…</span>;
  return (
    <span className="wall-stale" role="alert" data-wall-status="stale">
      Not updating since {showTime(DateTime.fromJSDate(link.downSince).setZone(timeZone))} — reconnecting
    </span>
  );
}
