import { useState } from 'react';
import type { LocalDate } from '../../shared/domain';
import { todayIn } from '../../shared/time';
import { BoardScreen } from './board/BoardScreen';
import { MeetingScreen } from './meeting/MeetingScreen';
import { PrivacyToggle } from './privacy';
import { ClientsScreen } from './screens/ClientsScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { StaffScreen } from './screens/StaffScreen';
import { MonthScreen } from './planning/MonthScreen';
import { TeamClock } from './components/TeamClock';
import { AdminScreen } from './trust/AdminScreen';
import { LockControl } from './trust/LockControl';
import { useSession } from './trust/session';
import { useLiveUpdates, useSettings } from './queries';

const SCREENS = [
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
  const { epoch } = useSession();
  const [chosen, setChosen] = useState<{ screen: ScreenId; epoch: number }>({ screen: 'board', epoch });
  // Locking leaves the admin screens; any other screen stays, started afresh (see `key` below).
  const screen = chosen.screen === 'admin' && chosen.epoch !== epoch ? 'board' : chosen.screen;
  const setScreen = (s: ScreenId) => setChosen({ screen: s, epoch });
  const [day, setDay] = useState<LocalDate | null>(null);
  const timeZone = settings.data?.timeZone;

  // Until someone picks a day, the board shows today in the team's time zone.
  const shownDay = day ?? (timeZone ? todayIn(timeZone) : null);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">ACT</span>
          <span className="brand-team">{settings.data?.teamName ?? 'ACT Board'}</span>
        </div>
        <nav className="tabs" aria-label="Screens">
          {SCREENS.map((s) => (
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
        {screen === 'meeting' && <MeetingScreen />}
        {screen === 'clients' && <ClientsScreen />}
        {screen === 'staff' && <StaffScreen />}
        {screen === 'month' && <MonthScreen />}
        {screen === 'settings' && <SettingsScreen />}
        {screen === 'admin' && <AdminScreen />}
      </main>
    </div>
  );
}
