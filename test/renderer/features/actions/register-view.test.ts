import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  filterOf,
  isFiltered,
  paramsFromView,
  viewFromParams,
} from '../../../../renderer/features/actions/register-view';

describe('action register view in the address', () => {
  it('opens on open actions, soonest due first, with a plain address', () => {
    expect(viewFromParams(new URLSearchParams())).toEqual(DEFAULT_VIEW);
    expect(paramsFromView(DEFAULT_VIEW).toString()).toBe('');
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
  });

  it('round-trips every choice through the address', () => {
    const view = {
      agency: 'org-1',
      person: 'person-2',
      series: 'series-3',
      status: 'all',
      due: 'overdue',
      sort: 'agency',
      descending: true,
    } as const;
    const params = paramsFromView(view);
    expect(params.toString()).toBe(
      'agency=org-1&person=person-2&series=series-3&status=all&due=overdue&sort=agency&order=desc',
    );
    expect(viewFromParams(params)).toEqual(view);
    expect(isFiltered(view)).toBe(true);
  });

  it('reads an old or hand-edited address as the default rather than failing', () => {
    const view = viewFromParams(new URLSearchParams('status=finished&due=soon&sort=colour'));
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('asks the core for one status, or for all of them, on the person’s today', () => {
    expect(filterOf(DEFAULT_VIEW, '2026-11-23')).toEqual({
      status: ['open'],
      due: 'any',
      today: '2026-11-23',
      sort: 'due',
      descending: false,
    });
    expect(filterOf({ ...DEFAULT_VIEW, status: 'all', agency: 'org-1' }, '2026-11-23')).toEqual({
      organizationId: 'org-1',
      due: 'any',
      today: '2026-11-23',
      sort: 'due',
      descending: false,
    });
  });
});
