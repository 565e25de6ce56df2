/**
 * The API contract: every method once, with its input schema and result type.
 * The Board service implements it; IPC and HTTP only forward to it.
 */
import type { z } from 'zod';
import { foundationMethods } from './contract/foundation';
import { trustMethods } from './contract/trust';
import { meetingMethods } from './contract/meeting';
import { scheduleMethods } from './contract/schedule';
import { setupMethods } from './contract/setup';
import { importMethods } from './contract/import';
import { stayMethods } from './contract/stays';
import { oncallMethods } from './contract/oncall';
import { trackerMethods } from './contract/tracker';
import { clinicalMethods } from './contract/clinical';
import { coverMethods } from './contract/cover';
import { fidelityMethods } from './contract/fidelity';
import { clinicalDueMethods } from './contract/clinical-due';
import { teamActivityMethods } from './contract/team-activities';
import { replicationMethods } from './contract/replication';

/** Every method of the API, gathered from each area's contract file. */
export const contract = {
  ...foundationMethods,
  ...trustMethods,
  ...meetingMethods,
  ...scheduleMethods,
  ...setupMethods,
  ...importMethods,
  ...stayMethods,
  ...oncallMethods,
  ...trackerMethods,
  ...clinicalMethods,
  ...coverMethods,
  ...fidelityMethods,
  ...clinicalDueMethods,
  ...teamActivityMethods,
  ...replicationMethods,
};

type Contract = typeof contract;
export type Method = keyof Contract;

/** What a caller sends (before defaults and transforms). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What the service receives (after validation). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Result<M extends Method> = Contract[M]['result'];

/** The caller side: what the renderer's client and tests use. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Result<M>>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { ApiError, type ApiErrorBody, type ApiErrorCode, type ApiResponse } from './api-error';
