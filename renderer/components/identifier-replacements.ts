import type { IdentifierKind } from '../../shared/domain/identifiers';

/**
 * Which identifiers may be replaced by the case code, after the placeholder. A case code stands
 * for who the client is, so it only fits where the text named the person: a health card or social
 * insurance number ("client 046 454 286 was seen" → "client CC-2026-014 was seen"). A phone, an
 * email, a date of birth or an address is a detail about the person: replaced by the code it
 * reads as nonsense ("cell CC-2026-014"), so those get their placeholder only.
 */
const CASE_CODE_KINDS: ReadonlySet<IdentifierKind> = new Set(['health_card', 'sin']);

/** The texts offered for an identifier, best first: its placeholder, then the case code if it fits. */
export function replacementsFor(
  kind: IdentifierKind,
  placeholder: string,
  caseCode: string | null | undefined,
): string[] {
  return caseCode && CASE_CODE_KINDS.has(kind) ? [placeholder, caseCode] : [placeholder];
}
