import type { StayFlag } from '../../../shared/stays';

/** What the team should act on about an open stay, one line a flag. */
export function StayFlags({ flags }: { flags: readonly StayFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="stay-flags">
      {flags.map((f) => (
        <li key={f.kind} className={`stay-flag stay-flag-${f.kind}`}>
          {f.message}
        </li>
      ))}
    </ul>
  );
}
