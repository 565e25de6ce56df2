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
import { boardHost } from './board-source';

const MeetingScreen = lazy(() => import('./meeting/MeetingScreen').then((m) => ({ default: m.MeetingScreen })));
const ClientsScreen = lazy(() => import('./screens/ClientsScreen').then((m) => ({ default: m.ClientsScreen })));
const StaffScreen = lazy(() => import('./screens/StaffScreen').then((m) => ({ default: m.StaffScreen })));
const OnCallScreen = lazy(() => import('./oncall/OnCallScreen').then((m) => ({ default: m.OnCallScreen })));
const MonthScreen = lazy(() => import('./planning/MonthScreen').then((m) => ({ default: m.MonthScreen })));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const AdminScreen = lazy(() => import('./trust/AdminScreen').then((m) => ({ default: m.AdminScreen })));
const TrackerScreen = lazy(() => import('./tracker/TrackerScreen').then((m) => ({ default: m.TrackerScreen })));
const ClinicalScreen = lazy(() => import('./tracker/ClinicalScreen').then((m) => ({ default: m.ClinicalScreen })));
const GoalBoard = lazy(() => import('./tracker/GoalBoard').then((m) => ({ default: m.GoalBoard })));
const AotScreen = lazy(() => import('./tracker/AotScreen').then((m) => ({ default: m.AotScreen })));
const ChartsScreen = lazy(() => import('./tracker/ChartsScreen').then((m) => ({ default: m.ChartsScreen })));
const StaysScreen = lazy(() => import('./stays/StaysScreen').then((m) => ({ default: m.StaysScreen })));
const FidelityScreen = lazy(() => import('./fidelity/FidelityScreen').then((m) => ({ default: m.FidelityScreen })));
const SetupChecklist = lazy(() => import('./setup/SetupChecklist').then((m) => ({ default: m.SetupChecklist })));

const SCREENS = [
  { id: 'setup', label: 'Getting started' },
  { id: 'board', label: 'Board' },
  { id: 'meeting', label: 'Meeting' },
  { id: 'clients', label: 'Clients' },
  { id: 'stays', label: 'Hospital & jail' },
  { id: 'tracker', label: 'Contacts', group: 'Clinical' },
  { id: 'clinical', label: 'MD & injections', group: 'Clinical' },
  { id: 'goals', label: 'Goals', group: 'Clinical' },
  { id: 'fidelity', label: 'Fidelity', group: 'Clinical' },
  { id: 'aot', label: 'AOT', group: 'Clinical' },
  { id: 'charts', label: 'Chart captains', group: 'Clinical' },
  { id: 'staff', label: 'Staff' },
  { id: 'month', label: 'Month' },
  { id: 'oncall', label: 'On call' },
  { id: 'settings', label: 'Settings' },
  { id: 'admin', label: 'Admin' },
] as const;
type ScreenId = (typeof SCREENS)[number]['id'];
type Screen = { id: ScreenId; label: string; group?: string };

/** Screens of one group share a tab (the first of them opens) and a row of their own: the top bar fits a desk. */
function topTabs(screens: readonly Screen[]): Screen[] {
  const seen = new Set<string>();
  return screens.flatMap((s) => {
    if (!s.group) return [s];
    if (seen.has(s.group)) return [];
    seen.add(s.group);
    return [{ ...s, label: s.group }];
  });
}

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
  // A finished checklist has no tab of its own: Settings opens it.
  const tabs = topTabs(SCREENS.filter((s) => s.id !== 'setup' || setupOpen));
  const shown: Screen | undefined = SCREENS.find((s) => s.id === screen);
  const currentTab = screen === 'setup' && !setupOpen ? 'settings' : (tabs.find((t) => t.group !== undefined && t.group === shown?.group)?.id ?? screen);
  const groupScreens = shown?.group ? SCREENS.filter((s: Screen) => s.group === shown.group) : [];

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
              className={`tab${currentTab === s.id ? ' tab-current' : ''}`}
              aria-current={currentTab === s.id ? 'page' : undefined}
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
            <span aria-hidden="true">{link === 'live' ? '●' : '○'}</span>{' '}
            <span className={link === 'live' ? 'link-word' : undefined}>{link === 'live' ? 'Live' : 'Reconnecting…'}</span>
            {boardHost() && <span className="link-source"> · {boardHost()}</span>}
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
        {groupScreens.length > 0 && (
          <nav className="subtabs" aria-label={`${shown?.group} screens`}>
            {groupScreens.map((s) => (
              <button
                key={s.id}
                type="button"
                className={`subtab${screen === s.id ? ' subtab-current' : ''}`}
                aria-current={screen === s.id ? 'page' : undefined}
                onClick={() => setScreen(s.id)}
              >
                {s.label}
              </button>
            ))}
          </nav>
        )}
        {screen === 'board' && shownDay && <BoardScreen day={shownDay} onDayChange={setDay} />}
        <Suspense fallback={<p className="empty">Loading…</p>}>
          {screen === 'setup' && <SetupChecklist onOpen={setScreen} />}
          {screen === 'meeting' && <MeetingScreen />}
          {screen === 'clients' && <ClientsScreen />}
          {screen === 'stays' && <StaysScreen />}
          {screen === 'tracker' && <TrackerScreen />}
          {screen === 'clinical' && <ClinicalScreen />}
          {screen === 'goals' && <GoalBoard />}
          {screen === 'fidelity' && <FidelityScreen onOpenBoard={() => setScreen('board')} />}
          {screen === 'aot' && <AotScreen />}
          {screen === 'charts' && <ChartsScreen />}
          {screen === 'staff' && <StaffScreen />}
          {screen === 'month' && <MonthScreen />}
          {screen === 'oncall' && <OnCallScreen />}
          {screen === 'settings' && <SettingsScreen onOpenSetup={() => setScreen('setup')} />}
          {screen === 'admin' && <AdminScreen />}
        </Suspense>
      </main>
    </div>
  );
}
