/** In the top bar: who is signed in and a Lock button, or "Locked" and an Unlock button. */
import { useState } from 'react';
import { call } from '../api';
import { Field, FormDialog } from '../components/Dialog';
import { useSaving } from '../components/useSaving';
import { useNotify } from '../notices';
import { PinPadDialog } from './PinPad';
import { useSession } from './session';

export function LockControl() {
  const { state, lock, askToUnlock, pinPadOpen, closePinPad, unlocked } = useSession();
  const notify = useNotify();
  const [changing, setChanging] = useState(false);
  if (!state) return null;
  const person = state.person;
  return (
    <div className="lock-control">
      {person ? (
        <>
          <span className="lock-who" data-testid="signed-in-as">
            <span>{person.name}</span> <span className="lock-level">({person.level})</span>
          </span>
          <button type="button" className="button button-small lock-button" onClick={() => setChanging(true)}>
            My PIN
          </button>
          <button type="button" className="button button-small lock-button" onClick={() => void lock().catch((e: unknown) => notify(String(e)))}>
            Lock
          </button>
          {changing && <ChangePinDialog onClose={() => setChanging(false)} />}
        </>
      ) : (
        <>
          <span className="lock-who lock-locked" data-testid="signed-in-as">
            Locked: read only
          </span>
          <button type="button" className="button button-small button-primary lock-button" onClick={() => askToUnlock()}>
            Unlock
          </button>
        </>
      )}
      {pinPadOpen && !person && <PinPadDialog onUnlocked={unlocked} onClose={closePinPad} />}
    </div>
  );
}

/** A signed-in person changes their own PIN (the current one proves it is them). */
function ChangePinDialog({ onClose }: { onClose: () => void }) {
  const notify = useNotify();
  const [currentPin, setCurrent] = useState('');
  const [newPin, setNew] = useState('');
  const { busy, error, run } = useSaving(() => {
    notify('Your PIN was changed.', 'info');
    onClose();
  });
  return (
    <FormDialog
      title="Change my PIN"
      submitLabel="Change PIN"
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void run(() => call('auth.changePin', { currentPin, newPin }))}
    >
      <Field label="Current PIN">
        <input type="password" inputMode="numeric" autoComplete="current-password" value={currentPin} onChange={(e) => setCurrent(e.target.value)} />
      </Field>
      <Field label="New PIN" hint="4 to 8 digits">
        <input type="password" inputMode="numeric" autoComplete="new-password" value={newPin} onChange={(e) => setNew(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
