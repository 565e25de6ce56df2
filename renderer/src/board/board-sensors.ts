import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { startTransition, useCallback, useLayoutEffect, useRef } from 'react';
import { afterNextPaint } from './after-paint';
import { boardKeyboardCoordinates } from './keyboard-coordinates';

/** What the board does when a card is let go: handed to each sensor with its options. */
interface DropOption {
  onDrop?: () => void;
}

/**
 * At a drop, dnd-kit clears its context, and every draggable on the board (each card, each
 * client in the side list) is drawn again: some milliseconds on a full board. The board shows
 * the drop without it (drag-target.ts says what is lifted and where it goes), so the board's
 * drop (`onDrop`) runs at once, and dnd-kit hears of it after the next frame is drawn, as a
 * transition: the frame after pointer up shows the card where it landed, and nothing of dnd-kit's.
 */
function afterTheDrop<P extends { onEnd: () => void; options: unknown }>(props: P): P {
  const { onDrop } = props.options as DropOption;
  return {
    ...props,
    onEnd: () => {
      onDrop?.();
      void afterNextPaint().then(() => startTransition(() => props.onEnd()));
    },
  };
}
class BoardMouseSensor extends MouseSensor {
  constructor(props: ConstructorParameters<typeof MouseSensor>[0]) {
    super(afterTheDrop(props));
  }
}
class BoardTouchSensor extends TouchSensor {
  constructor(props: ConstructorParameters<typeof TouchSensor>[0]) {
    super(afterTheDrop(props));
  }
}
class BoardKeyboardSensor extends KeyboardSensor {
  constructor(props: ConstructorParameters<typeof KeyboardSensor>[0]) {
    super(afterTheDrop(props));
  }
}

/**
 * Mouse (after 5 px), touch (after a 250 ms press) and keyboard (Space, arrows, Space or Enter;
 * Escape cancels). `onDrop`: the board's drop, when a drag (not a click) is let go.
 */
export function useBoardSensors(onDrop: () => void) {
  const latest = useRef(onDrop);
  useLayoutEffect(() => {
    latest.current = onDrop;
  });
  const drop = useCallback(() => latest.current(), []);
  const withDrop = <T,>(options: T): T => ({ ...options, onDrop: drop }) satisfies T & DropOption;
  return useSensors(
    useSensor(BoardMouseSensor, withDrop({ activationConstraint: { distance: 5 } })),
    useSensor(BoardTouchSensor, withDrop({ activationConstraint: { delay: 250, tolerance: 5 } })),
    useSensor(
      BoardKeyboardSensor,
      withDrop({
        coordinateGetter: boardKeyboardCoordinates,
        keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
        // Smooth scrolling let a quick second arrow key measure the slots mid-scroll and skip or repeat a column.
        scrollBehavior: 'auto' as const,
      }),
    ),
  );
}
