/** Settings → Wall screen: which pages show in turn and for how long, column paging, blank outside operating hours. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TeamSettings } from '../../../shared/domain';
import { WALL_PAGE_IDS, WALL_PAGE_TITLES, type WallPageId } from '../../../shared/wall';
import { call } from '../api';
import { Field, FormError } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { numberOf } from '../planning/controls';
import { WALL_PAGES } from './pages';

type PageRow = { id: WallPageId; shown: boolean; seconds: string };

export function WallSettingsPanel({ settings }: { settings: TeamSettings }) {
  const client = useQueryClient();
  const notify = useNotify();
  const wall = settings.wall;
  const [rows, setRows] = useState<PageRow[]>(() => [
    ...wall.pages.map((p) => ({ id: p.id, shown: true, seconds: String(p.seconds) })),
    ...WALL_PAGE_IDS.filter((id) => !wall.pages.some((p) => p.id === id)).map((id) => ({ id, shown: false, seconds: '20' })),
  ]);
  const [columnPageSeconds, setColumnPageSeconds] = useState(String(wall.columnPageSeconds));
  const [blankOutsideHours, setBlank] = useState(wall.blankOutsideHours);
  const { busy, error, run } = useSaving(() => notify('Wall screen settings saved.', 'info'));
  const change = (id: WallPageId, patch: Partial<PageRow>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const save = () =>
    run(async () => {
      await call('settings.update', {
        version: settings.version,
        wall: {
          pages: rows.filter((r) => r.shown).map((r) => ({ id: r.id, seconds: numberOf(r.seconds) })),
          columnPageSeconds: numberOf(columnPageSeconds),
          blankOutsideHours,
        },
      });
      await client.invalidateQueries({ queryKey: ['settings'] });
    });
  return (
    <form
      className="panel"
      aria-labelledby="wall-settings-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="wall-settings-title">Wall screen</h2>
      <p className="field-hint">
        The wall view (<code>?view=wall</code>, and the kiosk app) shows these pages in turn, read-only, with clients by alias or initials.
      </p>
      <fieldset>
        <legend>Pages, and seconds each</legend>
        {rows.map((r) => (
          <div key={r.id} className="field-pair">
            <label>
              <input type="checkbox" checked={r.shown} onChange={(e) => change(r.id, { shown: e.target.checked })} /> {WALL_PAGE_TITLES[r.id]}
              {!WALL_PAGES[r.id].available && ' (not yet available: skipped until it is)'}
            </label>
            <input type="number" min={5} max={3600} aria-label={`Seconds for ${WALL_PAGE_TITLES[r.id]}`} value={r.seconds} disabled={!r.shown} onChange={(e) => change(r.id, { seconds: e.target.value })} />
          </div>
        ))}
      </fieldset>
      <Field label="When the day does not fit on one screen, show each set of columns for (seconds)" hint="5 to 600.">
        <input type="number" min={5} max={600} value={columnPageSeconds} onChange={(e) => setColumnPageSeconds(e.target.value)} />
      </Field>
      <label>
        <input type="checkbox" checked={blankOutsideHours} onChange={(e) => setBlank(e.target.checked)} /> Blank outside operating hours
      </label>
      <FormError error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        Save wall settings
      </button>
    </form>
  );
}
