import { existsSync, readFileSync } from 'node:fs';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract';
import { docFromText } from '../../../shared/domain/rich-text';
import type { Envelope, RpcEvent } from '../../../shared/rpc';
import type { LocalCore } from '../../../electron/core/create-core';
import { openCore, type VaultHost } from '../../../electron/core/open-core';
import type { KeyProtector, OsAuthenticator } from '../../../electron/core/ports';
import type { StorageOptions } from '../../../electron/core/storage/config';
import { keyFilePath, type KeyFile } from '../../../electron/core/vault/key-file';
import { fakeClock, type FakeClock } from '../../helpers/core';
import { oneOff } from '../../helpers/meetings';

/** scrypt at 2^12: the same code path as 2^17, in a few milliseconds (stored in the key file). */
export const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

export const PASSPHRASE = 'correct horse battery staple';

/** An OS keychain of one fake computer: what it wraps, only the same `machine` unwraps. */
export function fakeKeychain(machine = 1): KeyProtector & { available: boolean; machine: number } {
  const mask = (bytes: Buffer, m: number) =>
    Buffer.from(bytes.map((b, i) => b ^ ((m * 97 + i * 13) & 0xff)));
  const chain = {
    available: true,
    machine,
    isAvailable: () => chain.available,
    wrap: (secret: Buffer) =>
      Buffer.concat([Buffer.from([chain.machine]), mask(secret, chain.machine)]),
    unwrap: (wrapped: Buffer) => {
      if (wrapped[0] !== chain.machine) throw new Error('not this keychain’s secret');
      return mask(wrapped.subarray(1), chain.machine);
    },
  };
  return chain;
}

export function fakeTouchId(answer = true): OsAuthenticator & { prompts: string[] } {
  const prompts: string[] = [];
  return {
    prompts,
    canPrompt: () => true,
    prompt: (reason) => {
      prompts.push(reason);
      return Promise.resolve(answer);
    },
  };
}

export interface VaultCore {
  core: LocalCore;
  clock: FakeClock;
  events: RpcEvent[];
  logged: unknown[];
  ok<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  fails(
    method: Method,
    input: unknown,
  ): Promise<Extract<Envelope<unknown>, { ok: false }>['error']>;
}

/** Ids go on across cores: several cores open the same folder one after the other. */
let lastId = 0;

/** A core as the hosts open one, on `storage`, with a fake clock and cheap scrypt. */
export function startVaultCore(
  storage: StorageOptions,
  host: VaultHost = {},
  start = Date.UTC(2026, 10, 23, 14, 0),
): VaultCore {
  const { clock, schedule } = fakeClock(start);
  const logged: unknown[] = [];
  const core = openCore({
    storage,
    clock,
    schedule,
    newId: () => `id-${++lastId}`,
    log: (_m, e) => logged.push(e),
    vault: { scrypt: CHEAP_SCRYPT, ...host },
  });
  const events: RpcEvent[] = [];
  core.onEvent((e) => events.push(e));
  return {
    core,
    clock,
    events,
    logged,
    async ok(method, input) {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as MethodOutput<typeof method>;
    },
    async fails(method, input) {
      const result = await core.call(method, input);
      if (result.ok) throw new Error(`${method} succeeded but should have failed`);
      return result.error;
    },
  };
}

export const readKeyFile = (storage: StorageOptions): KeyFile =>
  JSON.parse(readFileSync(keyFilePath(storage), 'utf8')) as KeyFile;

/** The data key of an OS-protected folder, as the keychain unwraps it. */
export function osKeyOf(storage: StorageOptions, keychain: KeyProtector): Buffer {
  return keychain.unwrap(Buffer.from(readKeyFile(storage).key, 'base64'));
}

/** Whether `text` appears in the file's bytes, or in its WAL beside it (UTF-8 or UTF-16). */
export function onDisk(file: string, text: string): boolean {
  return [file, `${file}-wal`].some((f) => {
    if (!existsSync(f)) return false;
    const bytes = readFileSync(f);
    return (
      bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'))
    );
  });
}

/** A meeting with one agenda item whose notes say `text`. */
export async function writeNote(v: Pick<VaultCore, 'ok'>, text: string) {
  const meeting = await v.ok('meeting.create', oneOff());
  const item = await v.ok('agenda.add', {
    meetingId: meeting.id,
    item: { title: 'Case review', plannedMinutes: 15 },
  });
  await v.ok('note.save', { meetingId: meeting.id, itemId: item.id, doc: docFromText(text) });
  return { meeting, item };
}
