/** The state targets beside the TMACT items, by the team's state profile (shared/state-profile.ts). */
import type { StateProfile } from '../state-profile';
import type { FidelityItemId } from './result';

export interface StateTarget {
  /** The figure must reach this (in the item's own unit). */
  atLeast: number;
  text: string;
  source: string;
}

export const STATE_TARGETS: Record<StateProfile, Partial<Record<FidelityItemId, StateTarget>>> = {
  NY: {
    CP1: { atLeast: 80, text: 'At least 80% of contacts in the community', source: 'NY OMH ACT program guidelines 5.6.4' },
    OS11: { atLeast: 80, text: 'Involved in at least 80% of hospital admissions and discharges', source: 'NY OMH ACT program guidelines, hospital admissions and discharges' },
  },
  MA: {
    OS3: { atLeast: 5, text: 'Daily organizational staff meetings, five days a week', source: 'MA PACT performance specifications 9a' },
  },
  UT: {
    CP4: { atLeast: 3, text: 'An average of three face-to-face contacts a week per client', source: 'Utah ACOT guidelines, intensity of services' },
    CP3: { atLeast: 120, text: 'An average of at least two hours of services a week per client', source: 'Utah ACOT guidelines, intensity of services' },
    CP6: { atLeast: 100, text: '24-hour, seven-day coverage and crisis services', source: 'Utah ACOT guidelines, 24-hour coverage' },
  },
};

/** Whether a figure meets the state's target; null when the state sets none or there is no figure. */
export function meetsTarget(profile: StateProfile, item: FidelityItemId, figure: number | null): { target: StateTarget; met: boolean } | null {
  const target = STATE_TARGETS[profile][item];
  if (!target || figure === null) return target ? { target, met: false } : null;
  return { target, met: Math.round(figure * 10) / 10 >= target.atLeast };
}
