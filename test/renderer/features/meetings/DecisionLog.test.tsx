import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../../helpers/core';
import { renderApp } from '../../../helpers/render';
import { dayFromToday } from './fixtures';

/** What axe finds wrong (colour contrast needs real layout, which jsdom has not). */
async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

/** A weekly series starting tomorrow, with nothing decided yet. */
const createBreakfast = (core: TestCore) =>
  core.ok('series.create', {
    title: 'Interagency breakfast',
    kind: 'interagency',
    rrule: 'FREQ=WEEKLY',
    startDate: dayFromToday(1),
    startTime: '08:30',
    endTime: '10:00',
    timeZone: 'America/Toronto',
    language: 'en',
  });

describe('decision log', () => {
  it('lists a series’ decisions newest first, searchable, each linked to its notes', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await core.ok('series.create', {
      title: 'Complex case consultation',
      kind: 'case_consultation',
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      startDate: dayFromToday(1),
      startTime: '09:30',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      language: 'en',
    });
    const { items } = await core.ok('meeting.get', { id: firstMeeting.id });
    const item = items[0]!;
    await core.ok('decision.add', {
      meetingId: firstMeeting.id,
      itemId: item.id,
      text: 'Refer the family to the housing clinic',
    });
    core.clock.advance(60_000);
    await core.ok('decision.add', {
      meetingId: firstMeeting.id,
      text: 'Meet again about the winter shelter',
    });

    const { user } = await renderApp({ path: `/meetings/series/${series.id}`, core });
    const section = (await screen.findByRole('heading', { name: 'Decisions' })).closest('section')!;
    const entries = () => within(section).getAllByRole('listitem');
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(entries().map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Meet again about the winter shelter',
      'Refer the family to the housing clinic',
    ]);
    const [general, underItem] = entries();
    expect(within(general!).getByRole('link', { name: /General notes$/ })).toHaveAttribute(
      'href',
      `/meetings/${firstMeeting.id}/notes?item=general`,
    );
    expect(
      within(underItem!).getByRole('link', { name: new RegExp(`${item.title}$`) }),
    ).toHaveAttribute('href', `/meetings/${firstMeeting.id}/notes?item=${item.id}`);

    await user.type(
      within(section).getByRole('searchbox', { name: 'Search the decisions' }),
      'clinic',
    );
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toHaveTextContent('Refer the family to the housing clinic');
    expect(within(section).getByRole('status')).toHaveTextContent('1 decision found for “clinic”');

    await user.type(within(section).getByRole('searchbox'), 'zzz');
    expect(await within(section).findByText(/No decision matches this search/)).toBeVisible();
  });

  it('says where decisions come from when there are none', async () => {
    const core = makeTestCore();
    const { series } = await createBreakfast(core);
    await renderApp({ path: `/meetings/series/${series.id}`, core });
    expect(await screen.findByText(/No decisions yet/)).toBeVisible();
  });

  it('passes axe', async () => {
    const core = makeTestCore();
    const { series, firstMeeting } = await createBreakfast(core);
    await core.ok('decision.add', { meetingId: firstMeeting.id, text: 'Meet at the library' });
    const { container } = await renderApp({ path: `/meetings/series/${series.id}`, core });
    const heading = await screen.findByRole('heading', { name: 'Decisions' });
    await within(heading.closest('section')!).findByText('Meet at the library');
    expect(await axeViolations(container)).toEqual([]);
  });
});
