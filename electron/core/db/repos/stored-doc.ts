import { isRichDoc, plainText, type RichDoc } from '../../../../shared/domain/rich-text';

/**
 * Notes documents are stored as JSON text ('' for none) beside their plain text, which search
 * indexes. Reading never throws: a document that no longer parses reads as no notes, and the
 * plain-text column still has its words.
 */
export function parseStoredDoc(json: string): RichDoc | null {
  if (json === '') return null;
  try {
    const doc: unknown = JSON.parse(json);
    return isRichDoc(doc) ? doc : null;
  } catch {
    return null;
  }
}

/** The two columns a notes document is stored in. */
export function storedDoc(doc: RichDoc | null): { notes: string; notesText: string } {
  return doc
    ? { notes: JSON.stringify(doc), notesText: plainText(doc) }
    : { notes: '', notesText: '' };
}
