import type { KeyboardEvent } from 'react';

const CARD = '[data-contact-id], [data-activity-id]';

/**
 * Arrow keys between cards when nothing is picked up: left and right to the next column's card
 * nearest in height, up and down within the column. Reaching a card in the fifth column took
 * about 50 Tabs. (While a card is picked up the arrows move it instead: dnd-kit has them then.)
 */
export function moveCardFocus(e: KeyboardEvent<HTMLElement>, dragging: boolean): void {
  if (dragging || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const card = (e.target as HTMLElement).closest<HTMLElement>(CARD);
  if (!card || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
  const columns = [...e.currentTarget.querySelectorAll<HTMLElement>('section[data-column]')].filter((c) => c.querySelector(CARD));
  const here = columns.findIndex((c) => c.contains(card));
  const cardsOf = (column: HTMLElement | undefined) => [...(column?.querySelectorAll<HTMLElement>(CARD) ?? [])];
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
    const mine = cardsOf(columns[here]);
    next = mine[mine.indexOf(card) + (e.key === 'ArrowDown' ? 1 : -1)];
  } else {
    const top = card.getBoundingClientRect().top;
    next = cardsOf(columns[here + (e.key === 'ArrowRight' ? 1 : -1)]).reduce<HTMLElement | undefined>(
      (best, c) => (!best || Math.abs(c.getBoundingClientRect().top - top) < Math.abs(best.getBoundingClientRect().top - top) ? c : best),
      undefined,
    );
  }
  if (!next) return;
  e.preventDefault();
  next.focus();
  next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * The skip link: straight to the board's first card (or the board, when it has none).
 * (Not id="board": an element with that id would be `window.board`, the Electron bridge.)
 */
export function skipToBoard(e: { preventDefault(): void }): void {
  e.preventDefault();
  const board = document.getElementById('board-columns');
  (board?.querySelector<HTMLElement>(CARD) ?? board)?.focus();
}
