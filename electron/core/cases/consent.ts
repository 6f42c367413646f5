import type { CaseAgency, ConsentState } from '../../../shared/contract';
import type { StoredAgency } from '../db/repos/cases';

/**
 * Consent given (fully or in part) that ran out: it expires at the end of its expiry day, so on
 * that day it still holds. Refused or unknown consent has nothing to expire.
 */
export function isExpired(
  agency: { consent: ConsentState; expiresOn: string | null },
  today: string,
): boolean {
  return (
    (agency.consent === 'yes' || agency.consent === 'limited') &&
    agency.expiresOn !== null &&
    agency.expiresOn < today
  );
}

/** Why the case may not be discussed openly before this agency, or null if it may. */
export function consentGap(
  agency: { consent: ConsentState; expiresOn: string | null },
  today: string,
): 'no' | 'limited' | 'unknown' | 'expired' | null {
  if (isExpired(agency, today)) return 'expired';
  return agency.consent === 'yes' ? null : agency.consent;
}

export const toCaseAgency = (
  { caseId: _caseId, ...agency }: StoredAgency,
  today: string,
): CaseAgency => ({ ...agency, expired: isExpired(agency, today) });
