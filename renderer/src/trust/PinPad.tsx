/** The on-screen PIN pad: choose who you are, then type the PIN with big, touch-friendly keys. */
import { FormError } from '../components/Dialog';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { SessionState } from '../../../shared/trust';
import { call, errorMessage } from '../api';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function PinPad({ onUnlocked, onCancel }: { onUnlocked: (s: SessionState) => void; onCancel?: () => void }) {
  const people = useQuery({ queryKey: ['auth', 'people'], queryFn: () => call('auth.people', {}) });
  const [who, setWho] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const person = people.data?.find((p) => p.id === who);

  useEffect(() => {
    if (who !== null) input.current?.focus();
  }, [who]);

  const submit = async () => {
    if (who === null || busy || pin.length < 4) return;
    setBusy(true);
    try {
      onUnlocked(await call('auth.unlock', { staffId: who, pin }));
    } catch (err) {
      setError(errorMessage(err));
      setPin('');
      void people.refetch();
    } finally {
      setBusy(false);
    }
  };
  const press = (digit: string) => {
    setError(null);
    setPin((p) => (p.length < 8 ? p + digit : p));
    input.current?.focus();
  };

  if (who === null || !person) {
    const withPin = (people.data ?? []).filter((p) => p.hasPin);
    return (
      <div className="pinpad">
        <p className="pinpad-prompt">Who are you?</p>
        {people.isError && <p className="form-error" role="alert">{errorMessage(people.error)}</p>}
        <div className="pinpad-people">
          {withPin.map((p) => (
            <button key={p.id} type="button" className="pinpad-person" onClick={() => setWho(p.id)}>
              <span className="pinpad-initials" style={{ background: p.colour }} aria-hidden="true">
                {p.initials}
              </span>
              <span>{p.name}</span>
            </button>
          ))}
        </div>
        {people.isSuccess && withPin.length === 0 && <p>Nobody has a PIN yet. An admin sets PINs on the Admin screen.</p>}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    );
  }

  return (
    <form
      className="pinpad"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="pinpad-prompt">
        PIN for <strong>{person.name}</strong>
      </p>
      <input
        ref={input}
        className="pinpad-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        aria-label="PIN"
        maxLength={8}
        value={pin}
        onChange={(e) => {
          setError(null);
          setPin(e.target.value.replace(/\D/g, '').slice(0, 8));
        }}
      />
      <FormError error={error} />
      <div className="pinpad-keys">
        {KEYS.map((k) => (
          <Key key={k} onPress={() => press(k)}>
            {k}
          </Key>
        ))}
        <Key onPress={() => setPin((p) => p.slice(0, -1))} label="Delete last digit">
          ⌫
        </Key>
        <Key onPress={() => press('0')}>0</Key>
        <button type="submit" className="pinpad-key pinpad-ok" disabled={busy || pin.length < 4}>
          Unlock
        </button>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          setWho(null);
          setPin('');
          setError(null);
        }}
      >
        Someone else
      </button>
    </form>
  );
}

function Key({ children, onPress, label }: { children: ReactNode; onPress: () => void; label?: string }) {
  return (
    <button type="button" className="pinpad-key" onClick={onPress} aria-label={label}>
      {children}
    </button>
  );
}

/** The PIN pad as a modal over the board. */
export function PinPadDialog({ onUnlocked, onClose }: { onUnlocked: (s: SessionState) => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog pinpad-dialog" onClose={onClose} aria-labelledby="pinpad-title">
      <header className="dialog-header">
        <h2 id="pinpad-title">Unlock the board</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <div className="dialog-body">
        <PinPad onUnlocked={onUnlocked} onCancel={onClose} />
      </div>
    </dialog>
  );
}
