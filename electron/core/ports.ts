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

/**
 * The operating system's secret store (the desktop host gives Electron's safeStorage: Keychain,
 * DPAPI, libsecret/kwallet). It wraps the database's data key, so the key file beside the
 * database is useless on another computer or account. Browser mode has none: a passphrase wraps
 * the key instead (see core/vault).
 */
export interface KeyProtector {
  /**
   * Whether the store protects secrets now. On Linux without a keyring, Electron falls back to a
   * hard-coded password ('basic_text'): that is no protection, so the host answers false.
   */
  isAvailable(): boolean;
  wrap(secret: Buffer): Buffer;
  /** Throws if the store cannot unwrap it (another account or computer, a reset keyring). */
  unwrap(wrapped: Buffer): Buffer;
}

/** OS authentication for the app lock, where the host can ask for it (Touch ID on macOS). */
export interface OsAuthenticator {
  canPrompt(): boolean;
  /** True once the person has authenticated; false if they cancelled or failed. */
  prompt(reason: string): Promise<boolean>;
}
