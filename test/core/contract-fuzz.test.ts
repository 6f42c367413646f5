import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, methods, type Method } from '../../shared/contract';
import { dumpDatabase } from '../helpers/db-snapshot';
import { makeTestCore, type TestCore } from '../helpers/core';

/*
 * Property-based fuzzing of the boundary. For every method in the contract (new ones are picked up
 * automatically), malformed inputs must come back as `invalid_input` — never `internal`, never a
 * throw — and must leave every table exactly as it was.
 */

const hostile: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  true,
  '',
  ' ',
  'x'.repeat(6_000_001),
  '\u0000\u202e\ud800',
  '🙂'.repeat(3000),
  'é'.normalize('NFD').repeat(300),
  "'; DROP TABLE organizations; --",
  '../../etc/passwd',
  [],
  [null],
  {},
  Object.create(null) as unknown,
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  { toString: 'not a function' },
  Array.from({ length: 2000 }, (_, i) => i),
  new Array(50).fill(null).reduce<unknown>((inner) => [inner], []),
];

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostile) },
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 50 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

/** Objects shaped like the method's input: some of its fields, wrong values, maybe an extra key. */
function inputsFor(method: Method): fc.Arbitrary<unknown> {
  const schema: z.ZodType = contract[method].input;
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const shaped =
    keys.length === 0
      ? fc.dictionary(fc.string({ maxLength: 10 }), value, { minKeys: 1, maxKeys: 3 })
      : fc
          .tuple(
            fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }),
            fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), value), {
              nil: undefined,
            }),
          )
          .map(([fields, extra]) => (extra ? { ...fields, [extra[0]]: extra[1] } : fields));
  return fc.oneof(value, shaped).filter((input) => !schema.safeParse(input).success);
}

let core: TestCore;

beforeAll(async () => {
  core = makeTestCore();
  // Some data, so that a malformed update or delete has something it could wrongly touch.
  const org = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
  await core.ok('org.create', { name: 'Community Health' });
  await core.ok('person.create', {
    name: 'Ana',
    membership: { organizationId: org.id, role: 'Lead' },
  });
  await core.ok('settings.update', { language: 'fr' });
});

describe('the boundary rejects malformed input for every contract method', () => {
  it('covers every method in the contract', () => {
    expect(methods.length).toBeGreaterThan(0);
    expect(new Set(methods)).toEqual(new Set(Object.keys(contract)));
  });

  it.each(methods)('%s', async (method) => {
    const before = dumpDatabase(core.db);
    await fc.assert(
      fc.asyncProperty(inputsFor(method), async (input) => {
        const result = await core.call(method, input);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(JSON.stringify(result.error)).not.toMatch(/SQLITE|at .+\.ts:\d+/);
        }
      }),
      { numRuns: 120, seed: 20261123 ^ method.length },
    );
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('refuses methods that are not in the contract', async () => {
    for (const name of ['org.drop', '__proto__', 'constructor', 'toString', '', 42, null]) {
      const result = await core.call(name as string, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });
});
