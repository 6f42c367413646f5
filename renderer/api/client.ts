import type {
  EventName,
  EventPayload,
  Method,
  MethodInput,
  MethodOutput,
} from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Transport } from '../../shared/rpc';

export interface ApiClient {
  /** Calls the core; resolves with the value or throws an `AppError` carrying the error code. */
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      let envelope;
      try {
        envelope = await transport.call(method, input);
      } catch {
        throw new AppError(
          'unavailable',
          'Roundtable could not reach its data. Check that it is still running.',
        );
      }
      if (!envelope.ok)
        throw new AppError(envelope.error.code, envelope.error.message, envelope.error.issues);
      return envelope.value as MethodOutput<typeof method>;
    },
    on(event, listener) {
      return transport.onEvent((e) => {
        if (e.event === event) listener(e.payload as EventPayload<typeof event>);
      });
    },
  };
}
