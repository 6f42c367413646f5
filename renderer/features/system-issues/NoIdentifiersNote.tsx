import { useTranslation } from 'react-i18next';

/** The log leaves the app for funders: it speaks of the system, never of a client. */
export function NoIdentifiersNote() {
  const { t } = useTranslation();
  return (
    <p className="no-identifiers">
      <span aria-hidden="true" className="no-identifiers__icon">
        ⚠
      </span>{' '}
      {t('systemIssues.noIdentifiers')}
    </p>
  );
}
