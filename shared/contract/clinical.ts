/** The MD board and the injection schedule (issue 14). */
import { z } from 'zod';
import { type ClinicalSettings, type InjectionBoard, type MdBoard, type MdBoardRow, PSYCH_WEEKS_MAX, PSYCH_WEEKS_MIN } from '../clinical';
import { emptyInput, id, version } from '../schemas';
import { method } from './define';

const psychVisitWeeks = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number of weeks' })
  .min(PSYCH_WEEKS_MIN, { error: `must be at least ${PSYCH_WEEKS_MIN} week` })
  .max(PSYCH_WEEKS_MAX, { error: `must be at most ${PSYCH_WEEKS_MAX} weeks` });

export const clinicalMethods = {
  'clinical.mdBoard': method<MdBoard>()(emptyInput),
  'clinical.injections': method<InjectionBoard>()(emptyInput),
  'clinical.updateSettings': method<ClinicalSettings>()(
    z.strictObject({
      version,
      psychVisitWeeks: psychVisitWeeks.optional(),
      injectionWindowDays: z
        .number({ error: 'must be a number' })
        .int({ error: 'must be a whole number of days' })
        .min(0, { error: 'must be 0 days or more' })
        .max(14, { error: 'must be at most 14 days' })
        .optional(),
    }),
  ),
  /** One client's psychiatric visit interval; null: back to the team's. `version` is the client's. */
  'clinical.setClientInterval': method<MdBoardRow>()(z.strictObject({ clientId: id, version, psychVisitWeeks: psychVisitWeeks.nullable() })),
};
