import type { TFunction } from 'i18next';
import type { AgendaItem } from '../../../shared/contract';

/** "Jane Roy, Shelter North", or whichever of the two the agenda names. */
export function presenterOf(item: AgendaItem): string | null {
  const parts = [item.presenterName, item.presenterOrganizationName].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * The presenter line under an item's title. A case review names its presenting agency with the
 * same words as its form and panel, so nobody takes it for the case's lead agency.
 */
export function presenterLine(
  item: AgendaItem,
  t: TFunction,
  genericKey: 'run.presentedBy' | 'notes.presenter',
): string | null {
  const agency = item.presenterOrganizationName;
  if (item.kind === 'case_review' && agency) {
    return item.presenterName
      ? t('caseReview.presentingLineWithPerson', { agency, person: item.presenterName })
      : t('caseReview.presentingLine', { agency });
  }
  const presenter = presenterOf(item);
  return presenter ? t(genericKey, { name: presenter }) : null;
}
