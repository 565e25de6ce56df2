/** The Meeting tab: the morning meeting, the significant event log, and meeting history. */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { DateTime } from 'luxon';
import { MEETING_SORTS, MEETING_SORT_LABELS, type MeetingSort } from '../../../shared/meeting';
import { formatSeconds, meetingTargetSeconds, minutesText, orderRoster } from '../../../shared/rules/meeting';
import { call, errorMessage } from '../api';
import { useNotify } from '../notices';
import { useDisplayName } from '../privacy';
import { EventLog } from './EventLog';
import { EventsPanel } from './FocusedClient';
import { InStaysList } from '../stays/MeetingStays';
import { MeetingHistoryView } from './MeetingHistory';
import { MeetingStage } from './MeetingStage';
import { MeetingSummaryView } from './MeetingSummary';
import { meetingKeys, useCurrentMeeting, useMeetingRecord, useRoster } from './queries';
import './meeting.css';
import { showTime } from '../clock';
import { MeetingAfterHours } from '../oncall/MeetingAfterHours';
import { useSession } from '../trust/session';

const VIEWS = [
  { id: 'meeting', label: 'Morning meeting' },
  { id: 'events', label: 'Significant events' },
  { id: 'history', label: 'Meeting history' },
] as const;
type View = (typeof VIEWS)[number]['id'];

export function MeetingScreen() {
  const [view, setView] = useState<View>('meeting');
  const current = useCurrentMeeting();
  const running = view === 'meeting' && !!current.data;
  return (
    <section className={`meeting-screen${running ? ' meeting-mode' : ''}`} aria-label="Meeting">
      <nav className="subtabs" aria-label="Meeting views">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            className={`subtab${view === v.id ? ' subtab-current' : ''}`}
            aria-current={view === v.id ? 'page' : undefined}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      {view === 'meeting' && <MorningMeeting />}
      {view === 'events' && <EventLog />}
      {view === 'history' && <MeetingHistoryView />}
    </section>
  );
}

function MorningMeeting() {
  const current = useCurrentMeeting();
  const roster = useRoster();
  const [finished, setFinished] = useState<number | null>(null);
  const error = current.error ?? roster.error;
  const problem = error && (
    <p className="screen-error" role="alert">
      The meeting could not be {current.data === undefined || !roster.data ? 'loaded' : 'refreshed'}: {errorMessage(error)}
    </p>
  );
  // A failed refresh keeps what is on the screen (and any open form): the meeting goes on.
  if (current.data === undefined || !roster.data) return problem || <p className="empty">Loading the meeting…</p>;
  return (
    <>
      {problem}
      {current.data ? (
        <MeetingStage key={current.data.id} server={current.data} roster={roster.data} onFinished={setFinished} />
      ) : (
        <div className="screen meeting-start-screen">
          {finished !== null && <FinishedMeeting id={finished} onClose={() => setFinished(null)} />}
          {finished === null && <StartPanel />}
        </div>
      )}
    </>
  );
}

function FinishedMeeting({ id, onClose }: { id: number; onClose: () => void }) {
  const record = useMeetingRecord(id);
  const roster = useRoster();
  const displayName = useDisplayName();
  const names = useMemo(() => new Map(roster.data?.clients.map((c) => [c.client.id, c.client]) ?? []), [roster.data]);
  const staff = useMemo(() => new Map(roster.data?.staff.map((s) => [s.id, s]) ?? []), [roster.data]);
  if (!record.data || !roster.data) return <p className="empty">Loading the meeting record…</p>;
  return (
    <section className="panel meeting-finished" aria-labelledby="finished-title">
      <h1 id="finished-title">Meeting saved</h1>
      <MeetingSummaryView meeting={record.data} name={(cid) => displayName(names.get(cid))} staff={staff} timeZone={roster.data.timeZone} />
      <button type="button" className="button button-big" onClick={onClose} autoFocus>
        Done
      </button>
    </section>
  );
}

function StartPanel() {
  const roster = useRoster();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const displayName = useDisplayName();
  const [sort, setSort] = useState<MeetingSort>('status');
  const [busy, setBusy] = useState(false);
  const { locked, askToUnlock } = useSession();
  /** The custom order as edited here, not yet saved. */
  const [edited, setEdited] = useState<number[] | null>(null);
  const data = roster.data;
  const preview = useMemo(() => {
    if (!data) return [];
    const ordered = orderRoster(
      data.clients.map((c) => ({ ...c.client, acuity: c.profile.acuity, meetingPosition: c.profile.meetingPosition })),
      sort,
    );
    if (sort !== 'custom' || !edited) return ordered;
    const byId = new Map(ordered.map((c) => [c.id, c]));
    return [...edited.flatMap((id) => byId.get(id) ?? []), ...ordered.filter((c) => !edited.includes(c.id))];
  }, [data, sort, edited]);
  if (!data) return null;
  const move = (index: number, by: -1 | 1) => {
    const ids = preview.map((c) => c.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    setEdited(ids);
  };
  const saveOrder = async () => {
    await call('meeting.saveOrder', { clientIds: preview.map((c) => c.id) });
    await queryClient.invalidateQueries({ queryKey: meetingKeys.roster });
    setEdited(null);
  };
  const begin = async () => {
    setBusy(true);
    try {
      if (sort === 'custom' && edited) await saveOrder();
      const m = await call('meeting.start', { sort });
      queryClient.setQueryData(meetingKeys.current, m);
    } catch (err) {
      notify(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  // On a locked seat the PIN comes first, and the meeting starts as soon as it is entered.
  const start = () => (locked ? askToUnlock(() => void begin()) : void begin());
  const save = () =>
    saveOrder()
      .then(() => notify('Saved as the custom order.', 'info'))
      .catch((err: unknown) => notify(errorMessage(err)));
  const attention = data.clients.filter((c) => c.newEvents > 0 || c.onCallSinceLastMeeting);
  const last = data.lastMeetingEndedAt ? showTime(DateTime.fromISO(data.lastMeetingEndedAt).setZone(data.timeZone), 'ccc d LLL, {time}') : null;
  return (
    <div className="start-panel">
      <section className="panel start-main" aria-labelledby="start-title">
        <h1 id="start-title">Morning meeting</h1>
        <p>
          {preview.length} clients to review, {minutesText(data.minutesPerClient)} each: {formatSeconds(meetingTargetSeconds(preview.length, data.minutesPerClient))} in all. {last ? `The last meeting ended ${last}.` : 'No meeting on record yet.'}
        </p>
        <fieldset className="sort-picker">
          <legend>Order of the roster walk</legend>
          {MEETING_SORTS.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="sort" value={s} checked={sort === s} onChange={() => setSort(s)} /> {MEETING_SORT_LABELS[s]}
            </label>
          ))}
        </fieldset>
        <div className="start-actions">
          <button type="button" className="button button-big button-primary" onClick={start} disabled={busy}>
            {busy ? 'Starting…' : 'Start the meeting'}
          </button>
          {(sort !== 'custom' || edited) && (
            <button type="button" className="button" onClick={() => void save()}>
              {sort === 'custom' ? 'Save the custom order' : 'Save this order as the custom order'}
            </button>
          )}
        </div>
        <h2>Since the last meeting</h2>
        {attention.length === 0 ? (
          <p className="muted">No new significant events or on-call contacts.</p>
        ) : (
          <ul className="attention-list">
            {attention.map((c) => (
              <li key={c.client.id}>
                <strong>{displayName(c.client)}</strong>
                {c.newEvents > 0 && ` · ★ ${c.newEvents} new ${c.newEvents === 1 ? 'event' : 'events'}`}
                {c.onCallSinceLastMeeting && ' · ☎ on-call contact'}
              </li>
            ))}
          </ul>
        )}
        <InStaysList />
        <MeetingAfterHours roster={data} />
        {data.teamEvents.length > 0 && <EventsPanel title="Team events" events={data.teamEvents} timeZone={data.timeZone} />}
      </section>
      <section className="panel start-order" aria-labelledby="order-title">
        <h2 id="order-title">Walk order</h2>
        {sort === 'custom' && <p className="muted">Move clients up or down, then save or start.</p>}
        <ol className={`order-preview${sort === 'custom' ? ' order-editable' : ''}`}>
          {preview.map((c, i) => (
            <li key={c.id}>
              {displayName(c)}
              {sort === 'custom' && (
                <span className="order-buttons">
                  <button type="button" className="icon-button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${displayName(c)} up`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={i === preview.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`Move ${displayName(c)} down`}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
