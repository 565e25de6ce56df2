/**
 * The blank-screen control: a tap on "Blank screen" or the B key hides everything; only a
 * staff member's PIN shows the wall again (then the seat locks at once: the wall stays read-only).
 */
import { useEffect, useState } from 'react';
import { call } from '../api';
import { PinPad } from '../trust/PinPad';

export interface BlankControl {
  on: boolean;
  asking: boolean;
  blankNow(): void;
  ask(): void;
  cancel(): void;
  show(): void;
}

export function useBlankControl(): BlankControl {
  const [on, setOn] = useState(false);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!on && (e.key === 'b' || e.key === 'B')) setOn(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
  return {
    on,
    asking,
    blankNow: () => setOn(true),
    ask: () => setAsking(true),
    cancel: () => setAsking(false),
    show: () => {
      setAsking(false);
      setOn(false);
    },
  };
}

export function BlankScreen({ control }: { control: BlankControl }) {
  if (!control.asking) {
    return (
      <main className="wall wall-blank" onClick={control.ask} onKeyDown={(e) => e.key === 'Enter' && control.ask()} tabIndex={0} aria-label="The screen is blank. Tap or press Enter to show it with a PIN.">
        <span className="wall-blank-hint">Tap to show the board (PIN)</span>
      </main>
    );
  }
  // The PIN only shows the wall: the seat locks again at once.
  return <PinScreen onCancel={control.cancel} onUnlocked={() => void call('auth.lock', {}).finally(control.show)} />;
}

/** A staff member's PIN, on a screen of its own (nothing of the wall shows behind it). */
export function PinScreen({ onCancel, onUnlocked, why }: { onCancel: () => void; onUnlocked: () => void; why?: string }) {
  return (
    <main className="wall wall-blank wall-blank-pin">
      {why && <p className="wall-pin-why">{why}</p>}
      <PinPad onCancel={onCancel} onUnlocked={onUnlocked} />
    </main>
  );
}
