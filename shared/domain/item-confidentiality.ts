import type { Confidentiality } from '../contract/common';
import type { ItemKind } from '../contract/meetings';

/**
 * The level a new agenda item gets when nobody chose one: a case review is about a client, so it
 * stays out of exports unless the exporter includes internal items; anything else may go out.
 */
export const defaultConfidentiality = (kind: ItemKind): Confidentiality =>
  kind === 'case_review' ? 'internal' : 'shareable';
