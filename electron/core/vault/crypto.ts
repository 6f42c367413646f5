import {
  createCipheriv,
  createDecipheriv,
  randomBytes,
  scrypt as scryptCallback,
  scryptSync,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';

/*
 * The vault's cryptography, all from node:crypto:
 * - the data key: 32 random bytes (SQLCipher's AES-256 uses it as is, with no key derivation);
 * - a passphrase becomes a key-encryption key with scrypt, N = 2^17, r = 8, p = 1 (128 MiB and
 *   about half a second per attempt on a 2020s laptop: OWASP's minimum is N = 2^17 with r = 8),
 *   a fresh 16-byte salt each time a passphrase is set;
 * - that key wraps the data key with AES-256-GCM (12-byte random nonce): the 16-byte tag proves
 *   the passphrase, so a wrong one is told apart from a damaged file without any stored hash;
 * - the app-lock passphrase (with an OS-protected key) is kept only as an scrypt hash, compared
 *   in constant time.
 * The parameters are stored with each result, so stronger ones later still read older files.
 */

export interface ScryptCost {
  /** CPU and memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

export interface ScryptParams extends ScryptCost {
  name: 'scrypt';
  /** base64 */
  salt: string;
}

export const DEFAULT_SCRYPT: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** Bounds for parameters read from a file: a doctored file must not make scrypt take an hour. */
export const SCRYPT_LIMITS = { minN: 2 ** 10, maxN: 2 ** 20, maxR: 16, maxP: 4, maxNr: 2 ** 23 };

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Binds a wrapped key to its purpose: a blob made for something else never opens as a data key. */
const AAD = Buffer.from('roundtable data key v1');

export const newDataKey = (): Buffer => randomBytes(KEY_BYTES);

export function newScryptParams(cost: ScryptCost = DEFAULT_SCRYPT): ScryptParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

function options({ N, r, p }: ScryptCost): ScryptOptions {
  // Node's default 32 MiB limit is below what N = 2^17, r = 8 needs (128 · N · r bytes).
  return { N, r, p, maxmem: 128 * N * r + 128 * r * p + 16 * 1024 * 1024 };
}

/** The same text typed on two systems may be composed differently (é as one or two code points). */
const normalized = (passphrase: string) => Buffer.from(passphrase.normalize('NFC'), 'utf8');

export function derive(passphrase: string, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(
      normalized(passphrase),
      Buffer.from(params.salt, 'base64'),
      KEY_BYTES,
      options(params),
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** For start-up, before anything else runs (the test hosts' passphrase). */
export function deriveSync(passphrase: string, params: ScryptParams): Buffer {
  return scryptSync(
    normalized(passphrase),
    Buffer.from(params.salt, 'base64'),
    KEY_BYTES,
    options(params),
  );
}

/** The data key wrapped by `kek`: base64 of nonce ‖ tag ‖ ciphertext. */
export function seal(dataKey: Buffer, kek: Buffer): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
}

/** The data key, or null if `kek` is not the one that sealed it (a wrong passphrase). */
export function unseal(sealed: string, kek: Buffer): Buffer | null {
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length !== NONCE_BYTES + TAG_BYTES + KEY_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, bytes.subarray(0, NONCE_BYTES));
    decipher.setAAD(AAD);
    decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}

/** Constant-time comparison of a derived hash with the stored one (base64). */
export function sameHash(derived: Buffer, stored: string): boolean {
  const expected = Buffer.from(stored, 'base64');
  return expected.length === derived.length && timingSafeEqual(expected, derived);
}
