import { useState } from 'react';
import { errorMessage } from '../api';

/** Busy and error state of a dialog's save: on success it closes, on failure it shows why and keeps the form. */
export function useSaving(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
