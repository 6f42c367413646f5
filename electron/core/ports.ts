/** What the core is given by its host: a leaf module, so the core's files never import in a circle. */

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export type Logger = (message: string, error: unknown) => void;
