import type { SelectHTMLAttributes } from 'react';
import type { Staff } from '../../../shared/domain';

type Passthrough = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

/** A choice among a domain list (roles, interventions, ...), shown by its labels. */
export function EnumSelect<T extends string>({
  value,
  values,
  labels,
  onChange,
  ...rest
}: Passthrough & { value: T; values: readonly T[]; labels: Record<T, string>; onChange: (v: T) => void }) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {labels[v]}
        </option>
      ))}
    </select>
  );
}

/** A staff member, or nobody (shown as `noneLabel`). */
export function StaffSelect({
  value,
  staff,
  noneLabel,
  onChange,
  ...rest
}: Passthrough & { value: number | null; staff: Staff[]; noneLabel: string; onChange: (id: number | null) => void }) {
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">{noneLabel}</option>
      {staff.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
