/** The replica's state (Admin → Lock and backups): the host that runs Litestream reports it here. */
import type { ReplicaStatus } from '../../shared/replication';
import { trustOf } from './auth';
import type { HandlersFor } from './handler';

/** Where the service asks for the replica's state; nothing is attached unless the host replicates. */
export class ReplicaReport {
  private source: (() => ReplicaStatus) | null = null;

  /** Returns a function that detaches it again. */
  attach(source: () => ReplicaStatus): () => void {
    this.source = source;
    return () => {
      if (this.source === source) this.source = null;
    };
  }

  status(): ReplicaStatus {
    return this.source?.() ?? { configured: false };
  }
}

export const replicationHandlers: HandlersFor<'replication.status'> = {
  'replication.status': (ctx) => trustOf(ctx).replica.status(),
};
