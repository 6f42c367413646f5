import { z } from 'zod';
import { appContract } from './app';
import { backupContract } from './backup';
import { casesContract } from './cases';
import { directoryContract } from './directory';
import { glossaryContract } from './glossary';
import { meetingsContract } from './meetings';
import { networkingContract } from './networking';
import { notesContract } from './notes';
import { partnersContract } from './partners';
import { vaultContract } from './vault';

export * from './app';
export * from './backup';
export * from './cases';
export * from './common';
export * from './directory';
export * from './glossary';
export * from './meetings';
export * from './networking';
export * from './notes';
export * from './partners';
export * from './vault';

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The single API contract: method name (`domain.verb`) → input and output schemas.
 * The core must handle every key (a compile error otherwise) and the renderer can call only these.
 */
export const contract = {
  ...appContract,
  ...directoryContract,
  ...backupContract,
  ...meetingsContract,
  ...notesContract,
  ...glossaryContract,
  ...networkingContract,
  ...partnersContract,
  ...casesContract,
  ...vaultContract,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** Events the core pushes to every window. Timer ticks are computed locally, never pushed. */
export const events = {
  /** Something in these domains changed: views showing them should reload. */
  'data.changed': z.object({ domains: z.array(z.string()) }),
  /**
   * A running countdown crossed into a new phase (warning, final, overtime): scheduled by the core,
   * so it fires on time even when every window is hidden. The chair's window chimes on it.
   */
  'timer.phase': z.object({
    meetingId: z.string(),
    itemId: z.string().nullable(),
    phase: z.enum(['normal', 'warning', 'final', 'overtime']),
    at: z.number(),
  }),
  /** Whether any meeting's countdown is running: the desktop host keeps the system awake meanwhile. */
  'timer.running': z.object({ running: z.boolean() }),
  /**
   * The vault was set up, locked or unlocked, or how it is protected changed: every window
   * re-reads `vault.status` and shows the lock (or setup) screen, or leaves it. Carries no data.
   */
  'vault.changed': z.object({ state: z.enum(['setup', 'locked', 'open']) }),
} satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
