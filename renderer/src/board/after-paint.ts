/** Where no frame comes (a hidden window draws none), the wait ends after this long anyway. */
const NO_FRAME_MS = 100;

/**
 * Resolves once the next frame has been drawn: for work a drop must not hold up (the save
 * request, dnd-kit's own redraw), so that the frame after pointer up shows the card where it
 * landed. A timer set from a frame's callback runs after that frame is painted.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
