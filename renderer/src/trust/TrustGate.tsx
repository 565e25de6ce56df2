/**
 * Before the app: first-run setup (no admin PIN yet), and in LAN mode the sign-in
 * screen (no board at all without a PIN). Otherwise the app, locked or unlocked.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { PIN_PATTERN, type SessionState } from '../../../shared/trust';
import { call, errorMessage } from '../api';
import { Field, FormError } from '../components/Dialog';
import { PinPad } from './PinPad';
import { useSession } from './session';

export function TrustGate({ children }: { children: ReactNode }) {
  const { state, unlocked } = useSession();
  if (state?.needsSetup) return <FirstRunSetup needsCode={state.setupCodeRequired} onDone={unlocked} />;
  if (state?.signInRequired && !state.person) {
    return (
      <main className="lock-screen">
        <h1>ACT Board</h1>
        <p>This board is shared on the network: sign in with your PIN.</p>
        <PinPad onUnlocked={unlocked} />
      </main>
    );
  }
  return <>{children}</>;
}

function FirstRunSetup({ needsCode, onDone }: { needsCode: boolean; onDone: (s: SessionState) => void }) {
  const staff = useQuery({ queryKey: ['staff'], queryFn: () => call('staff.list', {}), retry: false });
  const active = (staff.data ?? []).filter((s) => s.active);
  const [staffId, setStaffId] = useState<string>('');
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [setupCode, setSetupCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!PIN_PATTERN.test(pin)) return setError('The PIN must be 4 to 8 digits.');
    if (pin !== again) return setError('The two PINs differ.');
    setBusy(true);
    try {
      const who = staffId ? { staffId: Number(staffId) } : { name, initials };
      onDone(await call('auth.setup', { ...who, pin, ...(needsCode ? { setupCode } : {}) }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="lock-screen">
      <h1>Set up ACT Board</h1>
      <p>Nobody can change this board yet. Choose the first admin and their PIN; they then set everyone else’s PIN.</p>
      <form
        className="panel setup-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {active.length > 0 ? (
          <Field label="First admin">
            <select value={staffId} onChange={(e) => setStaffId(e.target.value)}>
              <option value="">Choose a staff member…</option>
              {active.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <>
            <Field label="Your name">
              <input value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
            <Field label="Initials">
              <input value={initials} maxLength={4} onChange={(e) => setInitials(e.target.value)} />
            </Field>
          </>
        )}
        {needsCode && (
          <Field label="Setup code" hint="Printed by the board host when it started (this is another computer)">
            <input value={setupCode} autoComplete="off" spellCheck={false} onChange={(e) => setSetupCode(e.target.value)} />
          </Field>
        )}
        <Field label="PIN" hint="4 to 8 digits">
          <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
        </Field>
        <Field label="PIN again">
          <input type="password" inputMode="numeric" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </Field>
        <FormError error={error} />
        <button type="submit" className="button button-primary" disabled={busy || (active.length > 0 && !staffId)}>
          Save and unlock
        </button>
      </form>
    </main>
  );
}
