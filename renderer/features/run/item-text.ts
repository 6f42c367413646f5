import type { AgendaItem } from '../../../shared/contract';

/** "Jane Roy, Shelter North", or whichever of the two the agenda names. */
export function presenterOf(item: AgendaItem): string | null {
  const parts = [item.presenterName, item.presenterOrganizationName].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}
