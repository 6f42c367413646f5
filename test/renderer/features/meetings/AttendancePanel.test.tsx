import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { createMeeting } from './fixtures';

describe('attendance panel', () => {
  it('adds a guest not in the directory and marks them present', async () => {
    const core = makeTestCore();
    const meeting = await createMeeting(core);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Add attendee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add attendee' });
    await user.click(within(dialog).getByRole('radio', { name: 'Guest not in the directory' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Guest’s name/ }), 'Amira Haddad');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Guest’s agency' }),
      'Clinique mobile',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    const status = await screen.findByRole('radiogroup', { name: 'Attendance of Amira Haddad' });
    const row = status.closest('tr')!;
    expect(within(row).getByText('Clinique mobile')).toBeVisible();
    expect(within(row).getByText('Guest')).toBeVisible();
    expect(within(status).getByRole('radio', { name: 'Expected' })).toBeChecked();

    await user.click(within(status).getByRole('radio', { name: 'Present' }));
    await expect
      .poll(async () => (await core.ok('meeting.get', { id: meeting.id })).attendance[0]?.status)
      .toBe('present');
    expect(within(status).getByRole('radio', { name: 'Present' })).toBeChecked();
    expect(within(row).getByRole('button', { name: 'Remove: Amira Haddad' })).toBeVisible();
    const [saved] = (await core.ok('meeting.get', { id: meeting.id })).attendance;
    expect(saved).toMatchObject({
      guestName: 'Amira Haddad',
      guestOrganization: 'Clinique mobile',
    });
  }, 15_000);

  it('asks for someone when nothing was chosen', async () => {
    const core = makeTestCore();
    const meeting = await createMeeting(core);
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });
    await user.click(await screen.findByRole('button', { name: 'Add attendee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add attendee' });
    await user.click(within(dialog).getByRole('radio', { name: 'Guest not in the directory' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      within(dialog).getByRole('textbox', { name: /^Guest’s name/ }),
    ).toHaveAccessibleDescription(/Choose a person or an agency, or type a guest’s name\./);
    expect((await core.ok('meeting.get', { id: meeting.id })).attendance).toHaveLength(0);
  });

  it('says on the person field when they are already on the list', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Downtown Shelter' });
    const sam = await core.ok('person.create', {
      name: 'Sam Tremblay',
      membership: { organizationId: shelter.id },
    });
    const meeting = await createMeeting(core);
    await core.ok('attendance.add', { meetingId: meeting.id, personId: sam.id });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Add attendee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add attendee' });
    await user.click(within(dialog).getByRole('button', { name: /Person/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Sam Tremblay (Downtown Shelter)' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('Already on the attendance list.')).toBeVisible();
    expect((await core.ok('meeting.get', { id: meeting.id })).attendance).toHaveLength(1);
  }, 15_000);

  it('adds a person with their agency and names agencies nobody came from', async () => {
    const core = makeTestCore();
    const shelter = await core.ok('org.create', { name: 'Downtown Shelter' });
    const police = await core.ok('org.create', { name: 'Police Liaison Unit' });
    await core.ok('person.create', {
      name: 'Sam Tremblay',
      membership: { organizationId: shelter.id, role: 'Case worker' },
    });
    const meeting = await createMeeting(core);
    await core.ok('attendance.add', { meetingId: meeting.id, organizationId: police.id });
    await core.ok('run.start', { meetingId: meeting.id });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}`, core });

    await user.click(await screen.findByRole('button', { name: 'Add attendee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add attendee' });
    await user.click(within(dialog).getByRole('button', { name: /Person/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Sam Tremblay (Downtown Shelter)' }),
    );
    expect(
      within(dialog).getByRole('button', { name: /Their agency: Downtown Shelter/ }),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    const status = await screen.findByRole('radiogroup', { name: 'Attendance of Sam Tremblay' });
    expect(within(status.closest('tr')!).getByText('Downtown Shelter')).toBeVisible();
    expect(
      await screen.findByText('Not represented: Police Liaison Unit, Downtown Shelter'),
    ).toBeVisible();
    await user.click(within(status).getByRole('radio', { name: 'Present' }));
    expect(await screen.findByText('Not represented: Police Liaison Unit')).toBeVisible();
  }, 15_000);
});
