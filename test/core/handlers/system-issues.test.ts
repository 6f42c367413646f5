import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { changes, oneOff } from '../../helpers/meetings';

async function logWithThree(core: TestCore) {
  const meeting = await core.ok('meeting.create', oneOff({ title: 'Case consultation' }));
  const beds = await core.ok('systemIssue.add', {
    title: 'No detox beds on weekends',
    description: 'People discharged on Friday wait until Monday.',
    tags: ['Addictions', ' discharge planning ', 'ADDICTIONS', 'Discharge  planning'],
    meetingId: meeting.id,
    raisedOn: '2026-10-06',
  });
  const intake = await core.ok('systemIssue.add', {
    title: 'Intake forms differ between agencies',
    category: 'change_needed',
    tags: ['intake'],
    raisedOn: '2026-11-17',
  });
  const rent = await core.ok('systemIssue.add', {
    title: 'Rent supplements run out in the fall',
    tags: ['housing_supply', 'funding'],
    raisedOn: '2026-09-01',
  });
  return { meeting, beds, intake, rent };
}

const titles = (list: { title: string }[]) => list.map((i) => i.title);

describe('system issues', () => {
  it('are added with their first raise, tags trimmed and de-duplicated whatever their case', async () => {
    const core = makeTestCore();
    const seen = changes(core);
    const { meeting, beds } = await logWithThree(core);
    expect(beds).toEqual({
      id: beds.id,
      title: 'No detox beds on weekends',
      description: 'People discharged on Friday wait until Monday.',
      category: 'difficulty',
      tags: ['Addictions', 'discharge planning'],
      status: 'open',
      raises: [
        {
          id: expect.any(String),
          meetingId: meeting.id,
          meetingTitle: 'Case consultation',
          raisedOn: '2026-10-06',
          note: '',
        },
      ],
      raisedCount: 1,
      lastRaised: '2026-10-06',
      createdAt: core.clock.now(),
      updatedAt: core.clock.now(),
    });
    expect(await core.ok('systemIssue.get', { id: beds.id })).toEqual(beds);
    expect(seen.slice(1)).toEqual([['systemIssues'], ['systemIssues'], ['systemIssues']]);
  });

  it('refuses a blank title, too many tags and a meeting that does not exist', async () => {
    const core = makeTestCore();
    expect(
      await core.fails('systemIssue.add', { title: '  ', raisedOn: '2026-11-23' }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: ['title'], message: 'required' }] });
    const tags = Array.from({ length: 21 }, (_, i) => `tag ${i}`);
    expect(
      await core.fails('systemIssue.add', { title: 'Waitlists', tags, raisedOn: '2026-11-23' }),
    ).toMatchObject({ code: 'invalid_input', issues: [{ path: ['tags'], message: 'tooMany' }] });
    expect(
      await core.fails('systemIssue.add', {
        title: 'Waitlists',
        meetingId: 'nope',
        raisedOn: '2026-11-23',
      }),
    ).toMatchObject({ code: 'not_found' });
    expect(await core.ok('systemIssue.list', {})).toEqual([]);
  });

  it('are raised again, and a raise is removed, but never the last one', async () => {
    const core = makeTestCore();
    const { meeting, intake } = await logWithThree(core);
    core.clock.advance(60_000);
    const again = await core.ok('systemIssue.raise', {
      id: intake.id,
      meetingId: meeting.id,
      raisedOn: '2026-12-01',
      note: '  Shelter North asked again  ',
    });
    expect(again.raises.map((r) => [r.raisedOn, r.meetingTitle, r.note])).toEqual([
      ['2026-11-17', null, ''],
      ['2026-12-01', 'Case consultation', 'Shelter North asked again'],
    ]);
    expect(again).toMatchObject({ raisedCount: 2, lastRaised: '2026-12-01' });
    expect(again.updatedAt).toBe(core.clock.now());

    const first = again.raises[0]!.id;
    const after = await core.ok('systemIssue.removeRaise', { id: intake.id, raiseId: first });
    expect(after).toMatchObject({ raisedCount: 1, lastRaised: '2026-12-01' });
    const last = after.raises[0]!.id;
    expect(
      await core.fails('systemIssue.removeRaise', { id: intake.id, raiseId: last }),
    ).toMatchObject({ code: 'conflict', message: expect.stringMatching(/Delete the issue/) });
    expect((await core.ok('systemIssue.get', { id: intake.id })).raisedCount).toBe(1);
    expect(
      await core.fails('systemIssue.removeRaise', { id: intake.id, raiseId: first }),
    ).toMatchObject({ code: 'not_found' });
  });

  it('are updated: fields, status and tags', async () => {
    const core = makeTestCore();
    const { rent } = await logWithThree(core);
    core.clock.advance(1_000);
    const updated = await core.ok('systemIssue.update', {
      id: rent.id,
      changes: { status: 'escalated', tags: ['Funding', 'funding', 'Seasonal '] },
    });
    expect(updated).toMatchObject({
      title: 'Rent supplements run out in the fall',
      status: 'escalated',
      tags: ['Funding', 'Seasonal'],
      updatedAt: core.clock.now(),
    });
    expect(
      await core.fails('systemIssue.update', { id: rent.id, changes: { title: '' } }),
    ).toMatchObject({ code: 'invalid_input' });
  });

  it('list by frequency (then recency) or by recency, filtered by tag, status and category', async () => {
    const core = makeTestCore();
    const { beds, intake, rent } = await logWithThree(core);
    await core.ok('systemIssue.raise', { id: rent.id, raisedOn: '2026-10-01' });
    await core.ok('systemIssue.raise', { id: beds.id, raisedOn: '2026-11-03' });
    await core.ok('systemIssue.raise', { id: beds.id, raisedOn: '2026-11-20' });
    // beds: 3 raises, last Nov 20; rent: 2, last Oct 1; intake: 1, last Nov 17.
    expect(titles(await core.ok('systemIssue.list', {}))).toEqual([
      'No detox beds on weekends',
      'Rent supplements run out in the fall',
      'Intake forms differ between agencies',
    ]);
    expect(titles(await core.ok('systemIssue.list', { sort: 'recent' }))).toEqual([
      'No detox beds on weekends',
      'Intake forms differ between agencies',
      'Rent supplements run out in the fall',
    ]);
    // Among equals in frequency, the most recently raised comes first.
    await core.ok('systemIssue.raise', { id: intake.id, raisedOn: '2026-11-18' });
    expect(titles(await core.ok('systemIssue.list', {})).slice(1)).toEqual([
      'Intake forms differ between agencies',
      'Rent supplements run out in the fall',
    ]);

    expect(titles(await core.ok('systemIssue.list', { tag: ' ADDICTIONS ' }))).toEqual([
      'No detox beds on weekends',
    ]);
    expect(await core.ok('systemIssue.list', { tag: 'transportation' })).toEqual([]);
    expect(titles(await core.ok('systemIssue.list', { category: 'change_needed' }))).toEqual([
      'Intake forms differ between agencies',
    ]);
    await core.ok('systemIssue.update', { id: rent.id, changes: { status: 'resolved' } });
    expect(titles(await core.ok('systemIssue.list', { status: 'resolved' }))).toEqual([
      'Rent supplements run out in the fall',
    ]);
  });

  it('are deleted and undeleted', async () => {
    const core = makeTestCore();
    const { beds } = await logWithThree(core);
    expect(await core.ok('systemIssue.delete', { id: beds.id })).toEqual({ id: beds.id });
    expect(titles(await core.ok('systemIssue.list', {}))).not.toContain(beds.title);
    expect(await core.fails('systemIssue.get', { id: beds.id })).toMatchObject({
      code: 'not_found',
    });
    expect(
      await core.fails('systemIssue.raise', { id: beds.id, raisedOn: '2026-11-23' }),
    ).toMatchObject({ code: 'not_found' });
    const back = await core.ok('systemIssue.undelete', { id: beds.id });
    expect(back).toMatchObject({ title: beds.title, tags: beds.tags, raisedCount: 1 });
    expect(titles(await core.ok('systemIssue.list', {}))).toContain(beds.title);
    expect(await core.fails('systemIssue.undelete', { id: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('keep their raises when the meeting is deleted, without its title', async () => {
    const core = makeTestCore();
    const { meeting, beds } = await logWithThree(core);
    core.db.prepare('DELETE FROM meetings WHERE id = ?').run(meeting.id);
    expect((await core.ok('systemIssue.get', { id: beds.id })).raises).toMatchObject([
      { meetingId: null, meetingTitle: null, raisedOn: '2026-10-06' },
    ]);
  });
});

describe('systemIssue.export', () => {
  it('writes CSV with a BOM, headers in the language asked, most raised first, formulas defused', async () => {
    const core = makeTestCore();
    const { beds } = await logWithThree(core);
    await core.ok('systemIssue.raise', { id: beds.id, raisedOn: '2026-11-20' });
    await core.ok('systemIssue.add', {
      title: '=HYPERLINK("http://evil")',
      raisedOn: '2026-08-01',
    });

    const en = await core.ok('systemIssue.export', { format: 'csv', language: 'en' });
    expect(en).toMatchObject({
      filename: 'system-issues-2026-11-23.csv',
      mimeType: 'text/csv; charset=utf-8',
      encoding: 'utf8',
    });
    const lines = en.content.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFTitle,Category,Tags,Status,Times raised,First raised,Last raised,Description',
    );
    expect(lines[1]).toBe(
      'No detox beds on weekends,Difficulty,Addictions; discharge planning,Open,2,2026-10-06,2026-11-20,People discharged on Friday wait until Monday.',
    );
    expect(en.content).toContain(`"'=HYPERLINK(""http://evil"")"`);

    const fr = await core.ok('systemIssue.export', {
      format: 'csv',
      language: 'fr',
      filter: { category: 'change_needed' },
    });
    expect(fr.filename).toBe('enjeux-systemiques-2026-11-23.csv');
    expect(fr.content.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFTitre,Catégorie,Étiquettes,État,Nombre de fois soulevé,Soulevé la première fois,Soulevé la dernière fois,Description',
      'Intake forms differ between agencies,Changement requis dans le système,Accueil et admission,Ouvert,1,2026-11-17,2026-11-17,',
    ]);
  });

  it('writes a short report in Markdown and HTML, escaped, in English or French', async () => {
    const core = makeTestCore();
    const { rent } = await logWithThree(core);
    await core.ok('systemIssue.update', {
      id: rent.id,
      changes: { description: 'Money for <b>rent</b> runs out.\n\nAsk the *funder* again.' },
    });
    await core.ok('systemIssue.raise', { id: rent.id, raisedOn: '2026-11-10' });

    const md = await core.ok('systemIssue.export', { format: 'markdown', language: 'en' });
    expect(md.filename).toBe('system-issues-2026-11-23.md');
    expect(md.content).toContain('# System issues\n');
    expect(md.content).toContain(
      'Report of Monday, November 23, 2026 — 3 issues, most often raised first.',
    );
    expect(md.content).toContain('## 1. Rent supplements run out in the fall');
    // Suggested tags are stored by key and named in the file's language.
    expect(md.content).toContain('- **Tags:** Housing supply, Funding');
    expect(md.content).toContain('- **Times raised:** 2');
    expect(md.content).toContain('- **First raised:** Sep 1, 2026');
    expect(md.content).toContain('- **Last raised:** Nov 10, 2026');
    expect(md.content).toContain(
      'Money for \\<b\\>rent\\</b\\> runs out.\n\nAsk the \\*funder\\* again.',
    );

    const html = await core.ok('systemIssue.export', {
      format: 'html',
      language: 'fr',
      filter: { tag: 'Funding', sort: 'recent' },
    });
    expect(html).toMatchObject({
      filename: 'enjeux-systemiques-2026-11-23.html',
      mimeType: 'text/html; charset=utf-8',
    });
    expect(html.content).toContain('<html lang="fr">');
    expect(html.content).toContain('<h1>Enjeux systémiques</h1>');
    expect(html.content).toContain('Rapport du lundi 23 novembre 2026 — 1 enjeu');
    expect(html.content).toContain('Filtre\u00a0: Étiquette\u00a0: Funding');
    expect(html.content).toContain('<dt>Catégorie\u00a0:</dt><dd>Difficulté</dd>');
    expect(html.content).toContain('<dd>Offre de logements, Financement</dd>');
    expect(html.content).toContain('Money for &lt;b&gt;rent&lt;/b&gt; runs out.');
    expect(html.content).not.toContain('<b>rent');
    expect(html.content).not.toContain('No detox beds');

    const empty = await core.ok('systemIssue.export', {
      format: 'markdown',
      language: 'fr',
      filter: { status: 'resolved' },
    });
    expect(empty.content).toContain('Aucun enjeu systémique.');
  });
});
