/** What the core is given by its host: a leaf module, so the core's files never import in a circle. */

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export type Logger = (message: string, error: unknown) => void;

/**
 * Runs `fn` once the clock reaches `at` (epoch ms); returns a cancel function. The core schedules
 * a countdown's phase changes with it; tests give a fake one that fires as their clock advances.
 */
export type Schedule = (at: number, fn: () => void) => () => void;

/**
 * Prints a self-contained HTML page to PDF. The desktop host gives one (Electron's printToPDF on a
 * hidden, sandboxed window); without it, minutes are printed to PDF by the browser instead.
 */
export type PrintToPdf = (html: string) => Promise<Uint8Array>;
