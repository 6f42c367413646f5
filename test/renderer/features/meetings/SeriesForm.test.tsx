import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../helpers/render';

describe('new series form', () => {
  it('creates a case consultation series every two weeks and opens its first meeting', async () => {
    const { user, core } = await renderApp({ path: '/meetings' });
    await user.click(await screen.findByRole('button', { name: 'New series' }));
    const dialog = await screen.findByRole('dialog', { name: 'New recurring series' });

    // A case consultation repeats every two weeks unless the chair says otherwise.
    expect(within(dialog).getByRole('radio', { name: /^Every two weeks/ })).toBeChecked();
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
      'Downtown case consultation',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Location' }), 'Room 204');
    await user.click(within(dialog).getByRole('button', { name: 'Create series' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: /Downtown case consultation/ }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Downtown case consultation' })).toBeVisible();
    // Its agenda comes from the case consultation template.
    const agenda = screen.getByRole('grid', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('row').length).toBeGreaterThan(3);

    const [series] = await core.ok('series.list', {});
    expect(series).toMatchObject({
      title: 'Downtown case consultation',
      kind: 'case_consultation',
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      location: 'Room 204',
    });
    const meetings = await core.ok('meeting.list', { seriesId: series!.id });
    expect(meetings).toHaveLength(1);
  });

  it('says inline, translated, when the end time is not after the start', async () => {
    const { user, core } = await renderApp({ path: '/meetings' });
    await user.click(await screen.findByRole('button', { name: 'New series' }));
    const dialog = await screen.findByRole('dialog', { name: 'New recurring series' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Committee');
    const end = within(dialog).getByRole('textbox', { name: /^End time/ });
    await user.clear(end);
    await user.type(end, '08:00');
    await user.click(within(dialog).getByRole('button', { name: 'Create series' }));

    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveFocus();
    expect(await core.ok('series.list', {})).toHaveLength(0);
  });

  it('takes a custom repeat rule and refuses one that is not valid', async () => {
    const { user, core } = await renderApp({ path: '/meetings' });
    await user.click(await screen.findByRole('button', { name: 'New series' }));
    const dialog = await screen.findByRole('dialog', { name: 'New recurring series' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Monthly partners');
    await user.click(within(dialog).getByRole('radio', { name: 'Another rule…' }));
    const rule = within(dialog).getByRole('textbox', { name: /^Repeat rule/ });
    await user.type(rule, 'EVERY=SOMETIMES');
    await user.click(within(dialog).getByRole('button', { name: 'Create series' }));
    expect(rule).toHaveAccessibleDescription(/This repeat rule is not valid\./);
    expect(await core.ok('series.list', {})).toHaveLength(0);

    await user.clear(rule);
    await user.type(rule, 'FREQ=WEEKLY;INTERVAL=3');
    await user.click(within(dialog).getByRole('button', { name: 'Create series' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Monthly partners/ }),
    ).toBeVisible();
    expect((await core.ok('series.list', {}))[0]?.rrule).toBe('FREQ=WEEKLY;INTERVAL=3');
  });
});
