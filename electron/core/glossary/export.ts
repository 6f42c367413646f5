import type { Concept, ExportedFile, GlossaryFormat } from '../../../shared/contract';
import { foldForSearch } from '../../../shared/domain/search-text';
import type { CoreContext } from '../context';
import { liveConcepts } from './concepts';
import { encodeCsv } from './csv';
import { normalizeNewlines, refName, type GlossaryRecord, type RecordSide } from './record';
import { encodeTbx } from './tbx';

const FILE_TYPES: Record<GlossaryFormat, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  tbx: { extension: 'tbx', mimeType: 'application/xml; charset=utf-8' },
};

const side = (s: Concept['en']): RecordSide => ({
  term: s.term,
  abbreviations: [...s.abbreviations],
  synonyms: [...s.synonyms],
  definition: normalizeNewlines(s.definition),
  note: normalizeNewlines(s.note),
});

/**
 * The order of a file depends only on what the concepts say (never on ids or when they were
 * added), so exporting what an export imported gives the same file, byte for byte.
 */
function contentOrder(a: GlossaryRecord, b: GlossaryRecord): number {
  const keys = (r: GlossaryRecord) => {
    const en = foldForSearch(r.en.term);
    const fr = foldForSearch(r.fr.term);
    return [en || fr, en ? fr : en, r.en.term, r.fr.term, JSON.stringify(r)];
  };
  const [x, y] = [keys(a), keys(b)];
  for (let i = 0; i < x.length; i++) {
    const order = (x[i] ?? '').localeCompare(y[i] ?? '', 'en');
    if (order !== 0) return order;
  }
  return 0;
}

/** Every live concept as a file record: references by name, and by position in the file (TBX). */
export function glossaryRecords(ctx: CoreContext): GlossaryRecord[] {
  const concepts = liveConcepts(ctx);
  const unsorted = concepts.map((c) => ({
    id: c.id,
    record: {
      line: 0,
      fileId: null,
      en: side(c.en),
      fr: side(c.fr),
      subject: c.subject,
      status: c.status,
      preferred: c.preferred && { name: refName(c.preferred), fileId: c.preferred.id },
      agency: c.organization?.name ?? '',
      meanings: c.meanings.map((m) => ({
        agency: m.organizationName,
        en: normalizeNewlines(m.en),
        fr: normalizeNewlines(m.fr),
      })),
      seeAlso: c.seeAlso.map((ref) => ({ name: refName(ref), fileId: ref.id })),
      reviewedOn: c.reviewedOn ?? '',
    } satisfies GlossaryRecord,
  }));
  // Sorted with references still holding ids would make the order depend on them: compare names.
  const withoutIds = (r: GlossaryRecord): GlossaryRecord => ({
    ...r,
    preferred: r.preferred && { ...r.preferred, fileId: null },
    seeAlso: r.seeAlso
      .map((s) => ({ ...s, fileId: null }))
      .sort((x, y) => x.name.localeCompare(y.name, 'en')),
  });
  unsorted.sort((a, b) => contentOrder(withoutIds(a.record), withoutIds(b.record)));
  const position = new Map(unsorted.map(({ id }, i) => [id, i]));
  const fileIdOf = (id: string | null) => {
    const at = id === null ? undefined : position.get(id);
    return at === undefined ? null : `c${at + 1}`;
  };
  const byPosition = (a: { fileId: string | null }, b: { fileId: string | null }) =>
    (position.get(a.fileId ?? '') ?? 0) - (position.get(b.fileId ?? '') ?? 0);
  return unsorted.map(({ id, record }, i) => ({
    ...record,
    line: i + 2,
    fileId: fileIdOf(id),
    preferred: record.preferred && {
      ...record.preferred,
      fileId: fileIdOf(record.preferred.fileId),
    },
    // Related concepts in file order: the list's order must not depend on ids either.
    seeAlso: [...record.seeAlso]
      .sort(byPosition)
      .map((s) => ({ ...s, fileId: fileIdOf(s.fileId) })),
  }));
}

export function exportGlossary(ctx: CoreContext, format: GlossaryFormat): ExportedFile {
  const records = glossaryRecords(ctx);
  const day = new Date(ctx.clock.now()).toISOString().slice(0, 10);
  const { extension, mimeType } = FILE_TYPES[format];
  return {
    filename: `roundtable-glossary-${day}.${extension}`,
    mimeType,
    encoding: 'utf8',
    content: format === 'csv' ? encodeCsv(records) : encodeTbx(records),
  };
}
