/** The monthly contact tracker (issue 14, NY 5.9.2.v). */
import { z } from 'zod';
import { id } from '../schemas';
import type { ClientTracker, TrackerMonth } from '../tracker';
import { method } from './define';

const month = z
  .string({ error: 'must be a month' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM' });

export const trackerMethods = {
  /** Every client's totals for the month. */
  'tracker.month': method<TrackerMonth>()(z.strictObject({ month })),
  /** One client's month: every contact and attempt, and the totals. */
  'tracker.client': method<ClientTracker>()(z.strictObject({ clientId: id, month })),
};
