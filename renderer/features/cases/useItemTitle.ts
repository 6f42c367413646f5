import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/contract';

/**
 * An agenda item's name where the room may see it (run mode, the presenter view, the privacy
 * cover, what screen readers announce): a case review is named by its case code only, or by its
 * kind ("Case review") while no case is linked — never by its typed title, which, typed in a
 * hurry, may hold a client's name.
 */
export function useItemTitle() {
  const { t } = useTranslation();
  return useCallback(
    (item: Pick<AgendaItem, 'kind' | 'title' | 'caseCode'>) =>
      item.kind === 'case_review' ? (item.caseCode ?? t('run.kind.case_review')) : item.title,
    [t],
  );
}
