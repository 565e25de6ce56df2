import type { SelectHTMLAttributes } from 'react';
import {
  COLLATERAL_WITH,
  CONTACT_KINDS,
  type CollateralWith,
  type ContactKind,
  type ContactLocation,
  contactKindLabel,
  kindForLocation,
} from '../../../shared/domain';

/** A contact's kind and, for collateral, with whom: one choice ("Collateral (another provider)"). */
const CHOICES = CONTACT_KINDS.flatMap((kind): { kind: ContactKind; whom: CollateralWith | null }[] =>
  kind === 'collateral' ? COLLATERAL_WITH.map((whom) => ({ kind, whom })) : [{ kind, whom: null }],
).map(({ kind, whom }) => ({ kind, whom, value: whom ? `${kind}:${whom}` : kind, label: contactKindLabel(kind, whom) }));

/** `id` and `aria-describedby` come from the Field around it. */
interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  /** undefined: the location's default (the host decides it the same way). */
  kind: ContactKind | undefined;
  collateralWith: CollateralWith | null | undefined;
  location: ContactLocation;
  onChange: (kind: ContactKind, collateralWith: CollateralWith | null) => void;
}

export function ContactKindSelect({ kind, collateralWith, location, onChange, ...rest }: Props) {
  const shown = kind ?? kindForLocation(location);
  const value = shown === 'collateral' && collateralWith ? `collateral:${collateralWith}` : shown;
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => {
        const choice = CHOICES.find((c) => c.value === e.target.value)!;
        onChange(choice.kind, choice.whom);
      }}
    >
      {CHOICES.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
