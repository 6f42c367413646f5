import { describe, expect, it } from 'vitest';
import type { ExportedFile, Language, NetworkingSession } from '../../../shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes, oneOff } from '../../helpers/meetings';

/** A printer that keeps the page it was given and returns it as the "PDF" bytes. */
function recordingPrinter() {
  const pages: string[] = [];
  return {
    pages,
    printToPdf: (html: string) => {
      pages.push(html);
      return Promise.resolve(new TextEncoder().encode(`%PDF-1.7 fake\n${html}`));
    },
  };
}

const PEOPLE = [
  { name: 'Ana Tremblay', agency: 'Shelter North' },
  { name: 'Bo Li', agency: 'Community Health' },
  { name: '=HYPERLINK("http://evil.example")', agency: 'Food Bank' },
  { name: '<script>alert(1)</script>', agency: 'Housing First' },
  { name: 'Émile Roy', agency: '@Legal Aid' },
];

/** A speed-networking meeting on Nov 23, 2026 with five people in pairs, planned for 3 rounds. */
async function setUp(options: { printToPdf?: (html: string) => Promise<Uint8Array> } = {}) {
  const core = makeTestCore(options);
  const meeting = await core.ok(
    'meeting.create',
    oneOff({ title: 'Fall partners networking', kind: 'speed_networking', date: '2026-11-23' }),
  );
  for (const person of PEOPLE) {
    await core.ok('networking.addParticipant', { meetingId: meeting.id, participant: person });
  }
  await core.ok('networking.setFormat', {
    meetingId: meeting.id,
    format: { groupSize: 2, rounds: 3, switchSeconds: 60 },
  });
  const session = await core.ok('networking.plan', { meetingId: meeting.id });
  return { core, meetingId: meeting.id, session };
}

/** Round 1 and round 2 held (each is held from its start), round 3 still to come. */
async function holdTwoRounds(core: TestCore, meetingId: string): Promise<NetworkingSession> {
  await core.ok('networking.start', { meetingId });
  await core.ok('networking.advance', { meetingId }); // the switch after round 1
  const session = await core.ok('networking.advance', { meetingId }); // round 2
  expect(session.plan?.rounds.map((r) => r.held)).toEqual([true, true, false]);
  return session;
}

const exported = (
  core: TestCore,
  meetingId: string,
  format: 'plan_csv' | 'summary_csv' | 'cards_html' | 'cards_pdf',
  language: Language = 'en',
) => core.ok('networking.export', { meetingId, format, language });

/** The CSV's lines without the BOM and the final line end. */
const lines = (file: ExportedFile) =>
  file.content
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

const nameOf = (session: NetworkingSession, id: string) =>
  session.participants.find((p) => p.id === id)?.name ?? '';

describe('networking.summary', () => {
  it('lists, for everyone, who they shared a table with in the rounds held, by name', async () => {
    const { core, meetingId } = await setUp();
    const before = await core.ok('networking.summary', { meetingId });
    // Nothing held yet: everyone checked in is listed, having met nobody.
    expect(before.map((c) => c.met)).toEqual([[], [], [], [], []]);

    const session = await holdTwoRounds(core, meetingId);
    const summary = await core.ok('networking.summary', { meetingId });
    expect(summary.map((c) => c.name)).toEqual([
      '<script>alert(1)</script>',
      '=HYPERLINK("http://evil.example")',
      'Ana Tremblay',
      'Bo Li',
      'Émile Roy',
    ]);

    const [first, second, third] = session.plan?.rounds ?? [];
    for (const entry of summary) {
      const expected = [first, second].flatMap((round) => {
        const table = round?.tables.find((t) => t.includes(entry.participantId)) ?? [];
        return table
          .filter((id) => id !== entry.participantId)
          .map((id) => ({
            name: nameOf(session, id),
            agency: PEOPLE.find((p) => p.name === nameOf(session, id))?.agency,
            round: round?.number,
          }));
      });
      expect(entry.met).toEqual(expected);
      // Pairs of five: one partner per round seated, nobody while sitting out, nothing from round 3.
      const satOut = [first, second].filter((r) => r?.sittingOut.includes(entry.participantId));
      expect(entry.met).toHaveLength(2 - satOut.length);
      expect(entry.met.every((m) => m.round < 3)).toBe(true);
    }
    expect(third?.held).toBe(false);
    // Who met whom is symmetric.
    for (const entry of summary) {
      for (const other of entry.met) {
        const back = summary.find((c) => c.name === other.name);
        expect(back?.met).toContainEqual({
          name: entry.name,
          agency: entry.agency,
          round: other.round,
        });
      }
    }
  });

  it('refuses an unknown meeting', async () => {
    const core = makeTestCore();
    expect((await core.fails('networking.summary', { meetingId: 'nope' })).code).toBe('not_found');
  });
});

describe('networking.export: CSV', () => {
  it('writes the plan seat by seat, headers in the language asked, formulas defused', async () => {
    const { core, meetingId, session } = await setUp();
    const seen = changes(core);
    const file = await exported(core, meetingId, 'plan_csv');
    expect(file).toMatchObject({
      filename: 'roundtable-networking-plan-2026-11-23.csv',
      mimeType: 'text/csv; charset=utf-8',
      encoding: 'utf8',
    });
    expect(file.content.startsWith('\uFEFFRound,Table,Name,Agency\r\n')).toBe(true);
    const rows = lines(file).slice(1);
    // Five people in each of three rounds: two pairs and one sitting out.
    expect(rows).toHaveLength(15);
    const round1 = session.plan?.rounds[0];
    const [a, b] = round1?.tables[0] ?? [];
    expect(rows[0]).toContain(`1,1,`);
    expect(rows.slice(0, 2).map((r) => r.split(',')[2])).toEqual(
      [a, b].map((id) => {
        const name = nameOf(session, id ?? '');
        return name.startsWith('=') ? `"'${name.replace(/"/g, '""')}"` : name;
      }),
    );
    expect(rows.filter((r) => r.startsWith('1,Sitting out,'))).toHaveLength(1);
    // A formula typed as a name or agency reaches a spreadsheet as text.
    expect(file.content).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(file.content).toContain(`,'@Legal Aid`);
    expect(file.content).not.toMatch(/(^|,)=HYPERLINK/m);
    // Only the access log records the export.
    expect(seen).toEqual([['accessLog']]);

    const fr = await exported(core, meetingId, 'plan_csv', 'fr');
    expect(lines(fr)[0]).toBe('Tour,Table,Nom,Organisme');
    expect(lines(fr).filter((r) => r.startsWith('1,En pause,'))).toHaveLength(1);
  });

  it('writes the contacts summary a row per contact', async () => {
    const { core, meetingId } = await setUp();
    const empty = await exported(core, meetingId, 'summary_csv');
    expect(empty.content).toBe('\uFEFFParticipant,Agency,Met,Their agency,Round\r\n');
    expect(empty.filename).toBe('roundtable-networking-contacts-2026-11-23.csv');

    await holdTwoRounds(core, meetingId);
    const summary = await core.ok('networking.summary', { meetingId });
    const file = await exported(core, meetingId, 'summary_csv', 'fr');
    const rows = lines(file);
    expect(rows[0]).toBe('Participant,Organisme,Personne rencontrée,Son organisme,Tour');
    expect(rows.slice(1)).toHaveLength(summary.reduce((n, c) => n + c.met.length, 0));
    const ana = summary.find((c) => c.name === 'Ana Tremblay');
    for (const other of ana?.met ?? []) {
      const cell = other.name.startsWith('=') ? `"'${other.name.replace(/"/g, '""')}"` : other.name;
      const agency = other.agency.startsWith('@') ? `'${other.agency}` : other.agency;
      expect(rows).toContain(`Ana Tremblay,Shelter North,${cell},${agency},${other.round}`);
    }
  });

  it('refuses the plan and the cards before there is a plan, or when it is out of date', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff({ kind: 'speed_networking' }));
    await core.ok('networking.addParticipant', {
      meetingId: meeting.id,
      participant: { name: 'Ana Tremblay', agency: 'Shelter North' },
    });
    for (const format of ['plan_csv', 'cards_html', 'cards_pdf'] as const) {
      const error = await core.fails('networking.export', {
        meetingId: meeting.id,
        format,
        language: 'en',
      });
      expect(error.code).toBe('conflict');
    }

    const { core: planned, meetingId } = await setUp();
    const stale = await planned.ok('networking.addParticipant', {
      meetingId,
      participant: { name: 'Late Larry', agency: 'Library' },
    });
    expect(stale.planStale).toBe(true);
    const error = await planned.fails('networking.export', {
      meetingId,
      format: 'cards_html',
      language: 'en',
    });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/plan the rounds again/);
  });
});

describe('networking.export: cards', () => {
  it('prints every participant’s table and partners for each round, names as text', async () => {
    const { core, meetingId, session } = await setUp();
    const file = await exported(core, meetingId, 'cards_html');
    expect(file).toMatchObject({
      filename: 'roundtable-networking-cards-2026-11-23.html',
      mimeType: 'text/html; charset=utf-8',
      encoding: 'utf8',
    });
    const html = file.content;
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Fall partners networking — Monday, November 23, 2026');

    const cards = html.split('<article class="nw-card">').slice(1);
    expect(cards).toHaveLength(5);
    const escape = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const participant of session.participants) {
      const card = cards.find((c) =>
        c.includes(`class="nw-card-name">${escape(participant.name)}<`),
      );
      expect(card, participant.name).toBeDefined();
      for (const round of session.plan?.rounds ?? []) {
        const row = `<th scope="row" class="nw-round">${round.number}</th>`;
        const index = round.tables.findIndex((t) => t.includes(participant.id));
        if (index < 0) {
          expect(card).toContain(
            `${row}<td class="nw-table"><span aria-hidden="true">–</span></td>`,
          );
          expect(card).toContain('Sitting out this round');
          continue;
        }
        expect(card).toContain(`${row}<td class="nw-table">${index + 1}</td>`);
        for (const other of round.tables[index] ?? []) {
          if (other === participant.id) continue;
          expect(card).toContain(
            `<span class="nw-partner-name">${escape(nameOf(session, other))}</span>`,
          );
        }
      }
    }
  });

  it('speaks French when asked', async () => {
    const { core, meetingId } = await setUp();
    const { content } = await exported(core, meetingId, 'cards_html', 'fr');
    expect(content).toContain('<html lang="fr">');
    expect(content).toContain('lundi 23 novembre 2026');
    expect(content).toContain('>Vous rencontrez<');
    expect(content).toContain('En pause pour ce tour');
    expect(content).not.toContain('You meet');
  });

  it('prints the cards to PDF through the host’s printer', async () => {
    const printer = recordingPrinter();
    const { core, meetingId } = await setUp({ printToPdf: printer.printToPdf });
    const file = await exported(core, meetingId, 'cards_pdf', 'fr');
    expect(file).toMatchObject({
      filename: 'roundtable-networking-cards-2026-11-23.pdf',
      mimeType: 'application/pdf',
      encoding: 'base64',
    });
    expect(Buffer.from(file.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // It printed the very page the HTML export gives.
    expect(printer.pages).toEqual([(await exported(core, meetingId, 'cards_html', 'fr')).content]);
  });

  it('is unavailable as PDF where the host cannot print (browser mode)', async () => {
    const { core, meetingId } = await setUp();
    const error = await core.fails('networking.export', {
      meetingId,
      format: 'cards_pdf',
      language: 'en',
    });
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/print the cards/);
  });
});
