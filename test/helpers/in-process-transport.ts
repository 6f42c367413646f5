import type { Transport } from '../../shared/rpc';
import { makeTestCore, type TestCore } from './core';

/**
 * The renderer's transport over a real core in the same process: component tests exercise the
 * contract, validation and SQLite exactly as the app does, with no server.
 */
export function inProcessTransport(core: TestCore = makeTestCore()): Transport {
  return {
    // A copy, as a real transport would serialise the input and output.
    call: async (method, input) => structuredClone(await core.call(method, structuredClone(input))),
    onEvent: (listener) => core.onEvent(listener),
  };
}
