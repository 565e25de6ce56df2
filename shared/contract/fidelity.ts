/** Live fidelity figures (issue 15): the TMACT items the board's records can rate. */
import { z } from 'zod';
import { FIDELITY_ITEMS } from '../fidelity/result';
import type { ClientServiceHistory, ClientServiceTable, FidelityItemRecords, FidelityReport, FidelityTrend } from '../fidelity/report';
import { id, localDate } from '../schemas';
import { method } from './define';

/** The longest period the figures are computed over at once. */
export const MAX_FIDELITY_DAYS = 366;

const period = { from: localDate, to: localDate };

export const fidelityMethods = {
  'fidelity.get': method<FidelityReport>()(z.strictObject(period)),
  'fidelity.trend': method<FidelityTrend>()(z.strictObject({ to: localDate })),
  'fidelity.records': method<FidelityItemRecords>()(z.strictObject({ ...period, item: z.enum(FIDELITY_ITEMS, { error: 'is not a fidelity item the board rates' }) })),
  'fidelity.clients': method<ClientServiceTable>()(z.strictObject(period)),
  'fidelity.client': method<ClientServiceHistory>()(z.strictObject({ ...period, clientId: id })),
};
