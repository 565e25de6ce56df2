import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ClockFormat, TeamSettings } from '../../../shared/domain';
import { addDays, formatDayLong, todayIn } from '../../../shared/time';
import { STATE_PROFILE_LABEL, STATE_PROFILES, type StateProfile } from '../../../shared/state-profile';
import { MINUTES_PER_CLIENT_MAX, MINUTES_PER_CLIENT_MIN } from '../../../shared/meeting';
import { call } from '../api';
import { Field, FormError } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { numberOf } from '../planning/controls';
import { useSettings } from '../queries';
import { WallSettingsPanel } from '../wall/WallSettingsPanel';
import { TimeField } from '../components/TimeField';

export function SettingsScreen({ onOpenSetup }: { onOpenSetup: () => void }) {
  const settings = useSettings();
  return (
    <section className="screen screen-narrow">
      <div className="screen-header">
        <h1>Team settings</h1>
        <button type="button" className="button" onClick={onOpenSetup}>
          Getting started checklist
        </button>
      </div>
      {settings.data && <SettingsForm key={settings.data.version} settings={settings.data} />}
      {settings.data && <WallSettingsPanel key={`wall-${settings.data.version}`} settings={settings.data} />}
      {settings.data && <HolidaysPanel timeZone={settings.data.timeZone} />}
    </section>
  );
}

const ZONES: string[] = Intl.supportedValuesOf('timeZone');

function SettingsForm({ settings }: { settings: TeamSettings }) {
  const client = useQueryClient();
  const notify = useNotify();
  const [teamName, setTeamName] = useState(settings.teamName);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [travelBufferMinutes, setTravelBuffer] = useState(String(settings.travelBufferMinutes));
  const [noContactDays, setNoContactDays] = useState(String(settings.noContactDays));
  const [operatingStart, setOperatingStart] = useState(settings.operatingStart);
  const [operatingEnd, setOperatingEnd] = useState(settings.operatingEnd);
  const [clockFormat, setClockFormat] = useState<ClockFormat>(settings.clockFormat);
  const [stateProfile, setStateProfile] = useState<StateProfile>(settings.stateProfile);
  const [meetingMinutes, setMeetingMinutes] = useState(String(settings.meetingMinutesPerClient));
  const { busy, error, run } = useSaving(() => notify('Settings saved.', 'info'));
  const save = () =>
    run(async () => {
      await call('settings.update', {
        version: settings.version,
        teamName,
        timeZone,
        travelBufferMinutes: numberOf(travelBufferMinutes),
        noContactDays: numberOf(noContactDays),
        operatingStart,
        operatingEnd,
        clockFormat,
        stateProfile,
        meetingMinutesPerClient: numberOf(meetingMinutes),
      });
      await client.invalidateQueries();
    });
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label="Team name">
        <input value={teamName} onChange={(e) => setTeamName(e.target.value)} />
      </Field>
      <Field label="Time zone" hint="“Today” on the board is the date in this zone, correct across daylight-saving changes.">
        <select value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {(ZONES.includes(timeZone) ? ZONES : [timeZone, ...ZONES]).map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-pair">
        <Field label="Operating hours from" hint="The team’s working day, in the team’s time zone.">
          <TimeField value={operatingStart} onChange={(v) => setOperatingStart(v)} />
        </Field>
        <Field label="to">
          <TimeField value={operatingEnd} onChange={(v) => setOperatingEnd(v)} />
        </Field>
      </div>
      <Field label="Clock">
        <select value={clockFormat} onChange={(e) => setClockFormat(e.target.value as ClockFormat)}>
          <option value="24h">24-hour (14:30)</option>
          <option value="12h">12-hour (2:30 PM)</option>
        </select>
      </Field>
      <Field label="State standards" hint="Sets documentation due dates and the targets shown beside fidelity figures.">
        <select value={stateProfile} onChange={(e) => setStateProfile(e.target.value as StateProfile)}>
          {STATE_PROFILES.map((p) => (
            <option key={p} value={p}>
              {STATE_PROFILE_LABEL[p]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Travel time between community contacts (minutes)" hint="0 to 120. A staff member's community contacts closer than this are flagged.">
        <input type="number" min={0} max={120} step={5} value={travelBufferMinutes} onChange={(e) => setTravelBuffer(e.target.value)} />
      </Field>
      <Field label="Flag clients with no face-to-face contact for (days)" hint="1 to 30. They are listed beside the board for the shift manager.">
        <input type="number" min={1} max={30} value={noContactDays} onChange={(e) => setNoContactDays(e.target.value)} />
      </Field>
      <Field label="Morning meeting: minutes per client" hint="0.5 to 5. The meeting's target time is this for each client on the roster.">
        <input
          type="number"
          min={MINUTES_PER_CLIENT_MIN}
          max={MINUTES_PER_CLIENT_MAX}
          step={0.5}
          value={meetingMinutes}
          onChange={(e) => setMeetingMinutes(e.target.value)}
        />
      </Field>
      <FormError error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        Save settings
      </button>
    </form>
  );
}

/** Team holidays of the coming year: the board staffs them like a weekend day. */
function HolidaysPanel({ timeZone }: { timeZone: string }) {
  const client = useQueryClient();
  const from = todayIn(timeZone);
  const to = addDays(from, 365);
  const holidays = useQuery({ queryKey: ['schedule', 'holidays', from], queryFn: () => call('holidays.list', { from, to }) });
  const [day, setDay] = useState('');
  const [name, setName] = useState('');
  const { busy, error, run } = useSaving(() => {
    setDay('');
    setName('');
  });
  const set = (d: string, n: string | null) =>
    run(async () => {
      await call('holidays.set', { day: d, name: n });
      await client.invalidateQueries({ queryKey: ['schedule', 'holidays'] });
    });
  return (
    <form
      className="panel holidays"
      aria-labelledby="holidays-title"
      onSubmit={(e) => {
        e.preventDefault();
        void set(day, name.trim() || null);
      }}
    >
      <h2 id="holidays-title">Holidays</h2>
      <p className="field-hint">Staffed like a weekend day: the board warns when fewer than two staff work.</p>
      <ul className="holiday-list">
        {holidays.data?.map((h) => (
          <li key={h.day}>
            <span>
              <strong>{formatDayLong(h.day)}</strong> {h.name}
            </span>
            <button type="button" className="button button-small" onClick={() => void set(h.day, null)} aria-label={`Remove ${h.name}`}>
              Remove
            </button>
          </li>
        ))}
        {holidays.data?.length === 0 && <li className="field-hint">No holidays in the coming year.</li>}
      </ul>
      <div className="field-pair">
        <Field label="Date">
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </Field>
        <Field label="Holiday">
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Thanksgiving" />
        </Field>
      </div>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy}>
        Add holiday
      </button>
    </form>
  );
}
