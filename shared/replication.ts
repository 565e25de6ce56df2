/** The replica's state, as Admin → Lock and backups shows it and the health endpoint reports it. */
export type ReplicaStatus =
  | { configured: false }
  | {
      configured: true;
      /** The folder or s3:// URL (no credentials are ever in it). */
      target: string;
      /** Litestream runs now. */
      running: boolean;
      /** When Litestream last shipped a change to the replica (UTC ISO). */
      lastShippedAt: string | null;
      /** The board's newest change (UTC ISO). */
      lastWriteAt: string | null;
      /** Every change the host knows of is in the replica. */
      upToDate: boolean;
      /** How long the oldest change not yet in the replica has waited (0 when up to date). */
      lagSeconds: number;
      /** The last problem, in plain words; null once Litestream ships again. */
      error: string | null;
      errorAt: string | null;
      /** Times Litestream stopped unexpectedly and was started again. */
      restarts: number;
    };
