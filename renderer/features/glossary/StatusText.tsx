import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../../../shared/contract';

/**
 * A concept's status in words, never by colour alone; a deprecated one says what to use instead
 * ("Deprecated — use Ontario Works"), the preferred term being a link or plain text.
 */
export function StatusText({ status, preferred }: { status: TermStatus; preferred?: ReactNode }) {
  const { t } = useTranslation();
  if (status !== 'deprecated') {
    return (
      <span className={`term-status term-status--${status}`}>{t(`glossary.status.${status}`)}</span>
    );
  }
  return (
    <span className="term-status term-status--deprecated">
      <span aria-hidden="true">⚠ </span>
      {preferred ? (
        <>
          {t('glossary.definition.deprecatedUse')} {preferred}
        </>
      ) : (
        t('glossary.status.deprecated')
      )}
    </span>
  );
}
