import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes, oneOff } from '../../helpers/meetings';
import { dumpDatabase } from '../../helpers/db-snapshot';

/** A speed-networking meeting on 2026-12-01, 9:30–11:00 (90 minutes). */
async function networkingMeeting(core: TestCore) {
  return core.ok(
    'meeting.create',
    oneOff({ title: 'Réseautage éclair', kind: 'speed_networking' }),
  );
}

const onTheSpot = (name: string, agency = '') => ({ name, agency });

/** Simulates the run handlers having started the event (they own that step). */
const markStarted = (core: TestCore, meetingId: string) =>
  core.db
    .prepare("UPDATE networking_sessions SET phase = 'round', round = 1 WHERE meeting_id = ?")
    .run(meetingId);

describe('networking.get', () => {
  it('creates the session with its defaults on first read, without telling anyone', async () => {
    const core = makeTestCore();
    const meeting = await networkingMeeting(core);
    const seen = changes(core);
    const session = await core.ok('networking.get', { meetingId: meeting.id });
    expect(session).toEqual({
      meetingId: meeting.id,
      meetingTitle: 'Réseautage éclair',
      seriesId: null,
      format: {
        groupSize: 2,
        rounds: 1,
        roundSeconds: 420,
        switchSeconds: 60,
        autoAdvance: true,
        separateSameOrg: true,
        useHistory: true,
        seed: Math.floor(core.clock.now() / 1000) % (2 ** 31 - 1),
      },
      advice: { rounds: 0, reason: 'too_few', people: 0, agencySize: null },
      participants: [],
      keepApart: [],
      plan: null,
      planStale: false,
      run: { phase: 'setup', round: 0, timer: null },
      undo: null,
      historyPairs: 0,
    });
    expect(seen).toEqual([]);
    // A second read finds the same session.
    expect(await core.ok('networking.get', { meetingId: meeting.id })).toEqual(session);
  });

  it('refuses a meeting of another kind and an unknown meeting', async () => {
    const core = makeTestCore();
    const committee = await core.ok('meeting.create', oneOff());
    const error = await core.fails('networking.get', { meetingId: committee.id });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['meetingId'], message: 'notNetworking' }],
    });
    expect((await core.fails('networking.get', { meetingId: 'nope' })).code).toBe('not_found');
  });
});

describe('networking.setFormat and the suggested rounds', () => {
  it('follows the advice as people are added, within the meeting’s time, until set by hand', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    const add = (name: string) =>
      core.ok('networking.addParticipant', { meetingId, participant: onTheSpot(name) });
    await add('P1');
    let session = await add('P2');
    expect(session.advice).toMatchObject({ rounds: 1, reason: 'pairs_even', people: 2 });
    expect(session.format.rounds).toBe(1);
    session = await add('P3');
    expect(session.advice).toMatchObject({ rounds: 3, reason: 'pairs_odd' });
    expect(session.format.rounds).toBe(3);
    for (let i = 4; i <= 14; i++) session = await add(`P${i}`);
    // 13 rounds would meet everyone once, but 90 minutes hold 11 rounds of 7 + 1 minutes.
    expect(session.advice).toMatchObject({ rounds: 13, reason: 'pairs_even', people: 14 });
    expect(session.format.rounds).toBe(11);
    // Tables of 4: floor(13 / 3) = 4.
    session = await core.ok('networking.setFormat', { meetingId, format: { groupSize: 4 } });
    expect(session.advice).toMatchObject({ rounds: 4, reason: 'tables' });
    expect(session.format.rounds).toBe(4);

    session = await core.ok('networking.setFormat', { meetingId, format: { rounds: 6 } });
    expect(session.format.rounds).toBe(6);
    session = await add('P15');
    expect(session.format.rounds).toBe(6);
  });

  it('saves the format, and after the start only the rounds and timings may change', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    const seen = changes(core);
    const session = await core.ok('networking.setFormat', {
      meetingId,
      format: { roundSeconds: 300, switchSeconds: 30, autoAdvance: false, useHistory: false },
    });
    expect(session.format).toMatchObject({
      roundSeconds: 300,
      switchSeconds: 30,
      autoAdvance: false,
      useHistory: false,
    });
    expect(seen).toEqual([['networking']]);
    const bad = await core.fails('networking.setFormat', { meetingId, format: { groupSize: 9 } });
    expect(bad.code).toBe('invalid_input');

    markStarted(core, meetingId);
    const locked = await core.fails('networking.setFormat', {
      meetingId,
      format: { groupSize: 3, roundSeconds: 240 },
    });
    expect(locked).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['format', 'groupSize'], message: 'eventStarted' }],
    });
    // Sending an unchanged value along is fine.
    const live = await core.ok('networking.setFormat', {
      meetingId,
      format: { groupSize: 2, roundSeconds: 240, rounds: 5 },
    });
    expect(live.format).toMatchObject({ roundSeconds: 240, rounds: 5 });
    const tooFew = await core.fails('networking.setFormat', { meetingId, format: { rounds: 0 } });
    expect(tooFew.code).toBe('invalid_input');
  });
});

describe('networking.addParticipant', () => {
  it('adds someone from the directory with the name and agency of their current job', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
    const ana = await core.ok('person.create', {
      name: 'Ana Tremblay',
      membership: { organizationId: shelter.id },
    });
    const loner = await core.ok('person.create', { name: 'Léa Roy' });
    const { id: meetingId } = await networkingMeeting(core);
    const seen = changes(core);
    await core.ok('networking.addParticipant', { meetingId, participant: { personId: ana.id } });
    const session = await core.ok('networking.addParticipant', {
      meetingId,
      participant: { personId: loner.id, host: true },
    });
    expect(session.participants).toEqual([
      {
        id: expect.any(String),
        personId: ana.id,
        name: 'Ana Tremblay',
        organizationId: shelter.id,
        agency: 'Shelter North',
        host: false,
        present: true,
        fromRound: 1,
        leftAfterRound: null,
      },
      expect.objectContaining({
        personId: loner.id,
        name: 'Léa Roy',
        organizationId: null,
        agency: '',
        host: true,
      }),
    ]);
    expect(seen).toEqual([['networking'], ['networking']]);
    const unknown = await core.fails('networking.addParticipant', {
      meetingId,
      participant: { personId: 'nobody' },
    });
    expect(unknown.code).toBe('not_found');
  });

  it('adds someone on the spot, linking an agency typed as a directory organization', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
    const { id: meetingId } = await networkingMeeting(core);
    let session = await core.ok('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('Marc Gagnon', 'sn'),
    });
    expect(session.participants[0]).toMatchObject({
      personId: null,
      name: 'Marc Gagnon',
      organizationId: shelter.id,
      agency: 'Shelter North',
    });
    session = await core.ok('networking.addParticipant', {
      meetingId,
      participant: { name: 'Zoé Lavoie', agency: 'Maison Sud', present: false },
    });
    expect(session.participants[1]).toMatchObject({
      organizationId: null,
      agency: 'Maison Sud',
      present: false,
    });
    // Only present people count towards the advice.
    expect(session.advice.people).toBe(1);
    const nameless = await core.fails('networking.addParticipant', {
      meetingId,
      participant: { agency: 'Maison Sud' },
    });
    expect(nameless).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['participant', 'name'], message: 'required' }],
    });
  });

  it('links someone typed in to the directory person working at that agency', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const ana = await core.ok('person.create', {
      name: 'Ana Tremblay',
      membership: { organizationId: shelter.id },
    });
    const { id: meetingId } = await networkingMeeting(core);
    const session = await core.ok('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('ana tremblay', 'Shelter North'),
    });
    expect(session.participants[0]).toMatchObject({ personId: ana.id, name: 'ana tremblay' });
  });

  it('refuses the same person twice, and the same name and agency twice', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Shelter North' });
    const ana = await core.ok('person.create', {
      name: 'Ana Tremblay',
      membership: { organizationId: shelter.id },
    });
    const { id: meetingId } = await networkingMeeting(core);
    await core.ok('networking.addParticipant', { meetingId, participant: { personId: ana.id } });
    const again = await core.fails('networking.addParticipant', {
      meetingId,
      participant: { personId: ana.id, agency: 'Elsewhere' },
    });
    expect(again).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['participant', 'name'], message: 'alreadyParticipant' }],
    });
    await core.ok('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('Zoé Lavoie', 'Maison Sud'),
    });
    const sameName = await core.fails('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('ZOE  lavoie', 'maison sud'),
    });
    expect(sameName.code).toBe('conflict');
    // Same name at another agency is another person.
    await core.ok('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('Zoé Lavoie', 'CLSC Est'),
    });
  });

  it('refuses to add or remove once the event has started, pointing to arrivals and departures', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    const session = await core.ok('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('Ana'),
    });
    markStarted(core, meetingId);
    const add = await core.fails('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('Bob'),
    });
    expect(add.code).toBe('conflict');
    expect(add.message).toContain('Arrives');
    const remove = await core.fails('networking.removeParticipant', {
      id: session.participants[0]!.id,
    });
    expect(remove.code).toBe('conflict');
    expect(remove.message).toContain('Leaves');
    const absent = await core.fails('networking.updateParticipant', {
      id: session.participants[0]!.id,
      changes: { present: false },
    });
    expect(absent.code).toBe('conflict');
    // A typo can still be fixed.
    const fixed = await core.ok('networking.updateParticipant', {
      id: session.participants[0]!.id,
      changes: { name: 'Anna' },
    });
    expect(fixed.participants[0]!.name).toBe('Anna');
  });
});

describe('networking.updateParticipant and removeParticipant', () => {
  it('checks people in, makes hosts, relinks a retyped agency and refuses a clash', async () => {
    const core = makeTestCore();
    const health = await core.ok('org.create', { name: 'Community Health', shortName: 'CH' });
    const { id: meetingId } = await networkingMeeting(core);
    await core.ok('networking.addParticipant', {
      meetingId,
      participant: { name: 'Ana', agency: 'Maison Sud', present: false },
    });
    let session = await core.ok('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('Bob', 'CH'),
    });
    const [ana, bob] = session.participants;
    session = await core.ok('networking.updateParticipant', {
      id: ana!.id,
      changes: { present: true, host: true, agency: 'ch' },
    });
    expect(session.participants[0]).toMatchObject({
      present: true,
      host: true,
      organizationId: health.id,
      agency: 'Community Health',
    });
    session = await core.ok('networking.updateParticipant', {
      id: bob!.id,
      changes: { organizationId: null, agency: 'Freelance' },
    });
    expect(session.participants[1]).toMatchObject({ organizationId: null, agency: 'Freelance' });
    const clash = await core.fails('networking.updateParticipant', {
      id: bob!.id,
      changes: { name: 'ANA', agency: 'Community Health' },
    });
    expect(clash.code).toBe('conflict');
    expect((await core.fails('networking.updateParticipant', { id: 'x', changes: {} })).code).toBe(
      'not_found',
    );
  });

  it('removes someone and the pairs kept apart that named them', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    for (const name of ['Ana', 'Bob', 'Cam'])
      await core.ok('networking.addParticipant', { meetingId, participant: onTheSpot(name) });
    let session = await core.ok('networking.get', { meetingId });
    const [ana, bob, cam] = session.participants.map((p) => p.id);
    await core.ok('networking.setKeepApart', {
      meetingId,
      pairs: [
        [ana!, bob!],
        [bob!, cam!],
      ],
    });
    session = await core.ok('networking.removeParticipant', { id: ana! });
    expect(session.participants.map((p) => p.name)).toEqual(['Bob', 'Cam']);
    expect(session.keepApart).toEqual([[bob, cam]]);
  });
});

describe('networking.importCsv', () => {
  it('imports a French sign-up list, linking agencies and skipping people already listed', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Refuge du Nord', shortName: 'RDN' });
    const { id: meetingId } = await networkingMeeting(core);
    await core.ok('networking.addParticipant', {
      meetingId,
      participant: onTheSpot('Zoé Lavoie', 'Maison Sud'),
    });
    const seen = changes(core);
    const csv = [
      'Nom;Organisme;Courriel',
      'Ana Tremblay;RDN;ana@example.org',
      'Marc Gagnon;CLSC Est;',
      'zoe lavoie;maison sud;zoe@example.org',
      'Léa Roy;;',
      'ANA TREMBLAY;Refuge du Nord;',
    ].join('\n');
    const result = await core.ok('networking.importCsv', { meetingId, csv });
    expect(result.added).toBe(3);
    expect(result.skipped).toEqual([
      { line: 4, name: 'zoe lavoie' },
      { line: 6, name: 'ANA TREMBLAY' },
    ]);
    expect(result.session.participants.map((p) => [p.name, p.agency, p.organizationId])).toEqual([
      ['Zoé Lavoie', 'Maison Sud', null],
      ['Ana Tremblay', 'Refuge du Nord', shelter.id],
      ['Marc Gagnon', 'CLSC Est', null],
      ['Léa Roy', '', null],
    ]);
    expect(seen).toEqual([['networking']]);
  });

  it('joins first and family names from split columns', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    const result = await core.ok('networking.importCsv', {
      meetingId,
      csv: 'Prénom,Nom,Agence\nAna,Tremblay,Maison Sud\n',
    });
    expect(result.session.participants[0]).toMatchObject({
      name: 'Ana Tremblay',
      agency: 'Maison Sud',
    });
  });

  it('rejects a malformed file with its lines, importing nothing', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    await core.ok('networking.get', { meetingId });
    const before = dumpDatabase(core.db);
    const missingName = await core.fails('networking.importCsv', {
      meetingId,
      csv: 'name,agency\nAna,Maison Sud\n,CLSC Est\n',
    });
    expect(missingName).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['line', 3, 'name'], message: 'required' }],
    });
    const unclosed = await core.fails('networking.importCsv', {
      meetingId,
      csv: 'name,agency\nAna,Maison Sud\n"Bob,CLSC Est\n',
    });
    expect(unclosed.issues?.[0]?.message).toBe('unclosedQuote');
    const noNameColumn = await core.fails('networking.importCsv', {
      meetingId,
      csv: 'courriel,organisme\nana@example.org,Maison Sud\n',
    });
    expect(noNameColumn.issues).toEqual([{ path: ['line', 1, 'name'], message: 'missingColumn' }]);
    expect(dumpDatabase(core.db)).toEqual(before);
  });

  it('refuses an import once the event has started', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    await core.ok('networking.get', { meetingId });
    markStarted(core, meetingId);
    const error = await core.fails('networking.importCsv', { meetingId, csv: 'name\nAna\n' });
    expect(error.code).toBe('conflict');
  });
});

describe('networking.setKeepApart', () => {
  it('keeps pairs of this session’s participants, once each, and refuses others', async () => {
    const core = makeTestCore();
    const { id: meetingId } = await networkingMeeting(core);
    const other = await networkingMeeting(core);
    for (const name of ['Ana', 'Bob'])
      await core.ok('networking.addParticipant', { meetingId, participant: onTheSpot(name) });
    const outsider = await core.ok('networking.addParticipant', {
      meetingId: other.id,
      participant: onTheSpot('Cam'),
    });
    const [ana, bob] = (await core.ok('networking.get', { meetingId })).participants.map(
      (p) => p.id,
    );
    const seen = changes(core);
    const session = await core.ok('networking.setKeepApart', {
      meetingId,
      pairs: [
        [ana!, bob!],
        [bob!, ana!],
      ],
    });
    expect(session.keepApart).toEqual([[ana, bob]]);
    expect(seen).toEqual([['networking']]);
    const error = await core.fails('networking.setKeepApart', {
      meetingId,
      pairs: [
        [ana!, outsider.participants[0]!.id],
        [bob!, bob!],
      ],
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [
        { path: ['pairs', 0], message: 'notParticipant' },
        { path: ['pairs', 1], message: 'keepApartSelf' },
      ],
    });
    expect((await core.ok('networking.get', { meetingId })).keepApart).toEqual([[ana, bob]]);
  });
});
