import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../helpers/db-snapshot';
import { makeTestCore } from '../../helpers/core';

const ORGS = `name,short_name,kind,services,phone,email,website,address,notes,last_verified,status
Société d'aide à l'enfance,SAE,funded program,"Protection de l'enfance, familles",613-555-0100,info@sae.example,sae.example,"1 rue Principale, Ottawa",,2026-10-01,active
Centre de santé communautaire,CSC,partenaire externe,Santé,,,,,,,archived
`;

describe('directory CSV import and export', () => {
  it('imports organizations with accents, French kind words and status, and skips ones already there', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Centre de santé communautaire' });
    const result = await core.ok('directory.importCsv', {
      entity: 'organizations',
      csv: `\uFEFF${ORGS}`,
    });
    expect(result).toEqual({
      created: 1,
      skipped: [{ line: 3, name: 'Centre de santé communautaire' }],
      ignoredColumns: [],
    });
    const [sae] = await core.ok('org.list', { query: 'societe d aide' });
    expect(sae).toMatchObject({
      name: "Société d'aide à l'enfance",
      kind: 'funded_program',
      services: "Protection de l'enfance, familles",
      address: '1 rue Principale, Ottawa',
      lastVerified: '2026-10-01',
    });
  });

  it('accepts French headers and ignores columns it does not use, saying which', async () => {
    const core = makeTestCore();
    const csv =
      'Nom;Sigle;Courriel;Couleur préférée\nRefuge du Nord;RDN;contact@rdn.example;bleu\n';
    const result = await core.ok('directory.importCsv', { entity: 'organizations', csv });
    expect(result).toMatchObject({ created: 1, ignoredColumns: ['Couleur préférée'] });
    expect((await core.ok('org.list', {}))[0]).toMatchObject({
      shortName: 'RDN',
      email: 'contact@rdn.example',
    });
  });

  it('rejects a malformed file with the line and reason, importing nothing', async () => {
    const core = makeTestCore();
    const before = dumpDatabase(core.db);
    const csv =
      'name,email,kind\nGood One,good@example.org,other\nBad One,not-an-email,other\nThird,,spaceship\n';
    const error = await core.fails('directory.importCsv', { entity: 'organizations', csv });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: ['line', 3, 'email'], message: 'invalidEmail' },
      { path: ['line', 4, 'kind'], message: 'invalidKind' },
    ]);
    expect(error.message).toContain('line 3');
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('reports the true line of a row after a quoted multi-line cell, and unclosed quotes', async () => {
    const core = makeTestCore();
    const csv = 'name,notes\n"A","two\nlines"\n"B",ok\n"",x\n';
    const error = await core.fails('directory.importCsv', { entity: 'organizations', csv });
    expect(error.issues).toEqual([{ path: ['line', 5, 'name'], message: 'required' }]);
    const unclosed = await core.fails('directory.importCsv', {
      entity: 'organizations',
      csv: 'name\n"Open quote\n',
    });
    expect(unclosed.issues?.[0]).toMatchObject({ message: 'unclosedQuote' });
  });

  it('rejects a file without a name column, an empty file and a duplicate within the file', async () => {
    const core = makeTestCore();
    expect(
      (await core.fails('directory.importCsv', { entity: 'people', csv: 'email\na@b.ca\n' }))
        .issues,
    ).toEqual([{ path: ['line', 1, 'name'], message: 'missingColumn' }]);
    expect(
      (await core.fails('directory.importCsv', { entity: 'people', csv: '  \n' })).issues?.[0]
        ?.message,
    ).toBe('emptyFile');
    expect(
      (await core.fails('directory.importCsv', { entity: 'organizations', csv: 'name\nA\na\n' }))
        .issues,
    ).toEqual([{ path: ['line', 3, 'name'], message: 'duplicateInFile' }]);
  });

  it('rejects people at an unknown organization', async () => {
    const core = makeTestCore();
    const error = await core.fails('directory.importCsv', {
      entity: 'people',
      csv: 'name,organization\nAna,Nowhere Agency\n',
    });
    expect(error.issues).toEqual([
      { path: ['line', 2, 'organization'], message: 'unknownOrganization' },
    ]);
    expect(await core.ok('person.list', { includeArchived: true })).toEqual([]);
  });

  it('round-trips people with their job history through export and import', async () => {
    const source = makeTestCore();
    await source.ok('directory.importCsv', { entity: 'organizations', csv: ORGS });
    const [sae] = await source.ok('org.list', { query: 'SAE' });
    const [csc] = await source.ok('org.list', { query: 'CSC', includeArchived: true });
    const ana = await source.ok('person.create', {
      name: 'Anaïs Côté',
      email: 'anais@example.org',
      phone: '+1 613 555-0199',
      membership: {
        organizationId: csc!.id,
        role: 'Infirmière',
        startDate: '2020-01-01',
        endDate: '2024-12-31',
      },
    });
    await source.ok('membership.add', {
      personId: ana.id,
      organizationId: sae!.id,
      role: 'Coordonnatrice',
      startDate: '2025-01-01',
    });
    await source.ok('person.create', { name: 'Bob Without Org' });

    const orgs = await source.ok('directory.exportCsv', { entity: 'organizations' });
    const people = await source.ok('directory.exportCsv', { entity: 'people' });
    expect(people.filename).toBe('roundtable-people-2026-11-23.csv');
    expect(
      people.csv.startsWith(
        '\uFEFFname,email,phone,notes,organization,role,start_date,end_date,status\r\n',
      ),
    ).toBe(true);
    expect(people.csv).toContain('Anaïs Côté');
    // A phone number is not mistaken for a formula and stays readable.
    expect(people.csv).toContain(',+1 613 555-0199,');

    const target = makeTestCore();
    expect(
      await target.ok('directory.importCsv', { entity: 'organizations', csv: orgs.csv }),
    ).toMatchObject({ created: 2 });
    expect(
      await target.ok('directory.importCsv', { entity: 'people', csv: people.csv }),
    ).toMatchObject({ created: 2 });
    const [copy] = await target.ok('person.list', { query: 'anais' });
    const history = (await target.ok('person.get', { id: copy!.id })).memberships;
    expect(history.map((m) => [m.organizationName, m.role, m.startDate, m.endDate])).toEqual([
      ["Société d'aide à l'enfance", 'Coordonnatrice', '2025-01-01', null],
      ['Centre de santé communautaire', 'Infirmière', '2020-01-01', '2024-12-31'],
    ]);
    expect(
      (await target.ok('org.list', { includeArchived: true })).find((o) => o.shortName === 'CSC')
        ?.archivedAt,
    ).not.toBeNull();
    // Importing the same files again creates nothing new.
    expect(
      await target.ok('directory.importCsv', { entity: 'people', csv: people.csv }),
    ).toMatchObject({ created: 0 });
  });

  it('defuses spreadsheet formulas on export and restores the text on import', async () => {
    const core = makeTestCore();
    await core.ok('org.create', {
      name: '=HYPERLINK("http://evil.example","x")',
      notes: '@SUM(A1)',
    });
    const { csv } = await core.ok('directory.exportCsv', { entity: 'organizations' });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(",'@SUM(A1),");
    const copy = makeTestCore();
    await copy.ok('directory.importCsv', { entity: 'organizations', csv });
    expect((await copy.ok('org.list', {}))[0]).toMatchObject({
      name: '=HYPERLINK("http://evil.example","x")',
      notes: '@SUM(A1)',
    });
  });

  it('keeps two people who share a name but not their email apart, and recognises them again', async () => {
    const core = makeTestCore();
    await core.ok('directory.importCsv', {
      entity: 'organizations',
      csv: 'name\nAide de secours\nCarrefour jeunesse emploi\n',
    });
    const csv = `name,email,organization
Marie Tremblay,marie.t@ads.org,Aide de secours
Marie Tremblay,mtremblay@cje.org,Carrefour jeunesse emploi
`;
    expect(await core.ok('directory.importCsv', { entity: 'people', csv })).toMatchObject({
      created: 2,
    });
    const people = await core.ok('person.list', {});
    expect(people.map((p) => [p.email, p.current.map((m) => m.organizationName)])).toEqual([
      ['marie.t@ads.org', ['Aide de secours']],
      ['mtremblay@cje.org', ['Carrefour jeunesse emploi']],
    ]);
    expect(await core.ok('directory.importCsv', { entity: 'people', csv })).toMatchObject({
      created: 0,
      skipped: [
        { line: 2, name: 'Marie Tremblay' },
        { line: 3, name: 'Marie Tremblay' },
      ],
    });
  });

  it('refuses a role or dates given without an organization rather than dropping them', async () => {
    const core = makeTestCore();
    const error = await core.fails('directory.importCsv', {
      entity: 'people',
      csv: 'name,organization,role,start_date\nAna,,Nurse,2024-01-01\n',
    });
    expect(error.issues).toEqual([
      { path: ['line', 2, 'organization'], message: 'organizationRequired' },
    ]);
  });

  it('refuses text damaged by a wrong encoding, naming the line', async () => {
    const core = makeTestCore();
    const error = await core.fails('directory.importCsv', {
      entity: 'organizations',
      csv: 'name\nRefuge du Nord\nCentre d\uFFFDpannage Fr\uFFFDd\uFFFDric\n',
    });
    expect(error.issues).toEqual([{ path: ['line', 3], message: 'notUtf8' }]);
    expect(await core.ok('org.list', {})).toEqual([]);
  });
});
