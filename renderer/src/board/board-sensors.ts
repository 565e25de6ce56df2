import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { startTransition } from 'react';
import { boardKeyboardCoordinates } from './keyboard-coordinates';

/**
 * At a drop, dnd-kit clears its context, and every draggable on the board (each card, each
 * client in the side list) is drawn again: some milliseconds on a full board. The board shows
 * the drop without it (the card moves, and drag-target.ts says nothing is lifted any more), so
 * dnd-kit's part is drawn as a transition, after the frame that shows the card where it landed.
 */
function afterTheDrop<P extends { onEnd: () => void }>(props: P): P {
  return { ...props, onEnd: () => startTransition(() => props.onEnd()) };
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

/** Mouse (after 5 px), touch (after a 250 ms press) and keyboard (Space, arrows, Space or Enter; Escape cancels). */
export function useBoardSensors() {
  return useSensors(
    useSensor(BoardMouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(BoardTouchSensor, { activationConstraint: { delay: 250, tolerance: 5 } }),
    useSensor(BoardKeyboardSensor, {
      coordinateGetter: boardKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      // Smooth scrolling let a quick second arrow key measure the slots mid-scroll and skip or repeat a column.
      scrollBehavior: 'auto',
    }),
  );
}
