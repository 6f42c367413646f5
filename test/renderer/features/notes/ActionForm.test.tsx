import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFormDialog } from '../../../../renderer/app/useFormDialog';
import { Button } from '../../../../renderer/components/Button';
import { ActionForm } from '../../../../renderer/features/notes/ActionForm';
import type { CapturedWords } from '../../../../renderer/features/notes/captured-words';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { biweekly, oneOff } from '../../../helpers/meetings';
import { renderApp, renderWithProviders } from '../../../helpers/render';

const TODAY = '2026-11-23';

const meetingActions = async (core: TestCore, meetingId: string) =>
  (await core.ok('action.list', { meetingId, today: TODAY })).items;

/** The directory the pickers offer: two agencies with a person each, and one with nobody. */
async function directory(core: TestCore) {
  const shelter = await core.ok('org.create', { name: 'Shelter North', shortName: 'SN' });
  const health = await core.ok('org.create', { name: 'Community Health' });
  const ana = await core.ok('person.create', {
    name: 'Ana Tremblay',
    membership: { organizationId: shelter.id },
  });
  const ben = await core.ok('person.create', {
    name: 'Ben Okafor',
    membership: { organizationId: health.id },
  });
  return { shelter, health, ana, ben };
}

async function openAddAction(path: string, core: TestCore) {
  const rendered = await renderApp({ path, core });
  await rendered.user.click(await screen.findByRole('button', { name: 'Add action' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add an action' });
  return { ...rendered, dialog };
}

async function choose(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  dialog: HTMLElement,
  field: RegExp,
  option: string,
) {
  await user.click(within(dialog).getByRole('button', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('action form', () => {
  it('asks for a description, inline, and saves nothing without one', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const { user, dialog } = await openAddAction(`/meetings/${meeting.id}/notes`, core);

    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    const description = within(dialog).getByRole('textbox', { name: /^What is to be done/ });
    expect(description).toHaveAccessibleDescription(/This field is required\./);
    expect(description).toHaveFocus();
    expect(await meetingActions(core, meeting.id)).toHaveLength(0);

    await user.type(description, 'Send the winter shelter list to partners');
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    await expect.poll(() => meetingActions(core, meeting.id)).toHaveLength(1);
    const [saved] = await meetingActions(core, meeting.id);
    expect(saved).toMatchObject({
      description: 'Send the winter shelter list to partners',
      itemId: null,
      organizationId: null,
      personId: null,
      dueDate: null,
      status: 'open',
    });
  }, 15_000);

  it('fills the due date from the quick picks, counted from the meeting’s date', async () => {
    const core = makeTestCore();
    const { firstMeeting } = await core.ok('series.create', biweekly());
    const { user, dialog } = await openAddAction(`/meetings/${firstMeeting.id}/notes`, core);

    const picks = within(dialog).getByRole('group', { name: 'Quick picks for the due date' });
    // The series meets again on 2026-12-15.
    expect(
      within(picks).getByRole('button', { name: /^Next meeting \(.*Dec 15, 2026\)/ }),
    ).toBeVisible();
    await user.click(within(picks).getByRole('button', { name: /^In one week/ }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /^What is to be done/ }),
      'Book the room',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    await expect.poll(() => meetingActions(core, firstMeeting.id)).toHaveLength(1);
    expect((await meetingActions(core, firstMeeting.id))[0]?.dueDate).toBe('2026-12-08');
  }, 15_000);

  it('offers no “next meeting” for a meeting that is not part of a series', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const { user, dialog } = await openAddAction(`/meetings/${meeting.id}/notes`, core);
    const picks = within(dialog).getByRole('group', { name: 'Quick picks for the due date' });
    expect(within(picks).queryByRole('button', { name: /^Next meeting/ })).toBeNull();

    await user.click(within(picks).getByRole('button', { name: /^In two weeks/ }));
    // A date can be taken back out.
    await user.click(within(picks).getByRole('button', { name: 'No due date' }));
    expect(within(picks).queryByRole('button', { name: 'No due date' })).toBeNull();
  });

  it('offers only the chosen agency’s people', async () => {
    const core = makeTestCore();
    const { shelter, ana } = await directory(core);
    const meeting = await core.ok('meeting.create', oneOff());
    const { user, dialog } = await openAddAction(`/meetings/${meeting.id}/notes`, core);

    // Everyone, with their agency, before an agency is chosen.
    await user.click(within(dialog).getByRole('button', { name: /Person responsible/ }));
    expect(await screen.findByRole('option', { name: 'Ana Tremblay (SN)' })).toBeVisible();
    expect(screen.getByRole('option', { name: 'Ben Okafor (Community Health)' })).toBeVisible();
    await user.keyboard('{Escape}');

    await choose(user, dialog, /Owning agency/, 'Shelter North');
    await user.click(within(dialog).getByRole('button', { name: /Person responsible/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Not assigned yet', 'Ana Tremblay', 'Someone not in the directory']);
    await user.click(screen.getByRole('option', { name: 'Ana Tremblay' }));

    await user.type(
      within(dialog).getByRole('textbox', { name: /^What is to be done/ }),
      'Call the landlord',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    await expect.poll(() => meetingActions(core, meeting.id)).toHaveLength(1);
    expect((await meetingActions(core, meeting.id))[0]).toMatchObject({
      organizationId: shelter.id,
      organizationName: 'Shelter North',
      personId: ana.id,
      personName: 'Ana Tremblay',
    });
  }, 20_000);

  it('takes a typed name for someone not in the directory, and asks for it', async () => {
    const core = makeTestCore();
    await directory(core);
    const meeting = await core.ok('meeting.create', oneOff());
    const { user, dialog } = await openAddAction(`/meetings/${meeting.id}/notes`, core);

    await user.type(
      within(dialog).getByRole('textbox', { name: /^What is to be done/ }),
      'Share the intake form',
    );
    await choose(user, dialog, /Person responsible/, 'Someone not in the directory');
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    const name = within(dialog).getByRole('textbox', { name: /^Their name/ });
    expect(name).toHaveAccessibleDescription(/This field is required\./);
    expect(await meetingActions(core, meeting.id)).toHaveLength(0);

    await user.type(name, 'Marie Gagnon');
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    await expect.poll(() => meetingActions(core, meeting.id)).toHaveLength(1);
    expect((await meetingActions(core, meeting.id))[0]).toMatchObject({
      personId: null,
      personName: 'Marie Gagnon',
    });
  }, 15_000);

  it('edits an action in place: reassigns it, reschedules it, marks it done', async () => {
    const core = makeTestCore();
    const { health, ben } = await directory(core);
    const meeting = await core.ok('meeting.create', oneOff());
    await core.ok('action.add', {
      meetingId: meeting.id,
      description: 'Update the referral list',
      personName: 'Marie Gagnon',
      dueDate: '2026-12-04',
    });
    const { user } = await renderApp({ path: `/meetings/${meeting.id}/notes`, core });

    await user.click(await screen.findByRole('button', { name: 'Edit: Update the referral list' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit action' });
    expect(within(dialog).getByRole('textbox', { name: /^Their name/ })).toHaveValue(
      'Marie Gagnon',
    );
    await choose(user, dialog, /Owning agency/, 'Community Health');
    await choose(user, dialog, /Person responsible/, 'Ben Okafor');
    await user.click(within(dialog).getByRole('button', { name: /^In two weeks/ }));
    await choose(user, dialog, /Status$/, 'Done');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await expect.poll(async () => (await meetingActions(core, meeting.id))[0]?.status).toBe('done');
    expect((await meetingActions(core, meeting.id))[0]).toMatchObject({
      organizationId: health.id,
      personId: ben.id,
      personName: 'Ben Okafor',
      dueDate: '2026-12-15',
    });
    expect(await screen.findByText('Action saved: Update the referral list')).toBeVisible();
  }, 20_000);

  it('starts from words captured from the notes, which only leave the note once it is saved', async () => {
    const core = makeTestCore();
    const meeting = await core.ok('meeting.create', oneOff());
    const words = {
      kind: 'action' as const,
      text: 'Invite the youth shelter',
      commit: vi.fn(),
      restore: vi.fn(),
      release: vi.fn(),
    } satisfies CapturedWords;
    function Capture() {
      const dialog = useFormDialog('capture-test');
      return (
        <>
          <Button onPress={dialog.open}>Capture</Button>
          <ActionForm dialog={dialog} meeting={meeting} nextMeetingDate={null} captured={words} />
        </>
      );
    }
    const { user } = await renderWithProviders(<Capture />, { core });
    const description = () =>
      within(screen.getByRole('dialog', { name: 'Add an action' })).getByRole('textbox', {
        name: /^What is to be done/,
      });

    // Untouched, the form closes at once: the words are still in the note, nothing is lost.
    await user.click(screen.getByRole('button', { name: 'Capture' }));
    expect(description()).toHaveValue('Invite the youth shelter');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();

    // Changed, it asks first.
    await user.click(screen.getByRole('button', { name: 'Capture' }));
    await user.type(description(), ' and the CLSC');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('alertdialog')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /^Keep editing/ }));
    expect(description()).toHaveValue('Invite the youth shelter and the CLSC');
    expect(words.commit).not.toHaveBeenCalled();

    // Saved: the words leave the note; Undo deletes the action and puts them back.
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    const toast = await screen.findByRole('alertdialog', {
      name: /^Action recorded: Invite the youth shelter and the CLSC/,
    });
    expect(words.commit).toHaveBeenCalledOnce();
    expect(await meetingActions(core, meeting.id)).toHaveLength(1);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(words.restore).toHaveBeenCalledOnce());
    expect(await meetingActions(core, meeting.id)).toEqual([]);
    expect(await screen.findByText('Action withdrawn.')).toBeVisible();
  }, 15_000);
});
