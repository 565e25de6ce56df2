/**
 * The goal board (issue 14, NY 5.9.2.ii): every client and their goals on one screen.
 * Goals are edited with the meeting's own profile form; a locked seat sees that goals exist, not what they say.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ClientProfile } from '../../../shared/meeting';
import { call } from '../api';
import { ProfileDialog } from '../meeting/dialogs';
import { profilesKey, usePrivacy } from '../privacy';
import { useClients } from '../queries';
import { useStayName } from '../stays/queries';
import { useSession } from '../trust/session';
import './tracker.css';

export function GoalBoard() {
  const clients = useClients();
  const profiles = useQuery({ queryKey: profilesKey, queryFn: () => call('clients.profiles', {}) });
  const name = useStayName();
  const { hideNotes } = usePrivacy();
  const { locked, askToUnlock } = useSession();
  const [editing, setEditing] = useState<{ profile: ClientProfile; name: string } | null>(null);
  if (!clients.data || !profiles.data) return <p className="empty">Loading…</p>;
  const byClient = new Map(profiles.data.map((p) => [p.clientId, p]));
  const shown = clients.data.filter((c) => c.status !== 'discharged');
  return (
    <section className="screen goal-board">
      <div className="screen-header">
        <h1>Goals</h1>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <table className="table tracker-table" aria-label="Goals">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Goals, in the client&apos;s own words</th>
            <th scope="col" className="no-print">
              <span className="visually-hidden">Edit</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => {
            const profile = byClient.get(c.id);
            const goals = profile?.goals ?? [];
            const shownName = name(c.id, c.preferredName);
            return (
              <tr key={c.id} data-client-id={c.id}>
                <th scope="row">{shownName}</th>
                <td>
                  {goals.length === 0 ? (
                    <span className="field-hint">No goals written yet.</span>
                  ) : hideNotes ? (
                    `${goals.length} goal${goals.length === 1 ? '' : 's'} (hidden on this screen)`
                  ) : (
                    <ul className="goal-list">
                      {goals.map((g, i) => (
                        <li key={i}>{g}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="no-print">
                  {profile && (
                    <button type="button" className="button" onClick={() => (locked ? askToUnlock() : setEditing({ profile, name: shownName }))} aria-label={`Edit the goals of ${shownName}`}>
                      Edit
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing && <ProfileDialog profile={editing.profile} name={editing.name} onClose={() => setEditing(null)} />}
    </section>
  );
}
