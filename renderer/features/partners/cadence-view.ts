import { CadenceStatus, type PartnerCadence } from '../../../shared/contract';

/** The statuses that call for a contact: what the home dashboard lists. */
export const NEEDS_CONTACT: readonly CadenceStatus[] = ['overdue', 'never', 'due_soon'];

export const STATUS_CHOICES = ['all', 'attention', ...CadenceStatus.options] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];

export const NETWORK_CHOICES = ['all', 'member', 'potential'] as const;
export type NetworkChoice = (typeof NETWORK_CHOICES)[number];

export const SORT_CHOICES = ['urgency', 'name', 'daysSince', 'dueDate'] as const;
export type SortChoice = (typeof SORT_CHOICES)[number];

/** What the cadence dashboard shows; kept in the address so home can link to "who is due". */
export interface CadenceView {
  network: NetworkChoice;
  status: StatusChoice;
  sort: SortChoice;
}

export const DEFAULT_VIEW: CadenceView = { network: 'all', status: 'all', sort: 'urgency' };

const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  choices.find((choice) => choice === value) ?? fallback;

export function viewFromParams(params: URLSearchParams): CadenceView {
  return {
    network: oneOf(NETWORK_CHOICES, params.get('network'), DEFAULT_VIEW.network),
    status: oneOf(STATUS_CHOICES, params.get('status'), DEFAULT_VIEW.status),
    sort: oneOf(SORT_CHOICES, params.get('sort'), DEFAULT_VIEW.sort),
  };
}

/** Only what differs from the default, so plain links stay plain. */
export function paramsFromView(view: CadenceView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['network', 'status', 'sort'] as const) {
    if (view[key] !== DEFAULT_VIEW[key]) params.set(key, view[key]);
  }
  return params;
}

/** The address of the cadence dashboard narrowed to the partners who need a contact. */
export const attentionPath = (base: string) =>
  `${base}?${paramsFromView({ ...DEFAULT_VIEW, status: 'attention' }).toString()}`;

/** Most urgent first: who is late, then who was never contacted, then who is due soon. */
const URGENCY: Record<CadenceStatus, number> = {
  overdue: 0,
  never: 1,
  due_soon: 2,
  on_track: 3,
  untracked: 4,
};

/** Missing values go last whichever way the column reads. */
function compareNullable(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function applyView(
  partners: readonly PartnerCadence[],
  view: CadenceView,
  collator: Intl.Collator,
): PartnerCadence[] {
  const byName = (a: PartnerCadence, b: PartnerCadence) => collator.compare(a.name, b.name);
  const compare: Record<SortChoice, (a: PartnerCadence, b: PartnerCadence) => number> = {
    urgency: (a, b) =>
      URGENCY[a.status] - URGENCY[b.status] ||
      compareNullable(a.dueDate, b.dueDate) ||
      byName(a, b),
    name: byName,
    // Longest without contact first (never contacted before all): what a chair asks of this column.
    daysSince: (a, b) => compareNullable(b.daysSince, a.daysSince) || byName(a, b),
    dueDate: (a, b) => compareNullable(a.dueDate, b.dueDate) || byName(a, b),
  };
  return partners
    .filter((p) => view.network === 'all' || p.networkStatus === view.network)
    .filter((p) =>
      view.status === 'all'
        ? true
        : view.status === 'attention'
          ? NEEDS_CONTACT.includes(p.status)
          : p.status === view.status,
    )
    .sort(compare[view.sort]);
}
