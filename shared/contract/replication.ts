/** Continuous replication with Litestream (issue 17): the replica's state for Admin → Lock and backups. */
import type { ReplicaStatus } from '../replication';
import { emptyInput } from '../schemas';
import { method } from './define';

export const replicationMethods = {
  'replication.status': method<ReplicaStatus>()(emptyInput),
};
