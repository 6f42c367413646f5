import { ActionSort, ActionStatus, DueFilter, type ActionFilter } from '../../../shared/contract';

/** The register's status choice: one status, or all of them. */
export const STATUS_CHOICES = [...ActionStatus.options, 'all'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];
export type DueChoice = (typeof DueFilter.options)[number];
export type SortChoice = (typeof ActionSort.options)[number];

/** What the register shows; kept in the address (`?agency=…&status=done`) so a link shares it. */
export interface RegisterView {
  /** An organization's id, or '' for every agency. */
  agency: string;
  person: string;
  series: string;
  status: StatusChoice;
  due: DueChoice;
  sort: SortChoice;
  descending: boolean;
}

/** The register opens on what is still to do, soonest due first. */
export const DEFAULT_VIEW: RegisterView = {
  agency: '',
  person: '',
  series: '',
  status: 'open',
  due: 'any',
  sort: 'due',
  descending: false,
};

const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  choices.find((choice) => choice === value) ?? fallback;

/** Reads the view from the address; anything unknown (an old or hand-edited link) is the default. */
export function viewFromParams(params: URLSearchParams): RegisterView {
  return {
    agency: params.get('agency') ?? '',
    person: params.get('person') ?? '',
    series: params.get('series') ?? '',
    status: oneOf(STATUS_CHOICES, params.get('status'), DEFAULT_VIEW.status),
    due: oneOf(DueFilter.options, params.get('due'), DEFAULT_VIEW.due),
    sort: oneOf(ActionSort.options, params.get('sort'), DEFAULT_VIEW.sort),
    descending: params.get('order') === 'desc',
  };
}

/** The address of a view: only what differs from the default, so plain links stay plain. */
export function paramsFromView(view: RegisterView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.agency) params.set('agency', view.agency);
  if (view.person) params.set('person', view.person);
  if (view.series) params.set('series', view.series);
  if (view.status !== DEFAULT_VIEW.status) params.set('status', view.status);
  if (view.due !== DEFAULT_VIEW.due) params.set('due', view.due);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.descending) params.set('order', 'desc');
  return params;
}

/** True when the view narrows the register beyond what it opens on (ordering aside). */
export function isFiltered(view: RegisterView): boolean {
  return (
    view.agency !== '' ||
    view.person !== '' ||
    view.series !== '' ||
    view.status !== DEFAULT_VIEW.status ||
    view.due !== DEFAULT_VIEW.due
  );
}

/** The core's filter for a view; `today` is the person's own calendar day. */
export function filterOf(view: RegisterView, today: string) {
  return {
    ...(view.agency ? { organizationId: view.agency } : {}),
    ...(view.person ? { personId: view.person } : {}),
    ...(view.series ? { seriesId: view.series } : {}),
    ...(view.status === 'all' ? {} : { status: [view.status] }),
    due: view.due,
    today,
    sort: view.sort,
    descending: view.descending,
  } satisfies ActionFilter;
}
