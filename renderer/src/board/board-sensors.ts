import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { startTransition, useLayoutEffect, useMemo, useRef } from 'react';
import { afterNextPaint } from './after-paint';
import { ARROW_KEYS, boardKeyboardCoordinates } from './keyboard-coordinates';

/** What the board does when a card is let go: handed to each sensor with its options. */
interface DropOption {
  onDrop?: () => void;
}

/**
 * At a drop, dnd-kit clears its context, and every draggable on the board (each card, each
 * client in the side list) is drawn again: some milliseconds on a full board. The board shows
 * the drop without it (drag-target.ts says what is lifted and where it goes), so the board's
 * drop (`onDrop`) runs at once, and dnd-kit hears of it as a transition; a drop by mouse or
 * finger tells it only after the next frame is drawn, so that frame shows the card where it
 * landed and nothing of dnd-kit's. The keyboard's drop tells it at once: until dnd-kit hears of
 * a drop it takes no new pick-up, and the next Space may follow at once.
 */
function dropFirst<P extends { onEnd: () => void; options: unknown }>(props: P, { afterNextFrame }: { afterNextFrame: boolean }): P {
  const { onDrop } = props.options as DropOption;
  const tellDndKit = () => startTransition(() => props.onEnd());
  return {
    ...props,
    onEnd: () => {
      onDrop?.();
      if (afterNextFrame) void afterNextPaint().then(tellDndKit);
      else tellDndKit();
    },
  };
}
class BoardMouseSensor extends MouseSensor {
  constructor(props: ConstructorParameters<typeof MouseSensor>[0]) {
    super(dropFirst(props, { afterNextFrame: true }));
  }
}
class BoardTouchSensor extends TouchSensor {
  constructor(props: ConstructorParameters<typeof TouchSensor>[0]) {
    super(dropFirst(props, { afterNextFrame: true }));
  }
}
class BoardKeyboardSensor extends KeyboardSensor {
  constructor(props: ConstructorParameters<typeof KeyboardSensor>[0]) {
    super(dropFirst(props, { afterNextFrame: false }));
    holdEarlyKeys(props.event.target instanceof Node ? (props.event.target.ownerDocument ?? document) : document);
  }
}

const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
/** The keys a keyboard drag answers to once a card is picked up. */
const DRAG_KEYS = [...ARROW_KEYS, ...KEYBOARD_CODES.cancel, ...KEYBOARD_CODES.end];

/**
 * dnd-kit listens for a keyboard drag's keys only from a timer set at the pick-up (so that the
 * Space that picked the card up does not drop it too). The browser handles input before timers,
 * so on a busy machine arrow keys pressed right after Space were lost, and the card landed
 * columns short of the one chosen. Keys that come before dnd-kit listens are held here and
 * handed to it, in order, from a timer set after its own.
 */
function holdEarlyKeys(doc: Document) {
  const held: KeyboardEvent[] = [];
  const hold = (e: KeyboardEvent) => {
    if (!DRAG_KEYS.includes(e.code)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held.push(e);
  };
  doc.addEventListener('keydown', hold, { capture: true });
  setTimeout(() => {
    doc.removeEventListener('keydown', hold, { capture: true });
    for (const e of held) doc.dispatchEvent(new KeyboardEvent('keydown', { code: e.code, key: e.key, bubbles: true, cancelable: true }));
  });
}

/**
 * Mouse (after 5 px), touch (after a 250 ms press) and keyboard (Space, arrows, Space or Enter;
 * Escape cancels). `onDrop`: the board's drop, when a drag (not a click) is let go. The sensors
 * stay the same objects from one render to the next: new ones would give dnd-kit's context new
 * activators, and every draggable on the board would be drawn again with the board (at a drop).
 */
export function useBoardSensors(onDrop: () => void) {
  const latest = useRef(onDrop);
  useLayoutEffect(() => {
    latest.current = onDrop;
  });
  const options = useMemo(() => {
    const drop: DropOption = { onDrop: () => latest.current() };
    return {
      mouse: { ...drop, activationConstraint: { distance: 5 } },
      touch: { ...drop, activationConstraint: { delay: 250, tolerance: 5 } },
      keyboard: {
        ...drop,
        coordinateGetter: boardKeyboardCoordinates,
        keyboardCodes: KEYBOARD_CODES,
        // Smooth scrolling let a quick second arrow key measure the slots mid-scroll and skip or repeat a column.
        scrollBehavior: 'auto' as const,
      },
    };
  }, []);
  return useSensors(
    useSensor(BoardMouseSensor, options.mouse),
    useSensor(BoardTouchSensor, options.touch),
    useSensor(BoardKeyboardSensor, options.keyboard),
  );
}
