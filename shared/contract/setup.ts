/** A new team's first day: the getting-started checklist. */
import { z } from 'zod';
import { SETUP_STEP_IDS, type SetupStatus } from '../setup';
import { emptyInput } from '../schemas';
import { method } from './define';

export const setupSkipInput = z.strictObject({
  step: z.enum(SETUP_STEP_IDS, { error: 'is not a step of the checklist' }),
  skipped: z.boolean({ error: 'must be true or false' }),
});

export const setupMethods = {
  'setup.status': method<SetupStatus>()(emptyInput),
  'setup.skip': method<SetupStatus>()(setupSkipInput),
};
