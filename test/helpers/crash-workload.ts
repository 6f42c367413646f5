import type { Method } from '../../shared/contract';
import type { Db } from '../../electron/core/db/open';

/*
 * The writes the crash-safety test drives, and how to find each one again in the database.
 * A write is described by the facts it establishes (`key → value`). The child prints a write's
 * facts before calling (intent, when they are known in advance) and after it was committed
 * (acknowledgement); after a kill, every key must hold its last acknowledged value, or the value
 * of the one write that was in flight.
 *
 * To cover a new kind of write (autosaved notes, actions, timer changes), add an operation to
 * `OPERATIONS` and a reader for its fact prefix to `READERS`.
 */

export type Fact = [key: string, value: string];

export interface ChildState {
  seed: number;
  seq: number;
  organizations: string[];
  random: () => number;
}

export interface Operation {
  method: Method;
  input: unknown;
  /** Facts known before the call (updates); written as the intent line. */
  intent: Fact[];
  /** Facts established once the call succeeded. */
  facts(output: unknown): Fact[];
}

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items[Math.floor(random() * items.length)];

type Make = (s: ChildState) => Operation | undefined;

const OPERATIONS: { weight: number; make: Make }[] = [
  {
    weight: 3,
    make: (s) => {
      const name = `Org ${s.seed}-${s.seq}`;
      return {
        method: 'org.create',
        input: { name, notes: 'x'.repeat(Math.floor(s.random() * 2000)) },
        intent: [],
        facts: (out) => {
          const id = (out as { id: string }).id;
          s.organizations.push(id);
          return [[`org:${id}:name`, name]];
        },
      };
    },
  },
  {
    weight: 4,
    make: (s) => {
      const id = pick(s.organizations, s.random);
      if (!id) return undefined;
      const notes = `revision ${s.seed}-${s.seq}`;
      const facts: Fact[] = [[`org:${id}:notes`, notes]];
      return {
        method: 'org.update',
        input: { id, changes: { notes } },
        intent: facts,
        facts: () => facts,
      };
    },
  },
  {
    weight: 2,
    make: (s) => {
      const organizationId = pick(s.organizations, s.random);
      const name = `Person ${s.seed}-${s.seq}`;
      return {
        method: 'person.create',
        input: {
          name,
          ...(organizationId ? { membership: { organizationId, role: 'Lead' } } : {}),
        },
        intent: [],
        facts: (out) => {
          const id = (out as { id: string }).id;
          return [
            [`person:${id}:name`, name],
            ...(organizationId ? [[`membership:${id}:org`, organizationId] as Fact] : []),
          ];
        },
      };
    },
  },
  {
    weight: 2,
    make: (s) => {
      const theme = pick(['system', 'light', 'dark'] as const, s.random) ?? 'dark';
      const language = pick(['en', 'fr'] as const, s.random) ?? 'en';
      const facts: Fact[] = [
        ['settings:theme', JSON.stringify(theme)],
        ['settings:language', JSON.stringify(language)],
      ];
      return {
        method: 'settings.update',
        input: { theme, language },
        intent: facts,
        facts: () => facts,
      };
    },
  },
  {
    // A large transaction, so that some kills land in the middle of one.
    weight: 1,
    make: (s) => {
      const names = Array.from({ length: 30 }, (_, i) => `Bulk ${s.seed}-${s.seq}-${i}`);
      return {
        method: 'directory.importCsv',
        input: {
          entity: 'organizations',
          csv: `name,notes\n${names.map((n) => `${n},${'y'.repeat(300)}`).join('\n')}`,
        },
        intent: [],
        facts: () => names.map((n): Fact => [`orgByName:${n}`, n]),
      };
    },
  },
];

export function nextOperation(state: ChildState): Operation {
  const total = OPERATIONS.reduce((sum, op) => sum + op.weight, 0);
  for (;;) {
    let roll = state.random() * total;
    const chosen = OPERATIONS.find((op) => (roll -= op.weight) < 0) ?? OPERATIONS[0];
    const op = chosen?.make(state);
    if (op) return op;
  }
}

type Reader = (db: Db, id: string, field: string) => string | undefined;

const value = (row: unknown) =>
  row === undefined ? undefined : String(Object.values(row as object)[0]);

/** How to read each fact back, by the key's prefix. */
const READERS: Record<string, Reader> = {
  org: (db, id, field) =>
    value(
      db
        .prepare(`SELECT ${field === 'name' ? 'name' : 'notes'} FROM organizations WHERE id = ?`)
        .get(id),
    ),
  orgByName: (db, name) =>
    value(db.prepare('SELECT name FROM organizations WHERE name = ?').get(name)),
  person: (db, id) => value(db.prepare('SELECT name FROM people WHERE id = ?').get(id)),
  membership: (db, personId) =>
    value(db.prepare('SELECT organization_id FROM memberships WHERE person_id = ?').get(personId)),
  settings: (db, key) => value(db.prepare('SELECT value FROM settings WHERE key = ?').get(key)),
};

export function readFact(db: Db, key: string): string | undefined {
  const [prefix = '', id = '', field = ''] = key.split(':');
  const reader = READERS[prefix];
  if (!reader) throw new Error(`No reader for fact ${key}`);
  return reader(db, id, field);
}

/** A small seeded generator, so that a failing run can be replayed with its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
