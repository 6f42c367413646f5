import type {
  Language,
  SubjectField,
  TermOrigin,
  TermSide,
  TermStatus,
} from '../../../../shared/contract';
import { foldForSearch } from '../../../../shared/domain/search-text';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A concept as stored, with what only the core needs (deletion, merge, starter key). */
export interface StoredConcept {
  id: string;
  subject: SubjectField;
  status: TermStatus;
  preferredId: string | null;
  organizationId: string | null;
  en: TermSide;
  fr: TermSide;
  reviewedOn: string | null;
  origin: TermOrigin;
  starterKey: string | null;
  mergedInto: string | null;
  /** JSON: what the concept kept looked like before this one was merged into it. */
  mergeUndo: string | null;
  deletedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A reference to a concept: its terms in both languages. */
export interface ConceptRef {
  id: string;
  en: string;
  fr: string;
}

/** A stored concept with the names joined for showing it. */
export interface ConceptRecord extends StoredConcept {
  num: number;
  organizationName: string | null;
  preferred: ConceptRef | null;
}

export interface StoredMeaning {
  organizationId: string;
  en: string;
  fr: string;
}

export interface MeaningRecord extends StoredMeaning {
  organizationName: string;
}

/** The list's filters, as the repository takes them (see `GlossaryFilter`). */
export interface ConceptFilter {
  subject?: SubjectField | undefined;
  organizationId?: string | undefined;
  status?: TermStatus | undefined;
  missingFrench: boolean;
  language: Language;
}

/** One search match, with what ranks it (see glossaryRepo.matches). */
export interface Match {
  num: number;
  /** 0: an acronym is what was typed; 1: a term is; 2: neither. */
  tier: number;
  /** Lower is better. */
  score: number;
  /** The sort key in the list's language (the other language's term when this one has none). */
  key: string;
  otherKey: string;
  letter: string;
}

interface ConceptRow {
  num: number;
  id: string;
  subject: SubjectField;
  status: TermStatus;
  preferred_id: string | null;
  organization_id: string | null;
  en_term: string;
  en_abbreviations: string;
  en_synonyms: string;
  en_definition: string;
  en_note: string;
  fr_term: string;
  fr_abbreviations: string;
  fr_synonyms: string;
  fr_definition: string;
  fr_note: string;
  reviewed_on: string | null;
  origin: TermOrigin;
  starter_key: string | null;
  merged_into: string | null;
  merge_undo: string | null;
  deleted_at: number | null;
  created_at: number;
  updated_at: number;
  organization_name: string | null;
  preferred_en: string | null;
  preferred_fr: string | null;
}

const strings = (json: string) => JSON.parse(json) as string[];

const toRecord = (r: ConceptRow): ConceptRecord => ({
  num: r.num,
  id: r.id,
  subject: r.subject,
  status: r.status,
  preferredId: r.preferred_id,
  organizationId: r.organization_id,
  en: {
    term: r.en_term,
    abbreviations: strings(r.en_abbreviations),
    synonyms: strings(r.en_synonyms),
    definition: r.en_definition,
    note: r.en_note,
  },
  fr: {
    term: r.fr_term,
    abbreviations: strings(r.fr_abbreviations),
    synonyms: strings(r.fr_synonyms),
    definition: r.fr_definition,
    note: r.fr_note,
  },
  reviewedOn: r.reviewed_on,
  origin: r.origin,
  starterKey: r.starter_key,
  mergedInto: r.merged_into,
  mergeUndo: r.merge_undo,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  organizationName: r.organization_name,
  preferred:
    r.preferred_id === null
      ? null
      : { id: r.preferred_id, en: r.preferred_en ?? '', fr: r.preferred_fr ?? '' },
});

/** The row's parameters, keys included: the repository alone writes them. */
const toParams = (c: StoredConcept) => ({
  id: c.id,
  subject: c.subject,
  status: c.status,
  preferredId: c.preferredId,
  organizationId: c.organizationId,
  enTerm: c.en.term,
  enKey: foldForSearch(c.en.term),
  enAbbreviations: JSON.stringify(c.en.abbreviations),
  enSynonyms: JSON.stringify(c.en.synonyms),
  enDefinition: c.en.definition,
  enNote: c.en.note,
  frTerm: c.fr.term,
  frKey: foldForSearch(c.fr.term),
  frAbbreviations: JSON.stringify(c.fr.abbreviations),
  frSynonyms: JSON.stringify(c.fr.synonyms),
  frDefinition: c.fr.definition,
  frNote: c.fr.note,
  reviewedOn: c.reviewedOn,
  origin: c.origin,
  starterKey: c.starterKey,
  mergedInto: c.mergedInto,
  mergeUndo: c.mergeUndo,
  deletedAt: c.deletedAt,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

const COLUMNS = `c.num, c.id, c.subject, c.status, c.preferred_id, c.organization_id, c.en_term,
  c.en_abbreviations, c.en_synonyms, c.en_definition, c.en_note, c.fr_term, c.fr_abbreviations,
  c.fr_synonyms, c.fr_definition, c.fr_note, c.reviewed_on, c.origin, c.starter_key,
  c.merged_into, c.merge_undo, c.deleted_at, c.created_at, c.updated_at,
  o.name AS organization_name, p.en_term AS preferred_en, p.fr_term AS preferred_fr`;
const JOINS = `
  LEFT JOIN organizations o ON o.id = c.organization_id
  LEFT JOIN glossary_concepts p ON p.id = c.preferred_id`;

/** The folded term columns: the language's own first. */
const keyColumns = (language: Language) =>
  language === 'en' ? (['c.en_key', 'c.fr_key'] as const) : (['c.fr_key', 'c.en_key'] as const);

/**
 * The index letters as ranges of folded keys: a letter's words start with it; '#' holds the rest
 * (digits, other scripts, and a term with no letter or digit at all).
 */
const LETTER_RANGES: Record<string, [string, string][]> = {
  '#': [
    ['', 'a'],
    ['{', '\u{10FFFF}'],
  ],
};
for (const code of Array.from({ length: 26 }, (_, n) => 97 + n)) {
  LETTER_RANGES[String.fromCharCode(code).toUpperCase()] = [
    [String.fromCharCode(code), String.fromCharCode(code + 1)],
  ];
}
export const LETTERS = Object.keys(LETTER_RANGES).sort();

/** The index letter of a folded key (see LETTER_RANGES). */
export const letterOfKey = (key: string) => (/^[a-z]/.test(key) ? key[0]!.toUpperCase() : '#');

/**
 * The key a concept sorts and is indexed by in a language is its term there, folded, or the other
 * language's when it has none there, so a concept with only a French term still has a place in
 * the English list. The list is read as branches that each read a key's index in order: concepts
 * with a term in the language (most) and those without, in each of the ranges asked for (a
 * letter's); SQLite merges them (UNION ALL … ORDER BY) without sorting. `:lo<n>`/`:hi<n>` are
 * the ranges' parameters (see rangeParams).
 */
function keyBranches(language: Language, where: string, ranges: number | null): string[] {
  const [own, other] = keyColumns(language);
  // `> ''`, not `<> ''`: a bound the key's index answers; with a range, the range's bounds must
  // be the ones SQLite takes, so there it is `<> ''`.
  const mine = (nonEmpty: string) =>
    `SELECT c.num, ${own} AS k FROM glossary_concepts c WHERE ${where} AND ${own} ${nonEmpty}`;
  const others = `SELECT c.num, ${other} AS k FROM glossary_concepts c WHERE ${where} AND ${own} = ''`;
  if (ranges === null) return [mine("> ''"), others];
  return Array.from({ length: ranges }, (_, n) => [
    `${mine("<> ''")} AND ${own} >= :lo${n} AND ${own} < :hi${n}`,
    `${others} AND ${other} >= :lo${n} AND ${other} < :hi${n}`,
  ]).flat();
}

const rangeParams = (ranges: readonly [string, string][]) =>
  Object.fromEntries(
    ranges.flatMap(([lo, hi], n) => [
      [`lo${n}`, lo],
      [`hi${n}`, hi],
    ]),
  );

/** The WHERE clause for the list's filters (but the letter and the query). */
function whereOf(f: ConceptFilter): { sql: string; params: Record<string, unknown> } {
  const clauses = ['c.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.subject !== undefined) {
    clauses.push('c.subject = :subject');
    params.subject = f.subject;
  }
  if (f.status !== undefined) {
    clauses.push('c.status = :status');
    params.status = f.status;
  }
  // The agency's own words, and the words it has its own meaning for.
  if (f.organizationId !== undefined) {
    clauses.push(`(c.organization_id = :organizationId OR EXISTS (SELECT 1 FROM glossary_meanings m
      WHERE m.concept_id = c.id AND m.organization_id = :organizationId))`);
    params.organizationId = f.organizationId;
  }
  if (f.missingFrench) clauses.push(`(c.fr_term = '' OR c.fr_definition = '')`);
  return { sql: clauses.join(' AND '), params };
}

/** A match as listConcepts ranks it: the key in the list's language, or the other's for none. */
const toMatch = (num: number, tier: number, score: number, own: string, other: string): Match => {
  const key = own === '' ? other : own;
  return { num, tier, score, key, otherKey: own === '' ? '' : other, letter: letterOfKey(key) };
};

export const glossaryRepo = perDb((db: Db) => {
  const byId = db.prepare<[string], ConceptRow>(
    `SELECT ${COLUMNS} FROM glossary_concepts c ${JOINS} WHERE c.id = ?`,
  );
  const byNums = db.prepare<[string], ConceptRow>(
    `SELECT ${COLUMNS} FROM json_each(?) j JOIN glossary_concepts c ON c.num = j.value ${JOINS}
     ORDER BY j.key`,
  );
  // The English list's order, for lists that have no language of their own.
  const enOrder = {
    key: "CASE WHEN c.en_key <> '' THEN c.en_key ELSE c.fr_key END",
    otherKey: "CASE WHEN c.en_key <> '' THEN c.fr_key ELSE c.en_key END",
  };
  const live = db.prepare<[], ConceptRow>(
    `SELECT ${COLUMNS} FROM glossary_concepts c ${JOINS} WHERE c.deleted_at IS NULL
     ORDER BY ${enOrder.key}, ${enOrder.otherKey}, c.num`,
  );
  const starters = db.prepare<[], ConceptRow>(
    `SELECT ${COLUMNS} FROM glossary_concepts c ${JOINS} WHERE c.starter_key IS NOT NULL
     ORDER BY c.num`,
  );
  /*
   * Same folded term in the same language, or the same acronym (exact) in either language. Each
   * way is looked up in an index (the key indexes; the search index's terms columns for
   * acronyms, which hold them as words), so asking costs the same with 50 or 5,000 concepts;
   * only those candidates have their acronyms read, for the exact comparison.
   */
  const duplicateSql = (acronymCandidates: string) => `
    SELECT ${COLUMNS} FROM glossary_concepts c ${JOINS}
    WHERE c.num IN (
        SELECT num FROM glossary_concepts WHERE en_key = :enKey AND deleted_at IS NULL
        UNION SELECT num FROM glossary_concepts WHERE fr_key = :frKey AND deleted_at IS NULL
        ${acronymCandidates})
      AND c.deleted_at IS NULL AND (
        c.en_key = :enKey OR c.fr_key = :frKey
        OR EXISTS (SELECT 1 FROM json_each(c.en_abbreviations) a
          WHERE a.value IN (SELECT value FROM json_each(:acronyms)))
        OR EXISTS (SELECT 1 FROM json_each(c.fr_abbreviations) a
          WHERE a.value IN (SELECT value FROM json_each(:acronyms))))
    ORDER BY c.num`;
  type DuplicateParams = { enKey: string | null; frKey: string | null; acronyms: string };
  const duplicatesByTerm = db.prepare<DuplicateParams, ConceptRow>(duplicateSql(''));
  const duplicatesByTermOrAcronym = db.prepare<DuplicateParams & { match: string }, ConceptRow>(
    duplicateSql('UNION SELECT rowid FROM glossary_fts WHERE glossary_fts MATCH :match'),
  );
  const insert = db.prepare(`
    INSERT INTO glossary_concepts (id, subject, status, preferred_id, organization_id, en_term,
      en_key, en_abbreviations, en_synonyms, en_definition, en_note, fr_term, fr_key,
      fr_abbreviations, fr_synonyms, fr_definition, fr_note, reviewed_on, origin, starter_key,
      merged_into, merge_undo, deleted_at, created_at, updated_at)
    VALUES (:id, :subject, :status, :preferredId, :organizationId, :enTerm, :enKey,
      :enAbbreviations, :enSynonyms, :enDefinition, :enNote, :frTerm, :frKey, :frAbbreviations,
      :frSynonyms, :frDefinition, :frNote, :reviewedOn, :origin, :starterKey, :mergedInto,
      :mergeUndo, :deletedAt, :createdAt, :updatedAt)`);
  const update = db.prepare(`
    UPDATE glossary_concepts SET subject = :subject, status = :status,
      preferred_id = :preferredId, organization_id = :organizationId, en_term = :enTerm,
      en_key = :enKey, en_abbreviations = :enAbbreviations, en_synonyms = :enSynonyms,
      en_definition = :enDefinition, en_note = :enNote, fr_term = :frTerm, fr_key = :frKey,
      fr_abbreviations = :frAbbreviations, fr_synonyms = :frSynonyms,
      fr_definition = :frDefinition, fr_note = :frNote, reviewed_on = :reviewedOn,
      origin = :origin, starter_key = :starterKey, merged_into = :mergedInto,
      merge_undo = :mergeUndo, deleted_at = :deletedAt, created_at = :createdAt,
      updated_at = :updatedAt
    WHERE id = :id`);
  const remove = db.prepare<[string]>('DELETE FROM glossary_concepts WHERE id = ?');

  const meaningsOf = db.prepare<[string], MeaningRecord & { concept_id: string }>(`
    SELECT m.concept_id, m.organization_id AS organizationId, o.name AS organizationName, m.en, m.fr
    FROM json_each(?) j JOIN glossary_meanings m ON m.concept_id = j.value
      JOIN organizations o ON o.id = m.organization_id
    ORDER BY o.name_key, o.name`);
  const meaningRows = db.prepare<[string], StoredMeaning>(
    `SELECT organization_id AS organizationId, en, fr FROM glossary_meanings
     WHERE concept_id = ? ORDER BY rowid`,
  );
  const removeMeaning = db.prepare<[string, string]>(
    'DELETE FROM glossary_meanings WHERE concept_id = ? AND organization_id = ?',
  );
  const putMeaning = db.prepare(`
    INSERT INTO glossary_meanings (concept_id, organization_id, en, fr)
    VALUES (:conceptId, :organizationId, :en, :fr)
    ON CONFLICT (concept_id, organization_id) DO UPDATE SET en = excluded.en, fr = excluded.fr`);

  // See-also links to live concepts, in the English list's order.
  const linksOf = db.prepare<[string], ConceptRef & { concept_id: string }>(`
    SELECT l.concept_id, c.id, c.en_term AS en, c.fr_term AS fr
    FROM json_each(?) j JOIN glossary_links l ON l.concept_id = j.value
      JOIN glossary_concepts c ON c.id = l.other_id
    WHERE c.deleted_at IS NULL
    ORDER BY ${enOrder.key}, ${enOrder.otherKey}, c.num`);
  const linkedIds = db
    .prepare<[string], string>(
      'SELECT other_id FROM glossary_links WHERE concept_id = ? ORDER BY rowid',
    )
    .pluck();
  const removeLink = db.prepare<[string, string, string, string]>(
    `DELETE FROM glossary_links WHERE (concept_id = ? AND other_id = ?)
       OR (concept_id = ? AND other_id = ?)`,
  );
  const insertLink = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO glossary_links (concept_id, other_id) VALUES (?, ?)',
  );

  const redirecting = db
    .prepare<[string], string>(
      'SELECT id FROM glossary_concepts WHERE preferred_id = ? ORDER BY num',
    )
    .pluck();
  const liveRedirecting = db.prepare<[string], ConceptRef>(`
    SELECT id, en_term AS en, fr_term AS fr FROM glossary_concepts
    WHERE preferred_id = ? AND deleted_at IS NULL ORDER BY num`);
  const setPreferred = db.prepare<[string, string]>(
    'UPDATE glossary_concepts SET preferred_id = ? WHERE id = ?',
  );

  const ignored = db
    .prepare<[], string>('SELECT acronym FROM glossary_ignored_acronyms ORDER BY acronym')
    .pluck();
  const ignore = db.prepare<[string, number]>(
    'INSERT OR IGNORE INTO glossary_ignored_acronyms (acronym, created_at) VALUES (?, ?)',
  );
  const unignore = db.prepare<[string]>('DELETE FROM glossary_ignored_acronyms WHERE acronym = ?');

  // The list's statements depend on which filters are given: prepared once per text.
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    /** Deleted and merged concepts included (see `deletedAt`), so they can be restored. */
    get: (id: string) => {
      const row = byId.get(id);
      return row ? toRecord(row) : undefined;
    },
    /** Concepts by `num`, in the order given. */
    byNums: (nums: readonly number[]) =>
      nums.length === 0 ? [] : byNums.all(JSON.stringify(nums)).map(toRecord),
    /** Every live concept, by English term (or French, for those with none), then French. */
    live: () => live.all().map(toRecord),
    /** The starter glossary's concepts, deleted ones included. */
    starters: () => starters.all().map(toRecord),
    /** Live concepts with this folded term in its language, or one of these acronyms (exact). */
    duplicates: (enKey: string, frKey: string, acronyms: readonly string[]) => {
      // An empty key doubles nothing: NULL equals no key.
      const params = {
        enKey: enKey === '' ? null : enKey,
        frKey: frKey === '' ? null : frKey,
        acronyms: JSON.stringify(acronyms),
      };
      // Each acronym as a phrase of the terms columns ("L&BS" is the words "l bs" there); one
      // with no letter or digit has no word to look for, and no such acronym can be saved.
      const phrases = acronyms
        .filter((a) => /[\p{L}\p{N}]/u.test(a))
        .map((a) => `"${a.replaceAll('"', '""')}"`);
      const rows =
        phrases.length === 0
          ? duplicatesByTerm.all(params)
          : duplicatesByTermOrAcronym.all({
              ...params,
              match: `{en_terms fr_terms} : (${phrases.join(' OR ')})`,
            });
      return rows.map(toRecord);
    },
    /** Inserts and returns the concept's `num` (its row in the search index). */
    insert: (c: StoredConcept) => Number(insert.run(toParams(c)).lastInsertRowid),
    update: (c: StoredConcept) => update.run(toParams(c)),
    /** Erases the concept, its meanings and links (the starter glossary's removal). */
    remove: (id: string) => remove.run(id),

    /** Meanings per concept id, ordered by agency name. */
    meanings: (ids: readonly string[]) => {
      const byConcept = new Map<string, MeaningRecord[]>();
      if (ids.length === 0) return byConcept;
      for (const { concept_id, ...meaning } of meaningsOf.all(JSON.stringify(ids))) {
        const list = byConcept.get(concept_id) ?? [];
        list.push(meaning);
        byConcept.set(concept_id, list);
      }
      return byConcept;
    },
    /** The concept's meanings as stored (for a merge's undo). */
    storedMeanings: (conceptId: string) => meaningRows.all(conceptId),
    /**
     * Makes the concept's meanings these: rows that stay are updated in place, so undoing a merge
     * leaves them exactly as they were.
     */
    syncMeanings: (conceptId: string, meanings: readonly StoredMeaning[]) => {
      const wanted = new Set(meanings.map((m) => m.organizationId));
      for (const m of meaningRows.all(conceptId))
        if (!wanted.has(m.organizationId)) removeMeaning.run(conceptId, m.organizationId);
      for (const m of meanings) putMeaning.run({ conceptId, ...m });
    },

    /** See-also links to live concepts, per concept id. */
    links: (ids: readonly string[]) => {
      const byConcept = new Map<string, ConceptRef[]>();
      if (ids.length === 0) return byConcept;
      for (const { concept_id, ...ref } of linksOf.all(JSON.stringify(ids))) {
        const list = byConcept.get(concept_id) ?? [];
        list.push(ref);
        byConcept.set(concept_id, list);
      }
      return byConcept;
    },
    /** Every concept linked to this one, deleted ones included. */
    linkedIds: (id: string) => linkedIds.all(id),
    /** Makes the concept's links (both directions) these, leaving the others' rows in place. */
    syncLinks: (id: string, otherIds: readonly string[]) => {
      const wanted = new Set(otherIds);
      for (const other of linkedIds.all(id))
        if (!wanted.has(other)) removeLink.run(id, other, other, id);
      for (const other of wanted) {
        insertLink.run(id, other);
        insertLink.run(other, id);
      }
    },

    /** Concepts, deleted ones included, whose preferred concept is this one. */
    redirecting: (id: string) => redirecting.all(id),
    liveRedirecting: (id: string) => liveRedirecting.all(id),
    /** Moves a redirect: a merge's references follow the concept kept (its own stamp untouched). */
    setPreferred: (id: string, preferredId: string) => setPreferred.run(preferredId, id),

    ignoredAcronyms: () => ignored.all(),
    setIgnored: (acronym: string, isIgnored: boolean, now: number) =>
      isIgnored ? ignore.run(acronym, now) : unignore.run(acronym),

    /** A page of the list in the language's alphabetical order, with the total and the letters. */
    browse: (
      f: ConceptFilter,
      letter: string | undefined,
      page: { limit: number; offset: number },
    ) => {
      const where = whereOf(f);
      const ranges = letter === undefined ? null : (LETTER_RANGES[letter] ?? []);
      const params = { ...where.params, ...(ranges && rangeParams(ranges)) };
      const branches = keyBranches(f.language, where.sql, ranges?.length ?? null);
      const nums = prepared(
        `${branches.join(' UNION ALL ')} ORDER BY k, num LIMIT :limit OFFSET :offset`,
      )
        .pluck()
        .all({ ...params, ...page }) as number[];
      const total = prepared(
        `SELECT ${branches.map((b) => `(SELECT count(*) FROM (${b}))`).join(' + ')}`,
      )
        .pluck()
        .get(params) as number;
      // A letter is on the bar when a concept under the filters has it: a look in the index per range.
      const probe = prepared(
        `SELECT ${keyBranches(f.language, where.sql, 1)
          .map((b) => `EXISTS (${b})`)
          .join(' OR ')}`,
      ).pluck();
      const letters = LETTERS.filter((l) =>
        LETTER_RANGES[l]!.some(
          (range) => probe.get({ ...where.params, ...rangeParams([range]) }) === 1,
        ),
      );
      return { nums, total, letters };
    },

    /**
     * Every live concept matching an FTS5 query (see toFtsQuery) under the filters, with its
     * tier: 0 when one of its acronyms is what was typed (ignoring case), 1 when one of its terms
     * is (folded), 2 otherwise. `typed` holds what was typed and, when it differs, the same
     * without a leading French elision ("l’itinérance" is the term "itinérance"). `ranked` scores
     * each with bm25, terms, acronyms and synonyms weighing ten times definitions and notes;
     * otherwise every score is 0 (see listConcepts).
     */
    matches: (
      match: string,
      f: ConceptFilter,
      { typed, ranked }: { typed: readonly [string, string]; ranked: boolean },
    ): Match[] => {
      const where = whereOf(f);
      const [own, other] = keyColumns(f.language);
      const score = ranked ? 'bm25(glossary_fts, 10.0, 10.0, 1.0, 1.0)' : '0';
      // Acronyms are stored as JSON arrays: the typed text in quotes is one whole element.
      // SQLite's lower() folds only ASCII, so an acronym with accents is looked for in capitals.
      const acronym = (n: number) =>
        `instr(lower(c.en_abbreviations), :lower${n}) OR instr(lower(c.fr_abbreviations), :lower${n})
          OR instr(c.en_abbreviations, :upper${n}) OR instr(c.fr_abbreviations, :upper${n})`;
      const rows = prepared(`
        SELECT c.num, ${score} AS score, ${own} AS own, ${other} AS other,
          CASE WHEN ${acronym(0)} OR ${acronym(1)} THEN 0
            WHEN c.en_key IN (:folded0, :folded1) OR c.fr_key IN (:folded0, :folded1) THEN 1
            ELSE 2 END AS tier
        FROM glossary_fts JOIN glossary_concepts c ON c.num = glossary_fts.rowid
        WHERE glossary_fts MATCH :match AND ${where.sql}`).all({
        ...where.params,
        match,
        ...Object.fromEntries(
          typed.flatMap((text, n) => [
            [`lower${n}`, JSON.stringify(text.toLowerCase())],
            [`upper${n}`, JSON.stringify(text.toUpperCase())],
            [`folded${n}`, foldForSearch(text) || null],
          ]),
        ),
      }) as { num: number; score: number; own: string; other: string; tier: number }[];
      return rows.map((r) => toMatch(r.num, r.tier, r.score, r.own, r.other));
    },

    /**
     * Live concepts under the filters whose term in the list's language (its sort key, as the
     * letter index has it) or one of whose acronyms starts with `initial` (folded: what a
     * one-letter query is), with the tier of `matches`. The keys are read in their indexes; the
     * acronyms through the search index's terms columns, which hold them as words, SQLite keeping
     * only the rows whose acronyms may start so (its lower() folds ASCII only: an acronym starting
     * with another letter, "ÉSPT" for "e", is checked here).
     */
    startingWith: (initial: string, f: ConceptFilter): Match[] => {
      const where = whereOf(f);
      const [own, other] = keyColumns(f.language);
      const last = String.fromCodePoint(initial.codePointAt(initial.length - 1)!);
      const next = initial.slice(0, -last.length) + String.fromCodePoint(last.codePointAt(0)! + 1);
      const acronyms = 'c.en_abbreviations || c.fr_abbreviations';
      const columns = `c.num, ${own} AS own, ${other} AS other,
        CASE WHEN ${acronyms} = '[][]' THEN NULL ELSE ${acronyms} END AS acronyms`;
      type Row = { num: number; own: string; other: string; acronyms: string | null };
      const byTerm = prepared(`
        SELECT ${columns} FROM glossary_concepts c
        WHERE c.num IN (${keyBranches(f.language, where.sql, 1)
          .map((branch) => `SELECT num FROM (${branch})`)
          .join(' UNION ')})`).all({
        ...where.params,
        ...rangeParams([[initial, next]]),
      }) as Row[];
      const inRange = new Set(byTerm.map((r) => r.num));
      const byAcronym = (
        prepared(`
          SELECT ${columns} FROM glossary_fts JOIN glossary_concepts c ON c.num = glossary_fts.rowid
          WHERE glossary_fts MATCH :match AND ${where.sql}
            AND (instr(lower(${acronyms}), :quoted) OR ${acronyms} GLOB '*"[^ -~]*')`).all({
          ...where.params,
          match: `{en_terms fr_terms} : "${initial}"*`,
          quoted: `"${initial}`,
        }) as Row[]
      ).filter((r) => !inRange.has(r.num));
      // Both sides' JSON arrays end to end, "[…][…]".
      const acronymsOf = (r: Row) =>
        r.acronyms === null
          ? []
          : (JSON.parse(`[${r.acronyms.replace('][', '],[')}]`) as string[][]).flat();
      // Folding is what costs: only an acronym as short as the letter (with a dot, say) can be it.
      const isInitial = (a: string) => a.length <= 3 && foldForSearch(a) === initial;
      const tierOf = (r: Row, acronyms: string[]) => {
        const key = r.own === '' ? r.other : r.own;
        return acronyms.some(isInitial) ? 0 : key === initial ? 1 : 2;
      };
      return [
        ...byTerm.map((r) => toMatch(r.num, tierOf(r, acronymsOf(r)), 0, r.own, r.other)),
        ...byAcronym.flatMap((r) => {
          const acronyms = acronymsOf(r);
          if (!acronyms.some((a) => foldForSearch(a).startsWith(initial))) return [];
          return [toMatch(r.num, tierOf(r, acronyms), 0, r.own, r.other)];
        }),
      ];
    },
  };
});
