import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../../../renderer/components/download';
import { networkingEvent } from '../../../core/handlers/networking-run-fixtures';
import { oneOff } from '../../../helpers/meetings';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { NINE_AM } from '../run/run-fixtures';
import { axeViolations } from './setup-fixtures';

vi.mock('../../../../renderer/components/download', () => ({ download: vi.fn() }));

beforeEach(() => vi.mocked(download).mockClear());
afterEach(() => vi.restoreAllMocks());

/** An event of six people and Hélène Côté, all three rounds held, then finished. */
async function heldEvent(options: { finish?: boolean } = {}) {
  const core = makeTestCore({ start: NINE_AM });
  const { id: meetingId } = await core.ok(
    'meeting.create',
    oneOff({ title: 'Partners networking', kind: 'speed_networking', date: '2026-11-23' }),
  );
  await core.ok('networking.addParticipant', {
    meetingId,
    participant: { name: 'Hélène Côté', agency: 'Clinique de santé' },
  });
  await networkingEvent(core, { meetingId, people: 7 });
  if (options.finish !== false) {
    await core.ok('networking.start', { meetingId });
    for (let step = 0; step < 4; step++) await core.ok('networking.advance', { meetingId });
    await core.ok('networking.finish', { meetingId });
  }
  return { core, meetingId };
}

const people = () => screen.getAllByRole('article');

describe('contacts summary', () => {
  it('lists each participant’s contacts with their agency and round', async () => {
    const { core, meetingId } = await heldEvent();
    const { container } = await renderApp({ path: `/networking/${meetingId}/summary`, core });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contacts — Partners networking' }),
    ).toBeVisible();
    expect(screen.getByText('8 participants')).toBeVisible();

    const summary = await core.ok('networking.summary', { meetingId });
    expect(people()).toHaveLength(summary.length);
    const helene = screen.getByRole('article', { name: 'Hélène Côté' });
    const expected = summary.find((c) => c.name === 'Hélène Côté')!;
    expect(helene).toHaveTextContent('Clinique de santé');
    expect(helene).toHaveTextContent(`Met ${expected.met.length} people`);
    const lines = within(helene)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual(expected.met.map((m) => `${m.name} — ${m.agency} (round ${m.round})`));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('finds a participant by name or agency, accents and case ignored', async () => {
    const { core, meetingId } = await heldEvent();
    const { user } = await renderApp({ path: `/networking/${meetingId}/summary`, core });
    const search = await screen.findByRole('searchbox', {
      name: 'Find a participant (name or agency)',
    });

    await user.type(search, 'helene');
    expect(people()).toHaveLength(1);
    expect(screen.getByRole('article', { name: 'Hélène Côté' })).toBeVisible();
    expect(screen.getByText('1 of 8 participants shown')).toBeVisible();

    await user.clear(search);
    await user.type(search, 'AGENCY 3');
    expect(screen.getByRole('article', { name: 'Person 3' })).toBeVisible();
    expect(people()).toHaveLength(1);

    await user.clear(search);
    await user.type(search, 'nobody here');
    expect(screen.getByText('Nobody matches “nobody here”.')).toBeVisible();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('saves the contacts and the plan as CSV', async () => {
    const { core, meetingId } = await heldEvent();
    const { user } = await renderApp({ path: `/networking/${meetingId}/summary`, core });

    await user.click(await screen.findByRole('button', { name: 'Contacts (CSV)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Plan (CSV)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));

    const [contacts, plan] = vi.mocked(download).mock.calls;
    expect(contacts![0]).toMatch(/\.csv$/);
    expect(contacts![2]).toMatch(/^text\/csv/);
    expect(String(contacts![1])).toContain('Hélène Côté');
    expect(plan![0]).toMatch(/\.csv$/);
    expect(plan![0]).not.toBe(contacts![0]);
    expect(await screen.findByText(`Saved ${plan![0]}`)).toBeVisible();
  });

  it('says when nobody has met anyone yet', async () => {
    const { core, meetingId } = await heldEvent({ finish: false });
    await renderApp({ path: `/networking/${meetingId}/summary`, core });
    expect(
      await screen.findByText('No contacts yet: they appear here once rounds have been held.'),
    ).toBeVisible();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('speaks French', async () => {
    const { core, meetingId } = await heldEvent();
    await renderApp({
      path: `/networking/${meetingId}/summary`,
      core,
      settings: { language: 'fr' },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contacts — Partners networking' }),
    ).toBeVisible();
    expect(screen.getByText('8 participants')).toBeVisible();
    expect(
      screen.getByRole('searchbox', { name: 'Trouver un participant (nom ou organisme)' }),
    ).toBeVisible();
    expect(screen.getByRole('article', { name: 'Hélène Côté' })).toHaveTextContent(
      /A rencontré \d personnes?/,
    );
    expect(screen.getByRole('button', { name: 'Contacts (CSV)' })).toBeVisible();
  });
});
