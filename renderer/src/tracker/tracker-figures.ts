/** The tracker's totals as words, one place for the screen and its CSV. */
import { type ClientMonth, type RateLevel, TRACKER_TARGETS, type TrackerTotals, trackerTotals } from '../../../shared/tracker';

const one = (n: number) => (Math.round(n * 10) / 10).toString();

export const RATE_LABELS: Record<RateLevel, string> = { full: 'Full rate', partial: 'Partial rate', none: 'Below the partial rate' };

export interface Figure {
  label: string;
  value: string;
  target: string;
  /** Below its target (a share with nothing to count is not). */
  short: boolean;
}

export function trackerFigures(t: TrackerTotals): Figure[] {
  return [
    {
      label: 'Contacts this month (NY rate)',
      value: `${t.countedForRate}`,
      target: `${TRACKER_TARGETS.contactsPerMonth} (collateral: up to ${TRACKER_TARGETS.collateralCounted}) · ${RATE_LABELS[t.rate]}`,
      short: t.countedForRate < TRACKER_TARGETS.contactsPerMonth,
    },
    { label: 'Attempted contacts', value: `${t.attempted}`, target: '—', short: false },
    {
      label: 'Face to face a week',
      value: one(t.faceToFacePerWeek),
      target: `${TRACKER_TARGETS.faceToFacePerWeek} on average (Utah)`,
      short: t.faceToFacePerWeek < TRACKER_TARGETS.faceToFacePerWeek,
    },
    {
      label: 'Hours a week',
      value: one(t.hoursPerWeek),
      target: `${TRACKER_TARGETS.hoursPerWeek} on average (Utah)`,
      short: t.hoursPerWeek < TRACKER_TARGETS.hoursPerWeek,
    },
    {
      label: 'In the community',
      value: t.communityShare === null ? '—' : `${Math.round(t.communityShare * 100)}%`,
      target: `${TRACKER_TARGETS.communityShare * 100}% of face-to-face contacts (NY 5.6.4)`,
      short: t.communityShare !== null && t.communityShare < TRACKER_TARGETS.communityShare,
    },
  ];
}

export const FIGURE_LABELS = trackerFigures(trackerTotals([], 0)).map((f) => f.label);

export const MONTH_HEADER = ['Client', 'Month', 'Contacts (NY rate)', 'Rate', 'Done', 'Attempted', 'Face to face', 'Collateral', 'Minutes', 'Face to face a week', 'Hours a week', 'In the community'];

export const monthRow = (name: string, c: ClientMonth): string[] => {
  const t = c.totals;
  return [
    name,
    c.month,
    String(t.countedForRate),
    RATE_LABELS[t.rate],
    String(t.done),
    String(t.attempted),
    String(t.faceToFace),
    String(t.collateral),
    String(t.minutes),
    one(t.faceToFacePerWeek),
    one(t.hoursPerWeek),
    t.communityShare === null ? '' : `${Math.round(t.communityShare * 100)}%`,
  ];
};
