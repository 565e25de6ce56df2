import type { z } from 'zod';

/** One API method: the zod schema its input must pass, and (as a type only) what it returns. */
export interface MethodSpec<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S;
  result: R;
}

/** `method<Result>()(inputSchema)`: the result type is written once, beside the schema. */
export const method =
  <R>() =>
  <S extends z.ZodType>(input: S): MethodSpec<S, R> => ({ input, result: undefined as R });
