import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_CHARS, contract } from '../../../shared/contract';
import { migrate, type Migration } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { exportArchive, importArchive } from '../../../electron/core/storage/archive';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { dumpDatabase } from '../../helpers/db-snapshot';

async function withData(): Promise<TestCore> {
  const core = makeTestCore();
  const shelter = await core.ok('org.create', {
    name: 'Refuge Saint-Jérôme',
    shortName: 'RSJ',
    kind: 'funded_program',
    services: 'Hébergement d’urgence 🛏',
    lastVerified: '2026-10-01',
  });
  const health = await core.ok('org.create', { name: 'Community Health' });
  await core.ok('org.setArchived', { id: health.id, archived: true });
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    email: 'ana@example.org',
    membership: { organizationId: shelter.id, role: 'Coordinator', startDate: '2025-01-01' },
  });
  await core.ok('membership.add', {
    personId: ana.id,
    organizationId: health.id,
    endDate: '2024-12-31',
  });
  await core.ok('person.create', { name: 'Luc' });
  await core.ok('settings.update', { language: 'fr', theme: 'dark' });
  // The glossary refers to itself (redirects, links both ways, a merge into a later row).
  const duplicate = await core.ok('glossary.add', { en: { term: 'OW program' } });
  const ow = await core.ok('glossary.add', {
    en: { term: 'Ontario Works', abbreviations: ['OW'] },
    fr: { term: 'Ontario au travail', definition: 'Aide financière de la province.' },
    meanings: [{ organizationId: shelter.id, en: 'Our intake stream.' }],
  });
  const welfare = await core.ok('glossary.add', {
    en: { term: 'Welfare' },
    status: 'deprecated',
    preferredId: ow.id,
    seeAlso: [ow.id],
  });
  await core.ok('glossary.merge', { keepId: welfare.id, mergeId: duplicate.id });
  await core.ok('glossary.ignoreAcronym', { acronym: 'TBD', ignored: true });
  return core;
}

type Archive = {
  manifest: Record<string, unknown>;
  tables: Record<string, Record<string, unknown>[]>;
};

describe('the portable archive', () => {
  it('round-trips: export, import into a fresh database, every table equal', async () => {
    const source = await withData();
    const exported = await source.ok('data.exportArchive', {});
    expect(exported.filename).toBe('roundtable-archive-2026-11-23.json');
    expect(exported.manifest).toEqual({
      app: 'roundtable',
      schemaVersion: migrations.length,
      exportedAt: source.clock.now(),
      tables: {
        access_log: 0,
        action_reviews: 0,
        actions: 0,
        agenda_items: 0,
        attendance: 0,
        case_agencies: 0,
        case_code_counters: 0,
        case_reviews: 0,
        cases: 0,
        change_notices: 0,
        decisions: 0,
        glossary_concepts: 3,
        glossary_ignored_acronyms: 1,
        glossary_links: 2,
        glossary_meanings: 1,
        meetings: 0,
        networking_contacts: 0,
        networking_participants: 0,
        networking_rounds: 0,
        networking_sessions: 0,
        memberships: 2,
        org_connections: 0,
        organizations: 2,
        partner_contacts: 0,
        partner_profiles: 0,
        people: 2,
        series: 0,
        series_exceptions: 0,
        settings: 2,
        significant_changes: 0,
        system_issue_raises: 0,
        system_issue_tags: 0,
        system_issues: 0,
        templates: 0,
      },
    });

    const target = makeTestCore();
    // A language chosen before importing is a preference, not a record: the import may proceed.
    await target.ok('settings.update', { language: 'en' });
    const events: unknown[] = [];
    target.onEvent((e) => events.push(e.payload));
    expect(await target.ok('data.importArchive', { json: exported.json })).toEqual({
      manifest: exported.manifest,
    });
    expect(events).toEqual([{ domains: ['*'] }, { domains: ['accessLog'] }]);
    // Equal but for the access log: each side records its own export or import.
    const { access_log: sourceLog, ...sourceRows } = dumpDatabase(source.db);
    const { access_log: targetLog, ...targetRows } = dumpDatabase(target.db);
    expect(targetRows).toEqual(sourceRows);
    expect([sourceLog, targetLog]).toMatchObject([[{ action: 'export' }], [{ action: 'archive' }]]);
    // Search still works: derived columns travel with their rows.
    expect(await target.ok('org.list', { query: 'hebergement' })).toHaveLength(1);
    const found = await target.ok('glossary.list', { language: 'fr', query: 'financiere' });
    expect(found.items.map((c) => c.fr.term)).toEqual(['Ontario au travail']);
    expect((await target.ok('glossary.list', { language: 'en' })).total).toBe(2);
  });

  it('imports only into an empty database', async () => {
    const exported = await (await withData()).ok('data.exportArchive', {});
    const target = makeTestCore();
    await target.ok('org.create', { name: 'Already here' });
    const before = dumpDatabase(target.db);
    expect(await target.fails('data.importArchive', { json: exported.json })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/only into an empty database/),
    });
    expect(dumpDatabase(target.db)).toEqual(before);
  });

  it('refuses what is not a sound archive of a version it knows, all or nothing', async () => {
    const { json } = await (await withData()).ok('data.exportArchive', {});
    const edit = (change: (a: Archive) => void) => {
      const archive = JSON.parse(json) as Archive;
      change(archive);
      return JSON.stringify(archive);
    };
    const target = makeTestCore();
    const before = dumpDatabase(target.db);
    const cases: [string, string, RegExp][] = [
      ['{ not json', 'invalid_input', /not valid JSON/],
      ['{"hello": "world"}', 'invalid_input', /not a Roundtable archive/],
      [
        edit((a) => (a.manifest.schemaVersion = migrations.length + 1)),
        'conflict',
        new RegExp(`newer version of Roundtable \\(schema ${migrations.length + 1}`),
      ],
      [edit((a) => a.tables.people!.pop()), 'invalid_input', /incomplete: the table people/],
      [
        edit((a) => {
          a.tables.secrets = [];
          (a.manifest.tables as Record<string, number>).secrets = 0;
        }),
        'invalid_input',
        /table this version of Roundtable does not know: secrets/,
      ],
      [
        edit((a) => (a.tables.people![0]!.shoe_size = 42)),
        'invalid_input',
        /column this version does not know: shoe_size/,
      ],
      [
        edit((a) => (a.tables.organizations![1]!.kind = 'agency')),
        'invalid_input',
        /Row 2 of organizations does not fit/,
      ],
      [
        edit((a) => (a.tables.memberships![0]!.person_id = 'nobody')),
        'invalid_input',
        /refer to records it does not contain/,
      ],
      [
        edit((a) => (a.tables.people![0]!.name = { evil: true } as never)),
        'invalid_input',
        /damaged or incomplete/,
      ],
      [
        edit((a) => {
          // A name every object inherits must not find the inherited member.
          a.tables['constructor'] = [];
          (a.manifest.tables as Record<string, number>)['constructor'] = 0;
        }),
        'invalid_input',
        /does not know: constructor/,
      ],
    ];
    for (const [archive, code, message] of cases) {
      expect(await target.fails('data.importArchive', { json: archive })).toMatchObject({
        code,
        message: expect.stringMatching(message),
      });
      expect(dumpDatabase(target.db)).toEqual(before);
    }
  });

  it('bounds the archive size in the contract', () => {
    const input = contract['data.importArchive'].input;
    expect(input.safeParse({ json: 'x'.repeat(MAX_ARCHIVE_CHARS + 1) }).success).toBe(false);
  });

  it('imports an archive from an older schema by migrating it up on the way in', () => {
    // A future migration, to show the path an archive from today takes once the next one ships.
    const today = migrations.length;
    const unshipped: Migration = {
      version: today + 1,
      name: `${String(today + 1).padStart(4, '0')}-test-terms`,
      up: (db) =>
        db.exec(`
          ALTER TABLE people ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';
          CREATE TABLE terms (id TEXT PRIMARY KEY, term TEXT NOT NULL) STRICT;
          INSERT INTO terms (id, term) SELECT 'from-' || id, short_name FROM organizations WHERE short_name <> '';
        `),
    };
    const future = [...migrations, unshipped];
    const old = new Database(':memory:');
    migrate(old, migrations);
    old.exec(`
      INSERT INTO organizations (id, name, name_key, short_name, short_key, kind, created_at, updated_at) VALUES ('o1', 'Shelter', 'shelter', 'SH', 'sh', 'other', 1, 1);
      INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES ('p1', 'Ana', 'ana', 1, 1);
    `);
    const { json } = exportArchive(old, 5);

    const current = new Database(':memory:');
    current.pragma('foreign_keys = ON');
    migrate(current, future);
    expect(importArchive(current, json, future).schemaVersion).toBe(today);
    expect(current.prepare('SELECT name, pronouns FROM people').all()).toEqual([
      { name: 'Ana', pronouns: '' },
    ]);
    expect(current.prepare('SELECT id, term FROM terms').all()).toEqual([
      { id: 'from-o1', term: 'SH' },
    ]);
  });
});
