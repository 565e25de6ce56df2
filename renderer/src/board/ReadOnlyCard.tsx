/** A card opened on a locked seat: what it says, read-only, and a way to unlock. */
import { type ReactNode, useEffect, useRef } from 'react';
import { FormDialog } from '../components/Dialog';
import { useSession } from '../trust/session';

export function ReadOnlyCard({ title, rows, onClose, children }: { title: string; rows: [string, string][]; onClose: () => void; children?: ReactNode }) {
  const { locked, askToUnlock } = useSession();
  // Unlocked from here: close, so that the card opens again as a form with what the host now sends.
  const wasLocked = useRef(locked);
  useEffect(() => {
    if (wasLocked.current && !locked) onClose();
  }, [locked, onClose]);
  return (
    <FormDialog title={title} onClose={onClose} onSubmit={askToUnlock} submitLabel="Unlock to change" wide>
      {children}
      <dl className="contact-view">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </FormDialog>
  );
}
