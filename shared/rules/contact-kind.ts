/** The one place that says whether a contact's kind fits it (issue 14). */
import {
  COLLATERAL_WITH_LABELS,
  type CollateralWith,
  type Contact,
  type ContactKind,
  type ContactLocation,
  kindForLocation,
} from '../domain';

type KindFields = Pick<Contact, 'kind' | 'collateralWith' | 'location'>;

/** What is wrong with a contact's kind, in plain words; null when it fits. */
export function contactKindProblem({ kind, collateralWith, location }: KindFields): string | null {
  const whom = Object.values(COLLATERAL_WITH_LABELS).join(', ');
  if (kind === 'collateral' && collateralWith === null) {
    return `A collateral contact must say with whom it was: ${whom}.`;
  }
  if (kind !== 'collateral' && collateralWith !== null) {
    return 'Only a collateral contact says with whom it was; choose the kind Collateral or leave "with whom" empty.';
  }
  if (kind === 'face_to_face' && location === 'phone') {
    return 'A face-to-face contact cannot take place on the phone: choose Community or Office, or the kind Phone.';
  }
  return null;
}

interface KindChange {
  kind?: ContactKind;
  collateralWith?: CollateralWith | null;
  location?: ContactLocation;
}

/**
 * A contact's kind after a change. Left unsaid, the kind stays — unless it was only the
 * location's default (face to face, or phone on the phone) and the location changed, when it follows.
 * Leaving collateral drops "with whom".
 */
export function kindAfter(before: KindFields | null, change: KindChange): Pick<Contact, 'kind' | 'collateralWith'> {
  const location = change.location ?? before?.location ?? 'community';
  const followsLocation = !before || before.kind === kindForLocation(before.location);
  const kind = change.kind ?? (followsLocation ? kindForLocation(location) : before.kind);
  const collateralWith =
    change.collateralWith !== undefined ? change.collateralWith : kind === 'collateral' ? (before?.collateralWith ?? null) : null;
  return { kind, collateralWith };
}
