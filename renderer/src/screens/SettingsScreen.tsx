import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TeamSettings } from '../../../shared/domain';
import { call } from '../api';
import { Field } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { useSettings } from '../queries';

export function SettingsScreen() {
  const settings = useSettings();
  return (
    <section className="screen screen-narrow">
      <div className="screen-header">
        <h1>Team settings</h1>
      </div>
      {settings.data && <SettingsForm key={settings.data.version} settings={settings.data} />}
    </section>
  );
}

const ZONES: string[] = Intl.supportedValuesOf('timeZone');

function SettingsForm({ settings }: { settings: TeamSettings }) {
  const client = useQueryClient();
  const notify = useNotify();
  const [teamName, setTeamName] = useState(settings.teamName);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const { busy, error, run } = useSaving(() => notify('Settings saved.', 'info'));
  const save = () =>
    run(async () => {
      await call('settings.update', { version: settings.version, teamName, timeZone });
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
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        Save settings
      </button>
    </form>
  );
}
