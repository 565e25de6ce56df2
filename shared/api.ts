/**
 * The API contract: every method once, with its input schema and result type.
 * The Board service implements it; IPC and HTTP only forward to it.
 */
import type { z } from 'zod';
import type { BoardDay, Client, Contact, Staff, TeamSettings } from './domain';
import * as s from './schemas';

export const inputSchemas = {
  'board.get': s.boardGetInput,
  'contacts.create': s.contactCreateInput,
  'contacts.update': s.contactUpdateInput,
  'contacts.move': s.contactMoveInput,
  'contacts.setStatus': s.contactSetStatusInput,
  'contacts.delete': s.contactDeleteInput,
  'staff.list': s.emptyInput,
  'staff.create': s.staffCreateInput,
  'staff.update': s.staffUpdateInput,
  'clients.list': s.emptyInput,
  'clients.create': s.clientCreateInput,
  'clients.update': s.clientUpdateInput,
  'settings.get': s.emptyInput,
  'settings.update': s.settingsUpdateInput,
} as const;

export type Method = keyof typeof inputSchemas;

interface Results {
  'board.get': BoardDay;
  'contacts.create': Contact;
  'contacts.update': Contact;
  'contacts.move': Contact;
  'contacts.setStatus': Contact;
  'contacts.delete': { id: number };
  'staff.list': Staff[];
  'staff.create': Staff;
  'staff.update': Staff;
  'clients.list': Client[];
  'clients.create': Client;
  'clients.update': Client;
  'settings.get': TeamSettings;
  'settings.update': TeamSettings;
}

/** What a caller sends (before defaults and transforms). */
export type Input<M extends Method> = z.input<(typeof inputSchemas)[M]>;
/** What the service receives (after validation). */
export type ParsedInput<M extends Method> = z.output<(typeof inputSchemas)[M]>;
export type Result<M extends Method> = Results[M];

/** The service side: one handler per method, given validated input. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Result<M> };

/** The caller side: what the renderer's client and tests use. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Result<M>>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(inputSchemas, name);
}

export type ApiErrorCode = 'validation' | 'not_found' | 'conflict' | 'internal';

/** The error shape that crosses IPC and HTTP. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}
