import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { ClientAttention, Warning } from '../../../shared/schedule';
import { PlanVisitButton } from '../stays/PlanVisitButton';
import { useIsDragged } from './drag-target';
import { warningKey } from './warning-key';

interface SidePanelProps {
  warnings: Warning[];
  attention: ClientAttention[];
  /** The warning the user picked (its cards are highlighted on the board), by its key. */
  picked: string | null;
  onPickWarning: (key: string | null) => void;
  displayName: (c: { id: number; name: string; preferredName: string }) => string;
  /** False on a locked seat: the clients to see cannot be dragged onto the board. */
  movable: boolean;
}

const clientDragId = (clientId: number, reason: string) => `client:${clientId}:${reason}`;

/** A client dragged from the side list onto a column becomes a contact of this length. */
export const NEW_CONTACT_MINUTES = 30;

export interface DraggedClient {
  kind: 'client';
  clientId: number;
  name: string;
}

/** What needs the shift manager's eye: the day's warnings, and clients to fit in (drag them onto a staff member). */
export const SidePanel = memo(function SidePanel({ warnings, attention, picked, onPickWarning, displayName, movable }: SidePanelProps) {
  const noContact = attention.filter((a) => a.reason === 'no_recent_contact');
  const fewStaff = attention.filter((a) => a.reason === 'few_staff');
  const stayVisits = attention.filter((a) => a.reason === 'stay_visit_due');
  return (
    <aside className="side-panel" aria-label="Warnings and clients to see">
      <section>
        <h2>
          Warnings <span className="count">{warnings.length}</span>
        </h2>
        {warnings.length === 0 ? (
          <p className="side-empty">
            <span aria-hidden="true">✓</span> Nothing wrong with this day's plan.
          </p>
        ) : (
          <ul className="warning-list">
            {warnings.map((w) => {
              const key = warningKey(w);
              return (
                <li key={key}>
                  <button type="button" className={`warning${picked === key ? ' warning-picked' : ''}`} onClick={() => onPickWarning(picked === key ? null : key)} aria-pressed={picked === key}>
                    <span className="warning-icon" aria-hidden="true">⚠</span>
                    <span>{w.message}</span>
                  </button>
                  {movable && w.kind === 'stay_no_visit' && w.stayId !== undefined && <PlanVisitButton stayId={w.stayId} />}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section>
        <h2>
          Clients to see <span className="count">{attention.length}</span>
        </h2>
        {movable && <p className="side-hint">Drag a client onto a staff member to plan a contact.</p>}
        <AttentionGroup title="In hospital or jail: visit due" list={stayVisits} displayName={displayName} movable={movable} />
        <AttentionGroup title="No face-to-face contact lately" list={noContact} displayName={displayName} movable={movable} />
        <AttentionGroup title="Seen by fewer than 3 staff in 4 weeks" list={fewStaff} displayName={displayName} movable={movable} />
      </section>
    </aside>
  );
});

function AttentionGroup({ title, list, displayName, movable }: { title: string; list: ClientAttention[]; displayName: SidePanelProps['displayName']; movable: boolean }) {
  if (list.length === 0) return null;
  return (
    <details className="attention-group" open>
      <summary>
        {title} ({list.length})
      </summary>
      <ul>
        {list.map((a) => (
          <li key={`${a.clientId}-${a.reason}`}>
            <ClientChip attention={a} name={displayName({ id: a.clientId, name: a.name, preferredName: a.preferredName })} movable={movable} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function ClientChip({ attention, name, movable }: { attention: ClientAttention; name: string; movable: boolean }) {
  const id = clientDragId(attention.clientId, attention.reason);
  const isDragging = useIsDragged(id);
  const { attributes, listeners, setNodeRef } = useDraggable({
    id,
    data: { kind: 'client', clientId: attention.clientId, name } satisfies DraggedClient,
    disabled: !movable,
  });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      className={`client-chip${isDragging ? ' card-placeholder' : ''}`}
      aria-roledescription="client to plan"
      aria-label={`${name}: ${attention.detail}`}
      data-client-id={attention.clientId}
    >
      <strong>{name}</strong>
      <span>{attention.detail}</span>
    </div>
  );
}
