import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../app/useCore';
import { OkMark, WarningIcon } from './CaseMarks';
import './cases.css';

/**
 * When a case comes up in a meeting: which agencies in the room the client has not consented to
 * share with, and the advice to keep the discussion de-identified for them.
 */
export function ConsentCheckNotice({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useTranslation();
  const check = useCoreQuery('case.consentCheck', { caseId, meetingId }, { handleErrors: true });
  if (check.isError) {
    return <p className="notice notice--error">{t('caseReview.check.failed')}</p>;
  }
  if (!check.data) return null;
  const { withoutConsent, withConsent } = check.data;

  if (withoutConsent.length > 0) {
    const names = withoutConsent.map((a) => {
      const reason = t(`caseReview.check.reason.${a.reason}`);
      // A guest (not in the directory) is named by the agency they gave, never by their name;
      // the core says "Guest" when they gave none.
      if (a.organizationId !== null) return t('caseReview.check.agency', { name: a.name, reason });
      return a.name === t('caseReview.check.guestDefault')
        ? t('caseReview.check.guestNoOrganization', { reason })
        : t('caseReview.check.guest', { organization: a.name, reason });
    });
    return (
      <div
        className="consent-check consent-check--warning"
        role="note"
        aria-labelledby="consent-check-title"
      >
        <WarningIcon />
        <div>
          <p id="consent-check-title" className="consent-check__title">
            {t('caseReview.check.title')}
          </p>
          {/* One line per agency: scanned at a glance, and shorter than a wrapped sentence, so the
              time box stays above the fold on a 1366×768 projector. */}
          <ul className="consent-check__names">
            {names.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
          <p className="consent-check__advice">{t('caseReview.check.advice')}</p>
        </div>
      </div>
    );
  }
  return (
    <p className="consent-check consent-check--ok">
      {withConsent.length > 0 ? (
        <OkMark>{t('caseReview.check.allConsent')}</OkMark>
      ) : (
        <span>{t('caseReview.check.nobodyPresent')}</span>
      )}
    </p>
  );
}
