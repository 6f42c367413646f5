import { useTranslation } from 'react-i18next';
import type { Case, CaseAgency } from '../../../shared/contract';
import { useMeetingFormat } from '../meetings/useMeetingFormat';

/** A triangle with "!": decorative, the words beside it carry the warning. */
export function WarningIcon() {
  return (
    <svg
      className="case-icon case-icon--warning"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M12 3 2 21h20L12 3Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinejoin="round"
      />
      <path d="M12 10v5" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
      <circle cx="12" cy="18" r="1.3" fill="currentColor" />
    </svg>
  );
}

/** A tick in a circle: decorative, beside words saying all is well. */
export function OkIcon() {
  return (
    <svg
      className="case-icon case-icon--ok"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="m7.5 12.5 3 3 6-6.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A short warning in words with its icon, e.g. "Review due". */
export function WarningMark({ children }: { children: string }) {
  return (
    <span className="case-mark case-mark--warning">
      <WarningIcon /> {children}
    </span>
  );
}

export function OkMark({ children }: { children: string }) {
  return (
    <span className="case-mark case-mark--ok">
      <OkIcon /> {children}
    </span>
  );
}

/** "Open", or "Closed on December 1, 2026". */
export function CaseStatusText({ kase }: { kase: Pick<Case, 'status' | 'closedOn'> }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  if (kase.status === 'open') return <>{t('cases.status.open')}</>;
  return (
    <>
      {kase.closedOn
        ? t('cases.status.closedOn', { date: format.shortDay(kase.closedOn) })
        : t('cases.status.closed')}
    </>
  );
}

/** One agency's consent as a person reads it: "Yes", "Limited", or "Expired on …". */
export function ConsentText({ agency }: { agency: CaseAgency }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  if (agency.expired && agency.expiresOn) {
    return (
      <WarningMark>
        {t('cases.consent.expiredOn', { date: format.shortDay(agency.expiresOn) })}
      </WarningMark>
    );
  }
  const text = t(`cases.consent.state.${agency.consent}`);
  return agency.consent === 'yes' ? <OkMark>{text}</OkMark> : <WarningMark>{text}</WarningMark>;
}

/** Agencies whose consent is not a valid yes: no, limited, unknown or expired. */
export const consentGapsOf = (agencies: readonly CaseAgency[]) =>
  agencies.filter((a) => a.consent !== 'yes' || a.expired);

/** The open case's next review is today or past. */
export const isReviewDue = (kase: Pick<Case, 'status' | 'nextReviewDate'>, today: string) =>
  kase.status === 'open' && kase.nextReviewDate !== null && kase.nextReviewDate <= today;
