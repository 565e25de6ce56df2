import { lazy, Suspense, useState } from 'react';
import type { LocalDate } from '../../shared/domain';
import { todayIn } from '../../shared/time';
import { BoardScreen } from './board/BoardScreen';
import { PrivacyToggle } from './privacy';
import { TeamClock } from './components/TeamClock';
import { LockControl } from './trust/LockControl';
import { useLiveUpdates, useSettings, useSetupStatus } from './queries';
import { useSession } from './trust/session';
import { setClockFormat } from './clock';

// The board paints first; every other screen loads when it is first opened.
import { skipToBoard } from './board/card-focus';

const MeetingScreen = lazy(() => import('./meeting/MeetingScreen').then((m) => ({ default: m.MeetingScreen })));
const ClientsScreen = lazy(() => import('./screens/ClientsScreen').then((m) => ({ default: m.ClientsScreen })));
const StaffScreen = lazy(() => import('./screens/StaffScreen').then((m) => ({ default: m.StaffScreen })));
const MonthScreen = lazy(() => import('./planning/MonthScreen').then((m) => ({ default: m.MonthScreen })));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const AdminScreen = lazy(() => import('./trust/AdminScreen').then((m) => ({ default: m.AdminScreen })));
const SetupChecklist = lazy(() => import('./setup/SetupChecklist').then((m) => ({ default: m.SetupChecklist })));

const SCREENS = [
  { id: 'setup', label: 'Getting started' },
  { id: 'board', label: 'Board' },
  { id: 'meeting', label: 'Meeting' },
  { id: 'clients', label: 'Clients' },
  { id: 'staff', label: 'Staff' },
  { id: 'month', label: 'Month' },
  { id: 'settings', label: 'Settings' },
  { id: 'admin', label: 'Admin' },
] as const;
type ScreenId = (typeof SCREENS)[number]['id'];

export function App() {
  const link = useLiveUpdates();
  const settings = useSettings();
  const setup = useSetupStatus();
  const { epoch } = useSession();
  const [chosen, setChosen] = useState<{ screen: ScreenId; epoch: number }>({ screen: 'board', epoch });
  // Locking leaves the admin screens; any other screen stays, started afresh (see `key` below).
  const screen = chosen.screen === 'admin' && chosen.epoch !== epoch ? 'board' : chosen.screen;
  const setScreen = (s: ScreenId) => setChosen({ screen: s, epoch });
  const [day, setDay] = useState<LocalDate | null>(null);
  const timeZone = settings.data?.timeZone;
  setClockFormat(settings.data?.clockFormat);
  const setupOpen = setup.data !== undefined && !setup.data.finished;
  const rosterEmpty = setup.data?.steps.some((s) => s.id === 'clients' && !s.done && !s.skipped) ?? false;

  // A new board opens on its checklist; once there are clients it opens on the board.
  const [landed, setLanded] = useState(false);
  if (!landed && setup.data) {
    setLanded(true);
    if (rosterEmpty) setScreen('setup');
  }

  // Until someone picks a day, the board shows today in the team's time zone.
  const shownDay = day ?? (timeZone ? todayIn(timeZone) : null);
  const tabs = SCREENS.filter((s) => s.id !== 'setup' || setupOpen || screen === 'setup');

  return (
    <div className="app">
      {screen === 'board' && (
        <a className="skip-link" href="#board-columns" onClick={skipToBoard}>
          Skip to the board
        </a>
      )}
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">ACT</span>
          <span className="brand-team">{settings.data?.teamName ?? 'ACT Board'}</span>
          {settings.data?.demo && (
            <span className="demo-badge" title="The fictional demo team: its PINs are published in the README.">
              DEMO
            </span>
          )}
        </div>
        <nav className="tabs" aria-label="Screens">
          {tabs.map((s) => (
            <button
              key={s.id}
              type="button"
              className={`tab${screen === s.id ? ' tab-current' : ''}`}
              aria-current={screen === s.id ? 'page' : undefined}
              onClick={() => setScreen(s.id)}
            >
              {s.label}
            </button>
          ))}
        </nav>
        <div className="topbar-right">
          <PrivacyToggle />
          {timeZone && <TeamClock timeZone={timeZone} />}
          <LockControl />
          <span className={`link link-${link}`} role="status">
            <span aria-hidden="true">{link === 'live' ? '●' : '○'}</span> {link === 'live' ? 'Live' : 'Reconnecting…'}
          </span>
        </div>
      </header>
      {/* Keyed by the lock count: locking closes every dialog and form, and forgets each screen's state. */}
      <main className="content" key={epoch}>
        {settings.isError && (
          <p className="screen-error" role="alert">
            The board host cannot be reached: {settings.error.message}
          </p>
        )}
        {screen === 'board' && shownDay && <BoardScreen day={shownDay} onDayChange={setDay} />}
        <Suspense fallback={<p className="empty">Loading…</p>}>
          {screen === 'setup' && <SetupChecklist onOpen={setScreen} />}
          {screen === 'meeting' && <MeetingScreen />}
          {screen === 'clients' && <ClientsScreen />}
          {screen === 'staff' && <StaffScreen />}
          {screen === 'month' && <MonthScreen />}
          {screen === 'settings' && <SettingsScreen onOpenSetup={() => setScreen('setup')} />}
          {screen === 'admin' && <AdminScreen />}
        </Suspense>
      </main>
    </div>
  );
}
