import type { Staff } from '../../../shared/domain';

/** Dark or light text, whichever reads better on the staff colour (WCAG relative luminance). */
export function textColourOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.2 ? '#111827' : '#ffffff';
}

export function StaffBadge({ staff, size = 'md' }: { staff: Pick<Staff, 'initials' | 'colour' | 'name'>; size?: 'md' | 'lg' }) {
  return (
    <span
      className={`staff-badge staff-badge-${size}`}
      style={{ background: staff.colour, color: textColourOn(staff.colour) }}
      aria-hidden="true"
    >
      {staff.initials}
    </span>
  );
}
