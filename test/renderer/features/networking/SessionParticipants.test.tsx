import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { addPeople, createEvent } from './setup-fixtures';

const csvFile = (text: string) => new File([text], 'sign-up.csv', { type: 'text/csv' });
/** The hidden file input behind the import button (react-aria's FileTrigger). */
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
const checkIn = () => screen.getByRole('table', { name: 'Check-in' });
const rowOf = (name: string) =>
  within(checkIn())
    .getByRole('rowheader', { name: new RegExp(`^${name}`) })
    .closest('tr')!;

describe('session participants', () => {
  it('adds someone from the directory with their agency', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Downtown Shelter' });
    await core.ok('person.create', {
      name: 'Sam Tremblay',
      membership: { organizationId: shelter.id },
    });
    const event = await createEvent(core);
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });

    await user.type(
      await screen.findByRole('combobox', { name: 'Add from the directory' }),
      'tremb',
    );
    await user.click(
      await screen.findByRole('option', { name: 'Sam Tremblay (Downtown Shelter)' }),
    );

    expect(await screen.findByText('Present: 1 of 1')).toBeVisible();
    expect(within(rowOf('Sam Tremblay')).getByText('Downtown Shelter')).toBeVisible();
    const agencies = screen.getByRole('table', { name: 'Agencies' });
    expect(within(agencies).getByRole('rowheader', { name: 'Downtown Shelter' })).toBeVisible();
    const [saved] = (await core.ok('networking.get', { meetingId: event.id })).participants;
    expect(saved).toMatchObject({ name: 'Sam Tremblay', agency: 'Downtown Shelter' });
    expect(saved?.personId).not.toBeNull();
    // Someone on the list is no longer offered.
    const picker = screen.getByRole('combobox', { name: 'Add from the directory' });
    await user.type(picker, 'tremb');
    expect(await screen.findByText(/Nobody in the directory matches/)).toBeVisible();
  }, 15_000);

  it('adds someone on the spot and refuses the same person twice, saying why', async () => {
    const core = makeTestCore();
    await core.ok('org.create', { name: 'Health clinic' });
    const event = await createEvent(core);
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });

    const name = await screen.findByRole('textbox', { name: /^Name/ });
    const agency = screen.getByRole('combobox', { name: 'Agency' });
    await user.type(name, 'Amira Haddad');
    await user.type(agency, 'Clinique mobile');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Present: 1 of 1')).toBeVisible();
    expect(within(rowOf('Amira Haddad')).getByText('Clinique mobile')).toBeVisible();
    expect(name).toHaveValue('');
    expect(name).toHaveFocus();

    // A typed agency that is a directory organization is linked to it.
    await user.type(name, 'Luc Girard');
    await user.type(agency, 'health');
    await user.click(await screen.findByRole('option', { name: 'Health clinic' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Present: 2 of 2')).toBeVisible();

    await user.type(name, 'amira haddad');
    await user.type(agency, 'Clinique mobile');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(name).toHaveAccessibleDescription(/already on the participant list/);
    expect(screen.getByText('Present: 2 of 2')).toBeVisible();
    const { participants } = await core.ok('networking.get', { meetingId: event.id });
    expect(participants.map((p) => [p.name, p.agency, p.organizationId !== null])).toEqual([
      ['Amira Haddad', 'Clinique mobile', false],
      ['Luc Girard', 'Health clinic', true],
    ]);

    // A name is needed.
    await user.clear(name);
    await user.clear(agency);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(name).toHaveAccessibleDescription(/This field is required/);
  }, 20_000);

  it('imports a sign-up list, reporting lines skipped as already listed', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    await addPeople(core, event.id, [['Ana Roy', 'Shelter North']]);
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });
    await screen.findByText('Present: 1 of 1');

    const text = 'Nom,Organisme\nAna Roy,Shelter North\nBen Cote,Police liaison\nChloé Gagnon,\n';
    await user.upload(fileInput(), csvFile(text));
    expect(await screen.findByText('Sign-up list imported')).toBeVisible();
    expect(screen.getByText('Added: 2 people.')).toBeVisible();
    expect(screen.getByText('1 line skipped, already on the list:')).toBeVisible();
    expect(screen.getByText('Line 2: Ana Roy')).toBeVisible();
    expect(await screen.findByText('Present: 3 of 3')).toBeVisible();
  });

  it('refuses a malformed sign-up list, naming the line and the reason, and adds nobody', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });
    await screen.findByText(/Nobody on the list yet/);

    await user.upload(
      fileInput(),
      csvFile('name,agency\nAna Roy,Shelter North\n,Police liaison\n'),
    );
    expect(await screen.findByText('Nothing was imported')).toBeVisible();
    expect(screen.getByText('Line 3, column name: This field is required.')).toBeVisible();

    await user.upload(fileInput(), csvFile('email\nana@example.ca\n'));
    expect(await screen.findByText(/^Line 1, column name:/)).toBeVisible();
    expect((await core.ok('networking.get', { meetingId: event.id })).participants).toEqual([]);
  });

  it('checks people in and out with one press, filters by name, marks hosts and removes with undo', async () => {
    const core = makeTestCore();
    const event = await createEvent(core);
    await addPeople(core, event.id, [
      ['Ana Roy', 'Shelter North'],
      ['Hélène Bouchard', 'Police liaison'],
      ['Ben Cote', 'Health clinic'],
    ]);
    const { user } = await renderApp({ path: `/networking/${event.id}`, core });
    expect(await screen.findByText('Present: 3 of 3')).toBeVisible();

    const present = screen.getByRole('checkbox', { name: 'Present: Ana Roy' });
    expect(present).toBeChecked();
    await user.click(present);
    expect(await screen.findByText('Present: 2 of 3')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Present: Ana Roy' })).not.toBeChecked();
    let { participants } = await core.ok('networking.get', { meetingId: event.id });
    expect(participants.find((p) => p.name === 'Ana Roy')?.present).toBe(false);

    // By keyboard: Space ticks the focused box.
    screen.getByRole('checkbox', { name: 'Present: Ana Roy' }).focus();
    await user.keyboard(' ');
    expect(await screen.findByText('Present: 3 of 3')).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: 'Host: Ben Cote' }));
    await expect
      .poll(async () => {
        ({ participants } = await core.ok('networking.get', { meetingId: event.id }));
        return participants.find((p) => p.name === 'Ben Cote')?.host;
      })
      .toBe(true);

    await user.type(screen.getByRole('searchbox', { name: 'Find a name' }), 'helene');
    expect(within(checkIn()).getAllByRole('row')).toHaveLength(2);
    expect(rowOf('Hélène Bouchard')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Remove Hélène Bouchard' }));
    expect(await screen.findByText('Present: 2 of 2')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Present: 3 of 3')).toBeVisible();
    ({ participants } = await core.ok('networking.get', { meetingId: event.id }));
    expect(participants.map((p) => p.name).sort()).toEqual([
      'Ana Roy',
      'Ben Cote',
      'Hélène Bouchard',
    ]);
  }, 20_000);
});
