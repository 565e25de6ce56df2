/**
 * The running meeting on the wall screen: one client at a time, the roster in a side
 * strip, the timers. Keyboard (arrows, PageDown/PageUp, Space: what presentation remotes
 * send), touch (swipe, tap) and mouse all move through the roster.
 */
import { type TouchEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Contact, Staff } from '../../../shared/domain';
import type { Meeting, MeetingRoster, RosterClient } from '../../../shared/meeting';
import { clientTimer, formatSeconds, meetingTimer, minutesText } from '../../../shared/rules/meeting';
import { RosterLegend } from './RosterLegend';
import { call, errorMessage } from '../api';
import { ContactDialog } from '../board/ContactDialog';
import { useContactActions } from '../board/contact-actions';
import { useNotify } from '../notices';
import { useDisplayName } from '../privacy';
import { useNow } from './clock';
import { AcuityDialog, AttendanceDialog, EventDialog, ParkDialog, ProfileDialog } from './dialogs';
import { EventsPanel, FocusedClient } from './FocusedClient';
import { MeetingSummaryView } from './MeetingSummary';
import { useRefreshMeeting } from './refresh';
import { useWalk } from './walk';
import { ClientAfterHours } from '../oncall/MeetingAfterHours';
import { DiscardMeetingDialog, FewReviewedDialog, fewReviewed } from './MeetingEndDialogs';

type DialogState =
  | { kind: 'contact'; contact: Contact | null }
  | { kind: 'event' | 'acuity' | 'park' | 'profile' | 'attendance' | 'discard' | 'few-reviewed' }
  | null;

const STATE_MARK = { pending: '', reviewed: '✓', parked: '⚑' } as const;
const STATE_WORD = { pending: 'not yet reviewed', reviewed: 'reviewed', parked: 'parked' } as const;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);
}

export function MeetingStage({ server, roster, onFinished }: { server: Meeting; roster: MeetingRoster; onFinished: (id: number) => void }) {
  const walk = useWalk(server);
  const meeting = walk.meeting;
  const notify = useNotify();
  const displayName = useDisplayName();
  const now = useNow(1000);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [finishing, setFinishing] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const actions = useContactActions(roster.today);
  const refresh = useRefreshMeeting();

  const entries = useMemo(() => new Map<number, RosterClient>(roster.clients.map((c) => [c.client.id, c])), [roster]);
  const staff = useMemo(() => new Map<number, Staff>(roster.staff.map((s) => [s.id, s])), [roster]);
  const activeStaff = useMemo(() => roster.staff.filter((s) => s.active), [roster]);
  const nameOf = (id: number) => displayName(entries.get(id)?.client);
  const focus = meeting.focusClientId;
  const entry = focus === null ? undefined : entries.get(focus);
  const review = meeting.reviews.find((r) => r.clientId === focus);
  const position = review ? meeting.reviews.indexOf(review) + 1 : null;
  const clientClock = clientTimer(review?.seconds ?? 0, meeting.focusSince, now, meeting.minutesPerClient);
  const meetingClock = meetingTimer(meeting.startedAt, null, now, meeting.summary.targetSeconds);
  const reviewed = meeting.reviews.filter((r) => r.state === 'reviewed').length;
  const parked = meeting.reviews.filter((r) => r.state === 'parked').length;

  // Keep the focused client visible in the strip, and the keyboard on the stage.
  useEffect(() => {
    document.querySelector('.strip [aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [focus]);

  const end = () => {
    const n = walk.end();
    if (n > 0) notify(`Parked clients come back first: ${n} to talk through.`, 'info');
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialog || document.querySelector('dialog[open]') || isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const onButton = (e.target as HTMLElement | null)?.closest('button, a, [role="button"]');
      const keys: Record<string, () => void> = {
        ArrowRight: walk.next,
        ArrowDown: walk.next,
        PageDown: walk.next,
        ArrowLeft: walk.previous,
        ArrowUp: walk.previous,
        PageUp: walk.previous,
        ...(onButton ? {} : { ' ': walk.next }),
        ...(focus === null
          ? {}
          : {
              p: () => setDialog({ kind: 'park' }),
              e: () => setDialog({ kind: 'event' }),
              c: () => setDialog({ kind: 'contact', contact: null }),
              a: () => setDialog({ kind: 'acuity' }),
            }),
      };
      const action = keys[e.key];
      if (!action) return;
      e.preventDefault();
      action();
      stage.current?.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [walk, dialog, focus]);

  // Touch: a swipe to the left goes on, to the right goes back.
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const onTouchStart = (e: TouchEvent) => {
    const t = e.changedTouches[0];
    swipe.current = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const start = swipe.current;
    const end = e.changedTouches[0];
    swipe.current = null;
    if (!start || !end || dialog) return;
    const dx = end.clientX - start.x;
    const dy = end.clientY - start.y;
    if (Math.abs(dx) > 80 && Math.abs(dx) > 2 * Math.abs(dy)) (dx < 0 ? walk.next : walk.previous)();
  };

  const finish = async () => {
    setFinishing(true);
    try {
      const done = await call('meeting.finish', { id: meeting.id, version: server.version });
      await refresh();
      onFinished(done.id);
    } catch (err) {
      notify(errorMessage(err));
    } finally {
      setFinishing(false);
    }
  };

  const reviewEvents = (ids: number[]) =>
    call('events.review', { meetingId: meeting.id, eventIds: ids })
      .then(refresh)
      .catch((err: unknown) => notify(errorMessage(err)));

  const focusName = entry ? displayName(entry.client) : '';
  const present = meeting.attendance.filter((a) => a.presence === 'present' || a.presence === 'remote').length;

  return (
    <div className="meeting-stage" ref={stage} tabIndex={-1} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
      <div className="meeting-bar">
        <div className={`timer${meetingClock.over ? ' timer-over' : ''}`} role="timer" aria-label="Meeting clock">
          <span className="timer-label">Meeting</span>
          <span className="timer-value">
            {formatSeconds(meetingClock.seconds)} <span className="timer-target">/ {formatSeconds(meetingClock.target)}</span>
          </span>
          {meetingClock.over && <span className="timer-flag">⚠ Over the target</span>}
        </div>
        {entry && (
          <div className={`timer${clientClock.over ? ' timer-over' : ''}`} role="timer" aria-label="Time on this client">
            <span className="timer-label">This client</span>
            <span className="timer-value">
              {formatSeconds(clientClock.seconds)} <span className="timer-target">/ {formatSeconds(clientClock.target)}</span>
            </span>
            {clientClock.over && <span className="timer-flag">⚠ Over {minutesText(meeting.minutesPerClient)}</span>}
          </div>
        )}
        <p className="progress" aria-live="polite">
          {reviewed} of {meeting.reviews.length} reviewed{parked ? ` · ${parked} parked` : ''}
        </p>
        <div className="meeting-actions">
          <button type="button" className="button button-big" onClick={walk.previous} aria-keyshortcuts="ArrowLeft PageUp">
            <span aria-hidden="true">◀</span> Back
          </button>
          {focus !== null && (
            <button type="button" className="button button-big button-primary" onClick={walk.next} aria-keyshortcuts="ArrowRight PageDown Space">
              Next <span aria-hidden="true">▶</span>
            </button>
          )}
          <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'attendance' })}>
            Attendance ({present})
          </button>
          {focus !== null && (
            <button type="button" className="button button-big button-danger" onClick={end}>
              End meeting
            </button>
          )}
          <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'discard' })}>
            Discard…
          </button>
        </div>
      </div>
      <div className="meeting-body">
        <nav className="strip" aria-label="Roster">
          <ol>
            {meeting.reviews.map((r, i) => {
              const e = entries.get(r.clientId);
              return (
                <li key={r.clientId}>
                  <button
                    type="button"
                    className={`strip-item strip-${r.state}`}
                    aria-current={r.clientId === focus ? 'true' : undefined}
                    onClick={() => walk.jump(r.clientId)}
                  >
                    <span className="strip-pos">{i + 1}</span>
                    <span className="strip-name">{nameOf(r.clientId)}</span>
                    <span className="strip-flags" aria-hidden="true">
                      {e?.client.status === 'hospitalized' ? '✚' : e?.client.status === 'incarcerated' ? '▣' : ''}
                      {e?.profile.acuity === 'high_risk' ? '▲' : e?.profile.acuity === 'watch' ? '△' : ''}
                      {e?.newEvents ? '★' : ''}
                      {e?.aot ? '§' : ''}
                      {e?.injectionMissed ? '⊘' : ''}
                      {STATE_MARK[r.state]}
                    </span>
                    <span className="visually-hidden">
                      {e?.aot ? ', AOT order' : ''}
                      {e?.injectionMissed ? ', injection missed' : ''}, {STATE_WORD[r.state]}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <RosterLegend />
        </nav>
        <div className="meeting-main">
          {entry ? (
            <>
              <p className="focus-position">
                Client {position} of {meeting.reviews.length}
                {review?.state === 'parked' && ` · ⚑ Parked${review.parkNote ? `: ${review.parkNote}` : ''}`}
                {review?.state === 'reviewed' && ' · ✓ Reviewed'}
              </p>
              <FocusedClient
                entry={entry}
                name={focusName}
                staff={staff}
                timeZone={roster.timeZone}
                today={roster.today}
                onReassign={(contact) => setDialog({ kind: 'contact', contact })}
                onReviewEvents={(ids) => void reviewEvents(ids)}
              />
              <ClientAfterHours roster={roster} clientId={entry.client.id} meetingId={meeting.id} />
              <div className="focus-actions">
                <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'contact', contact: null })} aria-keyshortcuts="C">
                  + Contact
                </button>
                <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'acuity' })} aria-keyshortcuts="A">
                  Acuity…
                </button>
                <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'event' })} aria-keyshortcuts="E">
                  + Event
                </button>
                <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'profile' })}>
                  Goals &amp; alias…
                </button>
                <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'park' })} aria-keyshortcuts="P">
                  <span aria-hidden="true">⚑</span> Park for the end
                </button>
                <p className="keys-hint" aria-hidden="true">
                  Keys: → next · ← back · P park · E event · C contact · A acuity
                </p>
              </div>
            </>
          ) : (
            <section className="meeting-end" aria-labelledby="end-title">
              <h2 id="end-title">End of the roster</h2>
              <MeetingSummaryView meeting={meeting} name={nameOf} staff={staff} timeZone={roster.timeZone} />
              {roster.teamEvents.length > 0 && (
                <EventsPanel title="Team events" events={roster.teamEvents} timeZone={roster.timeZone} onReview={(ids) => void reviewEvents(ids)} />
              )}
              <div className="focus-actions">
                <button
                  type="button"
                  className="button button-big button-primary"
                  onClick={() => (fewReviewed(meeting) ? setDialog({ kind: 'few-reviewed' }) : void finish())}
                  disabled={finishing}
                  autoFocus
                >
                  {finishing ? 'Saving…' : 'Finish and save the meeting'}
                </button>
                <button type="button" className="button button-big" onClick={() => setDialog({ kind: 'attendance' })}>
                  Attendance ({present})
                </button>
              </div>
            </section>
          )}
        </div>
      </div>
      {dialog?.kind === 'contact' && entry && (
        <ContactDialog
          contact={dialog.contact}
          clientId={entry.client.id}
          day={roster.today}
          staff={activeStaff}
          actions={actions}
          onClose={() => {
            setDialog(null);
            void refresh();
          }}
        />
      )}
      {dialog?.kind === 'event' && (
        <EventDialog clientId={focus} staff={activeStaff} timeZone={roster.timeZone} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'acuity' && entry && <AcuityDialog profile={entry.profile} name={focusName} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'profile' && entry && <ProfileDialog profile={entry.profile} name={focusName} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'park' && entry && <ParkDialog name={focusName} onPark={walk.park} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'attendance' && <AttendanceDialog meeting={server} staff={roster.staff} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'discard' && <DiscardMeetingDialog meeting={meeting} version={server.version} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'few-reviewed' && <FewReviewedDialog meeting={meeting} onSave={() => void finish()} onClose={() => setDialog(null)} />}
    </div>
  );
}
