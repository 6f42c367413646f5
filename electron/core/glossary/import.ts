import {
  ConceptDraft,
  type DuplicateChoice,
  type GlossaryFormat,
  type GlossaryImportResult,
  type TermSide,
} from '../../../shared/contract';
import { foldForSearch, nameKey } from '../../../shared/domain/search-text';
import { AppError, type ErrorIssue } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { csvError, lineIssue } from '../csv';
import { glossaryRepo, type ConceptRecord } from '../db/repos/glossary';
import {
  createConcept,
  draftOf,
  getConcept,
  organizationByName,
  replaceConcept,
  type ConceptDraftValue,
} from './concepts';
import { decodeCsv, type DecodedFile } from './csv';
import { mergeDrafts } from './merge';
import type { GlossaryRecord, RecordField, RecordRef } from './record';
import { decodeTbx } from './tbx';
import { statusOf, subjectOf } from './vocabulary';

/*
 * Importing a glossary file, all or nothing:
 *
 * 1. decode the file into records (csv.ts, tbx.ts): a file that cannot be read is refused;
 * 2. check every record (words, agencies, lengths, references) and refuse the file with every
 *    line's problems if there is any: nothing is written;
 * 3. decide each record's fate: a row that doubles a concept already in the glossary or an
 *    earlier row of the file is a duplicate, and its choice (the per-line one, else the default)
 *    says to skip it, merge it into that concept, or add it anyway;
 * 4. write: new concepts (a deprecated one after the concept it points to; each see-also link
 *    made with the second of its two concepts), then the merges.
 *
 * References name concepts of the file (by TBX id, or by term) before concepts already in the
 * glossary. An agency must already be in the directory: a file cannot create agencies, and an
 * unknown name is refused on its line rather than guessed.
 */

export interface ImportOptions {
  format: GlossaryFormat;
  content: string;
  dryRun: boolean;
  duplicates: DuplicateChoice;
  choices: readonly { line: number; choice: DuplicateChoice }[];
}

/** Where a record's concept ends up: one of the file's records, or a concept in the glossary. */
type Target = { record: number } | { conceptId: string };

interface Planned {
  record: GlossaryRecord;
  draft: ConceptDraftValue;
  /** The duplicate it doubles, if any, and what to do with it. */
  duplicate: { of: Target; choice: DuplicateChoice } | null;
  preferred: Target | null;
  seeAlso: Target[];
}

const FIELD_OF: Record<string, RecordField> = {
  subject: 'subject',
  status: 'status',
  preferredId: 'preferred_term',
  organizationId: 'agency',
  meanings: 'agency_meanings',
  seeAlso: 'see_also',
  reviewedOn: 'reviewed_on',
};

/** The file column a draft's field comes from. */
const fieldOf = (path: readonly PropertyKey[]): string => {
  const [head, sub] = path.map(String);
  if ((head === 'en' || head === 'fr') && sub) return `${head}_${sub}`;
  return FIELD_OF[head ?? ''] ?? head ?? '';
};

const displayTerm = (r: GlossaryRecord) =>
  r.en.term || r.fr.term || r.en.abbreviations[0] || r.fr.abbreviations[0] || '';

/** A zod issue or a service refusal, as a problem on the record's line. */
const asLineIssues = (
  line: number,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
) => issues.map((i) => lineIssue(line, fieldOf(i.path), i.message));

function decode(format: GlossaryFormat, content: string): DecodedFile {
  return format === 'csv' ? decodeCsv(content) : decodeTbx(content);
}

/** Checks one record's own fields into a draft (references still unresolved). */
function checkRecord(ctx: CoreContext, record: GlossaryRecord, issues: ErrorIssue[]) {
  const { line } = record;
  const subject = record.subject === '' ? 'general' : subjectOf(record.subject);
  if (!subject) issues.push(lineIssue(line, 'subject', 'invalidSubject'));
  // A row naming a preferred term and no status is a deprecated term: that is all the column says.
  const status =
    record.status === ''
      ? record.preferred
        ? 'deprecated'
        : 'preferred'
      : statusOf(record.status);
  if (!status) issues.push(lineIssue(line, 'status', 'invalidTermStatus'));
  let organizationId: string | null = null;
  if (record.agency !== '') {
    organizationId = organizationByName(ctx, record.agency)?.id ?? null;
    if (!organizationId) issues.push(lineIssue(line, 'agency', 'unknownOrganization'));
  }
  const meanings: { organizationId: string; en: string; fr: string }[] = [];
  for (const m of record.meanings) {
    const organization = organizationByName(ctx, m.agency);
    if (!organization) issues.push(lineIssue(line, 'agency_meanings', 'unknownOrganization'));
    else if (meanings.some((other) => other.organizationId === organization.id))
      issues.push(lineIssue(line, 'agency_meanings', 'duplicateOrganization'));
    else meanings.push({ organizationId: organization.id, en: m.en, fr: m.fr });
  }
  // References are checked for shape here with stand-in ids, and resolved later.
  const parsed = ConceptDraft.safeParse({
    en: record.en,
    fr: record.fr,
    subject: subject ?? 'general',
    status: status ?? 'preferred',
    preferredId: record.preferred ? 'pending' : null,
    organizationId,
    meanings,
    seeAlso: record.seeAlso.map((_, i) => `pending-${i}`),
    reviewedOn: record.reviewedOn === '' ? null : record.reviewedOn,
  });
  if (!parsed.success) {
    issues.push(...asLineIssues(line, parsed.error.issues));
    return null;
  }
  return parsed.data;
}

/**
 * The glossary's duplicate rule (concepts.ts `findDuplicates`: the same folded term in the same
 * language, or the same acronym, exactly, in either language), indexed once for the whole file:
 * asking the database row by row made re-importing 5,000 concepts take half a minute.
 */
const formsOf = (c: { en: TermSide; fr: TermSide }) => [
  ...(['en', 'fr'] as const)
    .map((lang) => [lang, foldForSearch(c[lang].term)] as const)
    .filter(([, key]) => key !== '')
    .map(([lang, key]) => `${lang}:${key}`),
  ...[...c.en.abbreviations, ...c.fr.abbreviations].map((a) => `acronym:${a}`),
];

function duplicateFinder(glossary: readonly ConceptRecord[]) {
  const inGlossary = new Map<string, ConceptRecord>();
  // The oldest concept first, as findDuplicates orders them.
  for (const concept of [...glossary].sort((a, b) => a.num - b.num)) {
    for (const form of formsOf(concept)) if (!inGlossary.has(form)) inGlossary.set(form, concept);
  }
  const inFile = new Map<string, number>();
  /** What the record doubles: a concept in the glossary, else the first earlier record. */
  return (record: GlossaryRecord, index: number): Target | null => {
    const forms = formsOf(record);
    const existing = forms
      .map((f) => inGlossary.get(f))
      .filter((c) => c !== undefined)
      .sort((a, b) => a.num - b.num)[0];
    const earlier = forms
      .map((f) => inFile.get(f))
      .filter((i) => i !== undefined)
      .sort((a, b) => a - b)[0];
    for (const f of forms) if (!inFile.has(f)) inFile.set(f, index);
    if (existing) return { conceptId: existing.id };
    return earlier === undefined ? null : { record: earlier };
  };
}

/** Finds what names refer to: the file's records first, then the glossary's live concepts. */
function referenceResolver(records: readonly GlossaryRecord[], glossary: readonly ConceptRecord[]) {
  const byFileId = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.fileId !== null && !byFileId.has(r.fileId)) byFileId.set(r.fileId, i);
  });
  const index = <T>(items: readonly T[], keys: (item: T) => string[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      for (const key of new Set(keys(item).filter((k) => k !== ''))) {
        map.set(key, [...(map.get(key) ?? []), item]);
      }
    }
    return map;
  };
  const termKeys = (s: { en: { term: string }; fr: { term: string } }) =>
    [s.en.term, s.fr.term].filter((t) => t !== '').map(nameKey);
  const acronyms = (s: { en: { abbreviations: string[] }; fr: { abbreviations: string[] } }) => [
    ...s.en.abbreviations,
    ...s.fr.abbreviations,
  ];
  const numbered = records.map((record, i) => ({ record, i }));
  const levels = [
    {
      file: index(numbered, ({ record }) => termKeys(record)),
      glossary: index(glossary, termKeys),
      key: nameKey,
    },
    {
      file: index(numbered, ({ record }) => acronyms(record)),
      glossary: index(glossary, acronyms),
      key: (name: string) => name.trim(),
    },
  ];
  return (ref: RecordRef, rootOf: (t: Target) => Target): Target[] | 'unknown' => {
    const inFile = ref.fileId === null ? undefined : byFileId.get(ref.fileId);
    if (inFile !== undefined) return [{ record: inFile }];
    for (const level of levels) {
      const key = level.key(ref.name);
      const file = level.file.get(key) ?? [];
      // Rows that end up as one concept (duplicates skipped or merged) are one answer, not several.
      const candidates: Target[] =
        file.length > 0
          ? file.map(({ i }) => rootOf({ record: i }))
          : (level.glossary.get(key) ?? []).map((c) => ({ conceptId: c.id }));
      const distinct = new Map(candidates.map((t) => [JSON.stringify(t), t]));
      if (distinct.size > 0) return [...distinct.values()];
    }
    return 'unknown';
  };
}

/** Checks, decides and writes; returns what was done. Throws (nothing written) on any problem. */
export function importGlossary(ctx: CoreContext, options: ImportOptions): GlossaryImportResult {
  const decoded = decode(options.format, options.content);
  const { records } = decoded;
  const issues: ErrorIssue[] = [...decoded.issues];
  const choiceAt = new Map(options.choices.map((c) => [c.line, c.choice]));

  const drafts = records.map((r) => checkRecord(ctx, r, issues));

  const glossary = glossaryRepo(ctx.db).live();
  // Duplicates: of a concept already in the glossary, else of an earlier row.
  const doubles = duplicateFinder(glossary);
  const duplicates = records.map((record, i): Planned['duplicate'] => {
    const of = doubles(record, i);
    return of && { of, choice: choiceAt.get(record.line) ?? options.duplicates };
  });
  const rootOf = (target: Target): Target => {
    if (!('record' in target)) return target;
    const duplicate = duplicates[target.record];
    return duplicate && duplicate.choice !== 'add' ? rootOf(duplicate.of) : target;
  };

  const resolve = referenceResolver(records, glossary);
  const statusInGlossary = new Map(glossary.map((c) => [c.id, c.status]));
  const statusOfTarget = (t: Target) =>
    'record' in t ? drafts[t.record]?.status : statusInGlossary.get(t.conceptId);
  const planned: Planned[] = [];
  records.forEach((record, i) => {
    const draft = drafts[i];
    const resolveOne = (ref: RecordRef, field: RecordField): Target | null => {
      const found = resolve(ref, rootOf);
      if (found === 'unknown' || found.length > 1) {
        issues.push(
          lineIssue(record.line, field, found === 'unknown' ? 'unknownTerm' : 'ambiguousTerm'),
        );
        return null;
      }
      return found[0] ?? null;
    };
    const self = JSON.stringify(rootOf({ record: i }));
    let preferred: Target | null = null;
    if (record.preferred) {
      preferred = resolveOne(record.preferred, 'preferred_term');
      if (preferred && JSON.stringify(preferred) === self) {
        issues.push(lineIssue(record.line, 'preferred_term', 'preferredSelf'));
      } else if (preferred && statusOfTarget(preferred) === 'deprecated') {
        issues.push(lineIssue(record.line, 'preferred_term', 'preferredDeprecated'));
      }
    }
    const seeAlso: Target[] = [];
    for (const ref of record.seeAlso) {
      const target = resolveOne(ref, 'see_also');
      if (target && JSON.stringify(target) === self) {
        issues.push(lineIssue(record.line, 'see_also', 'seeAlsoSelf'));
      } else if (target) seeAlso.push(target);
    }
    if (draft)
      planned.push({ record, draft, duplicate: duplicates[i] ?? null, preferred, seeAlso });
  });
  if (issues.length > 0) throw csvError(issues.sort((a, b) => lineOf(a) - lineOf(b)));

  // No issue means every record has its draft: `planned[i]` is record i, as targets number them.
  const write = () => writePlan(ctx, planned, rootOf);
  if (!options.dryRun) return { dryRun: false, ...write(), ignoredColumns: decoded.ignoredColumns };
  // A dry run does the whole import and rolls it back: what it reports is what importing does.
  let preview: ReturnType<typeof write> | undefined;
  try {
    ctx.db.transaction(() => {
      preview = write();
      throw new RollBack();
    })();
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return { dryRun: true, ...preview!, ignoredColumns: decoded.ignoredColumns };
}

class RollBack extends Error {}

const lineOf = (issue: ErrorIssue) => Number(issue.path[1] ?? 0);

/** Refusals by the glossary's own checks (a broken chain of redirects…), on the row's line. */
function onLine<T>(line: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError && error.issues?.length) {
      throw csvError(asLineIssues(line, error.issues));
    }
    throw error;
  }
}

function writePlan(
  ctx: CoreContext,
  planned: readonly Planned[],
  rootOf: (target: Target) => Target,
) {
  /** The concept made from each record that is added. */
  const created = new Map<number, string>();
  const idOf = (target: Target): string | undefined => {
    const root = rootOf(target);
    return 'conceptId' in root ? root.conceptId : created.get(root.record);
  };
  const toCreate = planned
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !p.duplicate || p.duplicate.choice === 'add');
  // A deprecated concept points to its preferred one, which must exist first.
  const ordered = [
    ...toCreate.filter(({ p }) => p.draft.status !== 'deprecated'),
    ...toCreate.filter(({ p }) => p.draft.status === 'deprecated'),
  ];
  // Links go both ways: each is made with whichever of its two concepts is created last.
  const linksLater = new Map<number, Set<string>>();
  for (const { p, i } of ordered) {
    const now: string[] = [...(linksLater.get(i) ?? [])];
    const waiting: number[] = [];
    for (const target of p.seeAlso) {
      const id = idOf(target);
      const root = rootOf(target);
      if (id !== undefined) now.push(id);
      else if ('record' in root) waiting.push(root.record);
    }
    const draft = {
      ...p.draft,
      preferredId: p.preferred && (idOf(p.preferred) ?? null),
      seeAlso: [...new Set(now)],
    };
    const id = onLine(p.record.line, () => createConcept(ctx, draft, 'import').id);
    created.set(i, id);
    for (const record of waiting) {
      const set = linksLater.get(record) ?? new Set<string>();
      set.add(id);
      linksLater.set(record, set);
    }
  }

  let merged = 0;
  let skipped = 0;
  const report: GlossaryImportResult['duplicates'] = [];
  for (const p of planned) {
    if (!p.duplicate) continue;
    const { choice } = p.duplicate;
    const keptId = idOf(p.duplicate.of)!;
    if (choice === 'skip') skipped++;
    if (choice === 'merge') {
      const seeAlsoIds = p.seeAlso.map(idOf).filter((id) => id !== undefined);
      const other = { ...p.draft, preferredId: null, seeAlso: seeAlsoIds };
      const next = mergeDrafts(draftOf(getConcept(ctx, keptId)), other);
      const seeAlso = next.seeAlso.filter((id) => id !== keptId);
      onLine(p.record.line, () => replaceConcept(ctx, keptId, { ...next, seeAlso }));
      merged++;
    }
    // The concept it doubles, as it stands now (for an earlier row of the file: that row's concept).
    const existing = getConcept(ctx, keptId);
    report.push({
      line: p.record.line,
      term: displayTerm(p.record),
      existing: { id: existing.id, en: existing.en.term, fr: existing.fr.term },
      choice,
    });
  }
  return { created: created.size, merged, skipped, duplicates: report };
}
