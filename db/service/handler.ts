import type { Method, ParsedInput, Result } from '../../shared/api';
import type { CallContext } from './context';

/** The handlers of some API methods, given the call's context and validated input. */
export type HandlersFor<M extends Method> = { [K in M]: (ctx: CallContext, input: ParsedInput<K>) => Result<K> };
