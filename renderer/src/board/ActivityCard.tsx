import { memo } from 'react';
import { WARNING_BADGES } from '../../../shared/rules/warnings';
import type { WarningKind } from '../../../shared/schedule';
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../../../shared/team-activities';
import { timeRange } from './format';

/** A team activity on the board: its kind and time, no client; "with 3 others" when it takes several staff. */
export const ActivityCard = memo(function ActivityCard({
  activity,
  warnings,
  lifted,
}: {
  activity: TeamActivity;
  warnings: readonly WarningKind[];
  lifted?: boolean;
}) {
  const others = activity.staffIds.length - 1;
  return (
    <div className={`card card-activity activity-${activity.kind}${warnings.length ? ' card-warned' : ''}${lifted ? ' card-lifted' : ''}`}>
      <div className="card-time">{timeRange(activity)}</div>
      <div className="card-activity-kind">{TEAM_ACTIVITY_LABELS[activity.kind]}</div>
      <div className="card-what">
        Team activity{activity.location === 'community' ? ' · Community' : ''}
        {others > 0 && ` · with ${others} other${others === 1 ? '' : 's'}`}
      </div>
      {warnings.length > 0 && (
        <div className="card-flags">
          {warnings.map((kind) => (
            <span key={kind} className="flag flag-warning">
              <span aria-hidden="true">⚠</span> {WARNING_BADGES[kind]}
            </span>
          ))}
        </div>
      )}
    </div>
  );
});
