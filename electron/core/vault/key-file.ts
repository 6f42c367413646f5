import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Language, Theme } from '../../../shared/contract';
import type { StorageOptions } from '../storage/config';
import { publish } from '../storage/files';
import { SCRYPT_LIMITS } from './crypto';

/*
 * `roundtable.key.json`, beside the database: the data key, never in the clear.
 *
 * {
 *   "format": "roundtable-key", "version": 1,
 *   "protection": "os" | "passphrase",
 *   "kdf":  { "name": "scrypt", "N", "r", "p", "salt" }   passphrase only: how the passphrase
 *                                                         becomes the key-encryption key
 *   "key":  "<base64>"          the data key, wrapped: by the OS store (safeStorage's blob), or
 *                               sealed with AES-256-GCM under the passphrase's key
 *   "retiringKey": "<base64>"   only while a rekey runs: the previous key, wrapped the same way,
 *                               so that a crash mid-way can still read what is not re-encrypted
 *   "lock": { scrypt params, "hash" }   OS protection only: the app-lock passphrase's hash
 *   "display": { language, theme, highContrast }   what the lock screen needs before the data
 *                               is open (no data, and no secret)
 * }
 *
 * It lives outside the database so the key can be found before the database can be read, and
 * outside the backups folder: a backup copied elsewhere carries no key with it.
 */

export const KEY_FILE_NAME = 'roundtable.key.json';

export const keyFilePath = (storage: StorageOptions) =>
  path.join(path.dirname(storage.file), KEY_FILE_NAME);

const Base64 = z
  .string()
  .max(20_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const scryptShape = {
  name: z.literal('scrypt'),
  N: z.number().int().min(SCRYPT_LIMITS.minN).max(SCRYPT_LIMITS.maxN),
  r: z.number().int().min(1).max(SCRYPT_LIMITS.maxR),
  p: z.number().int().min(1).max(SCRYPT_LIMITS.maxP),
  salt: Base64,
};
const affordable = (k: { N: number; r: number }) =>
  Number.isInteger(Math.log2(k.N)) && k.N * k.r <= SCRYPT_LIMITS.maxNr;

const Scrypt = z.strictObject(scryptShape).refine(affordable);

export const Display = z.strictObject({
  language: Language,
  theme: Theme,
  highContrast: z.boolean(),
});
export type Display = z.infer<typeof Display>;

export const KeyFile = z
  .strictObject({
    format: z.literal('roundtable-key'),
    version: z.literal(1),
    protection: z.enum(['os', 'passphrase']),
    kdf: Scrypt.optional(),
    key: Base64,
    retiringKey: Base64.optional(),
    lock: z
      .strictObject({ ...scryptShape, hash: Base64 })
      .refine(affordable)
      .optional(),
    display: Display.optional(),
  })
  .refine((f) => (f.protection === 'passphrase') === (f.kdf !== undefined), {
    error: 'A passphrase-protected key has key-derivation parameters, and only it.',
  })
  .refine((f) => f.protection === 'os' || f.lock === undefined, {
    error: 'Only an OS-protected key has a separate lock passphrase.',
  });
export type KeyFile = z.infer<typeof KeyFile>;

/** The key file is present but cannot be used: the host shows this and stops, changing nothing. */
export class KeyFileError extends Error {
  override name = 'KeyFileError';
}

/** The key file, or null if there is none. */
export function readKeyFile(storage: StorageOptions): KeyFile | null {
  const file = keyFilePath(storage);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KeyFileError(
      `Roundtable could not read its key file ${file}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = KeyFile.safeParse(raw);
  if (!parsed.success) {
    throw new KeyFileError(
      `The key file ${file} is damaged, so the encrypted data cannot be opened. ` +
        'Put back a copy of that file if you have one; do not delete it.',
    );
  }
  return parsed.data;
}

/** Written whole to a temp file, flushed, renamed: a crash leaves the old file or the new one. */
export function writeKeyFile(storage: StorageOptions, keyFile: KeyFile): void {
  const file = keyFilePath(storage);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.partial`;
  try {
    // Readable by this account only, where the system has such permissions.
    writeFileSync(temp, `${JSON.stringify(KeyFile.parse(keyFile), null, 2)}\n`, { mode: 0o600 });
    chmodSync(temp, 0o600);
    publish(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
