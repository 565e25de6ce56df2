import { useState } from 'react';

/** A delete that asks once more before it happens. */
export function DeleteButton({ onDelete, label = 'Delete' }: { onDelete: () => void; label?: string }) {
  const [armed, setArmed] = useState(false);
  return (
    <button type="button" className="button button-danger" onClick={() => (armed ? onDelete() : setArmed(true))}>
      {armed ? `Really ${label.toLowerCase()}?` : label}
    </button>
  );
}
