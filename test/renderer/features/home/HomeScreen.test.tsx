import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { orgs } from '../../../helpers/partners';
import { renderApp } from '../../../helpers/render';
import { createMeeting } from '../meetings/fixtures';
import { axeViolations, coreOnTestDay } from '../partners/fixtures';

afterEach(() => {
  vi.useRealTimers();
});

const section = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

/** Something in every part of the dashboard, on the test clock's day (Monday 2026-11-23). */
async function busyWeek() {
  const core = coreOnTestDay();
  const [shelter, health] = await orgs(core, 'Shelter North', 'Community Health');
  await core.ok('contact.add', { organizationId: health, date: '2026-11-20' });
  const meeting = await createMeeting(core, {
    title: 'Housing First committee',
    date: '2026-11-26',
    startTime: '09:30',
  });
  const late = await core.ok('action.add', {
    meetingId: meeting.id,
    description: 'Call the landlord',
    organizationId: shelter,
    dueDate: '2026-11-20',
  });
  await core.ok('action.add', {
    meetingId: meeting.id,
    description: 'Send the minutes',
    dueDate: '2026-11-27',
  });
  const review = await core.ok('case.create', { nextReviewDate: '2026-11-18' });
  const change = await core.ok('change.add', { title: 'Intake by phone only' });
  await core.ok('change.setNotified', {
    id: change.id,
    organizationId: health,
    notifiedOn: '2026-11-23',
  });
  return { core, shelter, health, meeting, late, review, change };
}

describe('home dashboard', () => {
  it('opens at / and shows each section with a link to act on every entry', async () => {
    const { core, shelter, meeting, review, change } = await busyWeek();
    await renderApp({ core });
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    expect(screen.getByText('Monday, November 23, 2026: what needs your attention.')).toBeVisible();

    const meetings = section('Next meetings');
    expect(within(meetings).getByRole('link', { name: 'Housing First committee' })).toHaveAttribute(
      'href',
      `/meetings/${meeting.id}`,
    );
    expect(within(meetings).getByText(/Thu, Nov 26, 2026, 9:30/)).toBeVisible();

    const actions = section('Actions due or overdue');
    expect(within(actions).getByRole('heading', { level: 3, name: 'Shelter North' })).toBeVisible();
    expect(
      within(actions).getByRole('heading', { level: 3, name: 'No agency named' }),
    ).toBeVisible();
    expect(within(actions).getByText(/Overdue: due/)).toBeVisible();
    expect(
      within(actions).getByRole('link', { name: 'All open actions of Shelter North' }),
    ).toHaveAttribute('href', `/actions?agency=${shelter}`);
    // The register is linked once, under the section, not again under "No agency named".
    expect(within(actions).getAllByRole('link', { name: 'Open the action register' })).toHaveLength(
      1,
    );

    const partners = section('Partners due for contact');
    // To the partner's contact history, not the directory page (which says nothing of contacts).
    expect(within(partners).getByRole('link', { name: 'Shelter North' })).toHaveAttribute(
      'href',
      `/partners?org=${shelter}`,
    );
    expect(within(partners).getByText('Never contacted')).toBeVisible();
    // Community Health was called three days ago: on track, not listed.
    expect(within(partners).queryByText('Community Health')).not.toBeInTheDocument();

    const cases = section('Cases due for review');
    expect(within(cases).getByRole('link', { name: review.code })).toHaveAttribute(
      'href',
      `/cases/${review.id}`,
    );
    expect(within(cases).getByText(/Review overdue/)).toBeVisible();

    const changes = section('Changes not yet shared with everyone');
    expect(within(changes).getByRole('link', { name: 'Intake by phone only' })).toHaveAttribute(
      'href',
      `/partners/changes?change=${change.id}`,
    );
    expect(within(changes).getByText('1 of 2 told')).toBeVisible();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('logs a contact from the dashboard in one dialog, and the partner leaves the list', async () => {
    const { core, shelter } = await busyWeek();
    const { user } = await renderApp({ core });
    const partners = await screen.findByRole('region', { name: /^Partners due for contact/ });
    await user.click(within(partners).getByRole('button', { name: 'Log contact: Shelter North' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a contact with Shelter North' });
    await user.click(within(dialog).getByRole('button', { name: 'Log contact' }));
    await waitFor(() =>
      expect(
        within(section('Partners due for contact')).getByText(/Every partner is on track/),
      ).toBeVisible(),
    );
    expect(await core.ok('contact.list', { organizationId: shelter })).toMatchObject([
      { date: '2026-11-23', channel: 'call' },
    ]);
    // Its button gone, focus is kept in the section rather than dropped to the page.
    expect(
      screen.getByRole('heading', { level: 2, name: /^Partners due for contact/ }),
    ).toHaveFocus();
  });

  it('moves focus on to the next partner once one is logged and leaves the list', async () => {
    const core = coreOnTestDay();
    await orgs(core, 'Aardvark House', 'Bridge Health');
    const { user } = await renderApp({ core });
    const partners = await screen.findByRole('region', { name: /^Partners due for contact/ });
    await user.click(within(partners).getByRole('button', { name: 'Log contact: Aardvark House' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a contact with Aardvark House' });
    await user.click(within(dialog).getByRole('button', { name: 'Log contact' }));
    await waitFor(() =>
      expect(within(partners).queryByText('Aardvark House')).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(
        within(partners).getByRole('button', { name: 'Log contact: Bridge Health' }),
      ).toHaveFocus(),
    );
  });

  it('shows the five soonest actions of an agency, and how many more are in the register', async () => {
    const core = coreOnTestDay();
    const [shelter] = await orgs(core, 'Shelter North');
    const meeting = await createMeeting(core, { title: 'Committee', date: '2026-11-02' });
    for (let day = 10; day <= 16; day += 1) {
      await core.ok('action.add', {
        meetingId: meeting.id,
        description: `Task of the ${day}th`,
        organizationId: shelter,
        dueDate: `2026-11-${day}`,
      });
    }
    await renderApp({ core });
    const actions = await screen.findByRole('region', { name: /^Actions due or overdue/ });
    expect(within(actions).getAllByRole('link', { name: /^Task of/ })).toHaveLength(5);
    expect(within(actions).queryByRole('link', { name: 'Task of the 16th' })).toBeNull();
    expect(within(actions).getByText('(7)')).toBeVisible();
    expect(within(actions).getByRole('link', { name: '2 more for Shelter North' })).toHaveAttribute(
      'href',
      `/actions?agency=${shelter}`,
    );
  });

  it('says what to do when there is nothing to act on', async () => {
    const core = coreOnTestDay();
    await renderApp({ core });
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(within(section('Next meetings')).getByText(/No meeting is planned/)).toBeVisible();
    expect(
      within(section('Actions due or overdue')).getByText(/No open action is due/),
    ).toBeVisible();
    // Nothing recorded yet is not "everything done".
    expect(
      await within(section('Partners due for contact')).findByText(/^No partners yet\./),
    ).toBeVisible();
    expect(
      within(section('Cases due for review')).getByText(/No case review is due/),
    ).toBeVisible();
    expect(
      await within(section('Changes not yet shared with everyone')).findByText(
        /^No significant change recorded yet\./,
      ),
    ).toBeVisible();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('follows the language', async () => {
    const core = coreOnTestDay();
    await renderApp({ core, settings: { language: 'fr' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    expect(
      screen.getByText('lundi 23 novembre 2026 : ce qui demande votre attention.'),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: /^Partenaires à contacter/ })).toBeVisible();
  });
});
