import type { SelectHTMLAttributes } from 'react';
import { ROLE_NEED_LABELS, type RoleNeed } from '../../../shared/schedule';
import type { StaffChoice } from '../../../shared/rules/staff-choice';

type Passthrough = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

/** "on shift, free" or what is missing: "busy then", "outside their shift", "not RN / LPN"; or why they are off. */
export function choiceText(c: StaffChoice, need: RoleNeed): string {
  if (c.off) return c.off;
  const parts = [c.onShift ? 'on shift' : 'outside their shift', c.free ? 'free' : 'busy then'];
  if (!c.hasRole) parts.push(need === 'any' ? 'does not take contacts' : `not ${ROLE_NEED_LABELS[need]}`);
  return parts.join(', ');
}

const able = (c: StaffChoice) => !c.off && c.onShift && c.free && c.hasRole;

/**
 * The contact's staff member, from a list that says, for the contact's day and time, who is
 * on shift, free and able (first), who is not and why, and who is off that day (last).
 */
export function StaffChoiceSelect({
  value,
  choices,
  need,
  onChange,
  ...rest
}: Passthrough & { value: number | null; choices: StaffChoice[]; need: RoleNeed; onChange: (id: number | null) => void }) {
  const groups: [string, StaffChoice[]][] = [
    ['Free and able at this time', choices.filter(able)],
    ['Busy, outside their shift or not able', choices.filter((c) => !c.off && !able(c))],
    ['Off that day', choices.filter((c) => c.off)],
  ];
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">Unassigned</option>
      {groups
        .filter(([, list]) => list.length > 0)
        .map(([label, list]) => (
          <optgroup key={label} label={label}>
            {list.map((c) => (
              <option key={c.staff.id} value={c.staff.id}>
                {`${c.staff.name} — ${choiceText(c, need)}`}
              </option>
            ))}
          </optgroup>
        ))}
    </select>
  );
}
