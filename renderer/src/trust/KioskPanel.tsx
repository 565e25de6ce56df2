/** Admin → Lock and backups, in the desktop app's kiosk only: the signed-in admin's PIN takes the window out of kiosk mode. */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PIN_PATTERN } from '../../../shared/trust';
import { Field, FormError } from '../components/Dialog';

export function KioskPanel() {
  const kiosk = window.board?.kiosk;
  const active = useQuery({ queryKey: ['kiosk'], queryFn: () => kiosk!.active(), enabled: kiosk !== undefined });
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!kiosk || active.data !== true) return null;

  const leave = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !PIN_PATTERN.test(pin)) return;
    setBusy(true);
    try {
      const exit = await kiosk.leave(pin);
      setMessage(exit.ok ? null : exit.message);
      if (exit.ok) await active.refetch();
    } finally {
      setPin('');
      setBusy(false);
    }
  };
  return (
    <form className="panel" onSubmit={(e) => void leave(e)}>
      <h2>Kiosk mode</h2>
      <p>This window is locked full screen for the wall: no reload, zoom, closing or menus. Your PIN takes it out of kiosk mode until the app starts again.</p>
      <Field label="Your PIN">
        <input type="password" inputMode="numeric" autoComplete="off" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
      </Field>
      <FormError error={message} />
      <button type="submit" className="button" disabled={busy || !PIN_PATTERN.test(pin)}>
        Leave kiosk mode
      </button>
    </form>
  );
}
