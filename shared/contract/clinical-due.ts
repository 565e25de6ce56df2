/** AOT orders and the chart captains' documentation due dates (issue 14). */
import { z } from 'zod';
import type { AotBoard, AotOrder } from '../aot';
import { AOT_REPORT_EVERY_MAX_DAYS } from '../aot';
import type { ChartBoard } from '../charts';
import { DOC_KINDS, type DocRecord } from '../rules/documentation-due';
import { emptyInput, id, localDate, text, version } from '../schemas';
import { method } from './define';

export const aotSaveInput = z.strictObject({
  clientId: id,
  /** null: a new order. */
  version: version.nullable(),
  startsOn: localDate,
  expiresOn: localDate,
  reportingDuty: text(500),
  reportEveryDays: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least 1 day' })
    .max(AOT_REPORT_EVERY_MAX_DAYS, { error: `must be at most ${AOT_REPORT_EVERY_MAX_DAYS} days` }),
  countyContact: text(200),
});

export const clinicalDueMethods = {
  'aot.list': method<AotBoard>()(emptyInput),
  'aot.save': method<AotOrder>()(aotSaveInput),
  'aot.reportSent': method<AotOrder>()(z.strictObject({ clientId: id, version, day: localDate })),
  'aot.end': method<{ clientId: number }>()(z.strictObject({ clientId: id, version })),
  'charts.board': method<ChartBoard>()(emptyInput),
  'charts.recordDone': method<DocRecord & { clientId: number }>()(
    z.strictObject({ clientId: id, kind: z.enum(DOC_KINDS, { error: 'must be immediate needs, assessment, plan or plan review' }), doneOn: localDate }),
  ),
  'charts.removeDone': method<{ removed: number }>()(
    z.strictObject({ clientId: id, kind: z.enum(DOC_KINDS, { error: 'must be immediate needs, assessment, plan or plan review' }), doneOn: localDate }),
  ),
};
