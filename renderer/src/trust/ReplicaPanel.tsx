/** Admin → Lock and backups: the Litestream replica's state (issue 17), refreshed every few seconds. */
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { call, errorMessage } from '../api';
import { showTime } from '../clock';
import { useSettings } from '../queries';
import { replicaSummary } from './replica-words';

const REFRESH_MS = 5000;

export function ReplicaPanel() {
  const zone = useSettings().data?.timeZone ?? 'UTC';
  const status = useQuery({ queryKey: ['replication'], queryFn: () => call('replication.status', {}), refetchInterval: REFRESH_MS });
  const at = (iso: string | null) => (iso ? showTime(DateTime.fromISO(iso).setZone(zone), 'ccc d LLL, {time}:ss') : 'not yet');
  const r = status.data;
  return (
    <div className="panel" aria-live="polite">
      <h2>Replica</h2>
      {status.isError && (
        <p className="form-error" role="alert">
          {errorMessage(status.error)}
        </p>
      )}
      {r && !r.configured && (
        <p>
          This board is not replicated. On an agency server the host can copy it continuously, seconds behind, to a network share
          or S3-compatible storage with Litestream (<code>--replicate-to</code>; see the README, “For an agency”).
        </p>
      )}
      {r?.configured && (
        <>
          <p>
            Copied continuously to <code>{r.target}</code>.
          </p>
          <p className={r.upToDate && r.running ? undefined : 'form-error'}>{replicaSummary(r)}</p>
          <dl className="replica-facts">
            <dt>Last change received by the replica</dt>
            <dd>{at(r.lastShippedAt)}</dd>
            <dt>Newest change on the board</dt>
            <dd>{at(r.lastWriteAt)}</dd>
            {r.restarts > 0 && (
              <>
                <dt>Litestream restarted</dt>
                <dd>{r.restarts === 1 ? 'once' : `${r.restarts} times`}</dd>
              </>
            )}
          </dl>
          {r.error && (
            <p className="form-error" role="alert">
              {r.error} (since {at(r.errorAt)})
            </p>
          )}
          <p>
            To restore, stop the host, then on the server: <code>npm run restore -- --data-dir &lt;board folder&gt; --from {r.target} [--at &lt;time&gt;]</code>.
            The restored copy is checked before it replaces the board, and the current file is kept.
          </p>
        </>
      )}
    </div>
  );
}
