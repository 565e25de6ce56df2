/** What the fidelity screen's parts share: the period, days and ratings in words, panels that scroll into view. */
import { DateTime } from 'luxon';
import { useEffect, useRef } from 'react';
import type { LocalDate } from '../../../shared/domain';
import type { FidelityItemReport } from '../../../shared/fidelity/report';

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

export const showDay = (day: LocalDate): string => DateTime.fromISO(day).toFormat('d LLL yyyy');

/** The rating in words: "4 of 5", or "at most 4" when a reviewer judges the rest. */
export const ratingText = (i: Pick<FidelityItemReport, 'rating' | 'ceiling'>): string => (i.rating === null ? 'Not rated' : i.ceiling ? `at most ${i.rating}` : `${i.rating} of 5`);

/** Scrolls a panel into view when it opens (the drill-down and the client's weeks sit above the cards). */
export function useScrollIntoView<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [key]);
  return ref;
}
