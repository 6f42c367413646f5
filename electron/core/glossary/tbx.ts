import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError, type ErrorIssue } from '../../../shared/errors';
import { csvError, lineIssue } from '../csv';
import type { DecodedFile } from './csv';
import {
  emptySide,
  LANGUAGES,
  normalizeNewlines,
  type GlossaryRecord,
  type Language,
  type RecordMeaning,
  type RecordRef,
  type RecordSide,
} from './record';

/*
 * The glossary as TBX-Basic (ISO 30042:2019, TBX v3, DCA style). How a Roundtable concept maps:
 *
 * <conceptEntry id="c1">                          one per concept; ids are positions in the file
 *   <descrip type="subjectField">housing</descrip>   the subject key
 *   <ref type="crossReference" target="c7">…</ref>   see-also, one per related concept, at entry level
 *   <transacGrp> transactionType "modification" + <date>: the last-reviewed date (TBX-Basic has no
 *                "review" transaction; the latest modification date is read back as it)
 *   <langSec xml:lang="en|fr">
 *     <descrip type="definition">                  the definition
 *     <descripGrp> definition + <admin type="customerSubset">Agency</admin>: what the term means
 *                  at that agency (a definition qualified by its customer)
 *     <termSec> term, termType fullForm, administrativeStatus (the concept's status),
 *               <admin type="customerSubset"> the agency that uses the term, <note> the usage note,
 *               and, on a deprecated concept's term, <ref type="crossReference"> to the preferred
 *               concept (a term-level cross-reference is the "use instead" link)
 *     <termSec> each abbreviation: termType acronym (all capitals) or abbreviation
 *     <termSec> each synonym: termType variant, admitted (deprecated on a deprecated concept)
 *
 * Reading also accepts the TBX 2 form (<martif type="TBX-Basic">: martifHeader, termEntry, langSet,
 * tig) and other termType and status values of the TBX-Basic picklists. A DOCTYPE is refused
 * outright: no external entities and no entity expansion can reach the parser.
 */

export const TBX_MIME = 'application/x-tbx+xml';

const ABBREVIATION_TYPES = new Set([
  'acronym',
  'abbreviation',
  'shortform',
  'initialism',
  'clippedterm',
  'abbreviatedformfor',
  'shortformfor',
]);
const SYNONYM_TYPES = new Set(['variant', 'synonym']);

const STATUS_IN: Record<string, string> = {
  'preferredterm-admn-sts': 'preferred',
  'admittedterm-admn-sts': 'admitted',
  'deprecatedterm-admn-sts': 'deprecated',
  'supersededterm-admn-sts': 'deprecated',
  // TBX-Min and TBX-Basic 2019 plain values.
  preferred: 'preferred',
  admitted: 'admitted',
  notrecommended: 'deprecated',
  obsolete: 'deprecated',
  deprecated: 'deprecated',
};
const STATUS_OUT: Record<string, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
};

/* ----------------------------------------------------------------- read */

/** A parsed element: attributes as `@_name`, text as `#text`, children always as arrays. */
type XmlNode = Record<string, unknown> | string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // The five XML entities and character references; there is never a DOCTYPE to define more.
  htmlEntities: true,
  captureMetaData: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});
const META = XMLParser.getMetaDataSymbol();

const children = (node: XmlNode | undefined, name: string): XmlNode[] => {
  if (!node || typeof node === 'string') return [];
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
/** The first of several alternative element names that is present (TBX 3 and TBX 2 names). */
const childrenOf = (node: XmlNode | undefined, ...names: string[]) =>
  names.map((n) => children(node, n)).find((list) => list.length > 0) ?? [];
const attr = (node: XmlNode, name: string): string => {
  if (typeof node === 'string') return '';
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : '';
};
const text = (node: XmlNode): string =>
  normalizeNewlines(
    typeof node === 'string' ? node : typeof node['#text'] === 'string' ? node['#text'] : '',
  ).trim();
const typed = (nodes: XmlNode[], type: string) => nodes.filter((n) => attr(n, 'type') === type);
const squash = (value: string) => value.toLowerCase().replace(/[\s_]/g, '');
const joinTexts = (texts: string[]) => texts.filter((t) => t !== '').join('\n\n');

function lineLocator(source: string) {
  const starts: number[] = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Refuses what must never reach a parser; then checks the XML is well-formed. */
function assertSafeWellFormed(source: string, lineAt: (offset: number) => number) {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(source);
  if (doctype) throw csvError([lineIssue(lineAt(doctype.index), '', 'doctypeRefused')]);
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { line, msg } = valid.err;
    throw new AppError(
      'invalid_input',
      `The file was not imported (line ${line}: the XML is not well-formed: ${msg.slice(0, 200)}).`,
      [lineIssue(line, '', 'invalidXml')],
    );
  }
}

interface Term {
  node: XmlNode;
  value: string;
  type: string;
  status: string;
}

const STATUS_RANK: Record<string, number> = { preferred: 0, admitted: 1, '': 2, deprecated: 3 };

/** Reads one langSec (or langSet): the side, the status of its main term, and its agency. */
function readSide(langSec: XmlNode, meanings: Map<string, RecordMeaning>, lang: Language) {
  const terms: Term[] = childrenOf(langSec, 'termSec', 'tig').map((node) => {
    const notes = children(node, 'termNote');
    return {
      node,
      value: text(children(node, 'term')[0] ?? ''),
      type: squash(text(typed(notes, 'termType')[0] ?? '')),
      status: text(typed(notes, 'administrativeStatus')[0] ?? ''),
    };
  });
  const statusKey = (t: Term) => STATUS_IN[squash(t.status)] ?? t.status;
  const abbreviations = terms.filter((t) => ABBREVIATION_TYPES.has(t.type));
  const others = terms.filter((t) => !ABBREVIATION_TYPES.has(t.type));
  // The main term is the best-ranked one that is not marked a variant, the first among equals:
  // files list it first, and a preferred term outranks the deprecated synonyms beside it.
  let main: Term | undefined;
  for (const t of others) {
    if (SYNONYM_TYPES.has(t.type)) continue;
    const rank = STATUS_RANK[statusKey(t)] ?? 2;
    if (!main || rank < (STATUS_RANK[statusKey(main)] ?? 2)) main = t;
  }

  const definitions: string[] = typed(children(langSec, 'descrip'), 'definition').map(text);
  for (const group of children(langSec, 'descripGrp')) {
    const definition = text(typed(children(group, 'descrip'), 'definition')[0] ?? '');
    const agency = text(typed(children(group, 'admin'), 'customerSubset')[0] ?? '');
    if (!agency) {
      definitions.push(definition);
      continue;
    }
    const meaning = meanings.get(agency) ?? { agency, en: '', fr: '' };
    meaning[lang] = joinTexts([meaning[lang], definition]);
    meanings.set(agency, meaning);
  }
  // TBX 2 files often define the term inside its tig.
  if (definitions.length === 0 && main) {
    definitions.push(...typed(children(main.node, 'descrip'), 'definition').map(text));
  }
  const notes = [
    ...children(langSec, 'note').map(text),
    ...terms.flatMap((t) => children(t.node, 'note').map(text)),
  ];

  const side: RecordSide = {
    term: main?.value ?? '',
    abbreviations: abbreviations.map((t) => t.value).filter((v) => v !== ''),
    synonyms: others
      .filter((t) => t !== main)
      .map((t) => t.value)
      .filter((v) => v !== ''),
    definition: joinTexts(definitions),
    note: joinTexts(notes),
  };
  const agency = terms
    .flatMap((t) => typed(children(t.node, 'admin'), 'customerSubset'))
    .map(text)
    .find((a) => a !== '');
  return {
    side,
    status: main ? statusKey(main) : '',
    agency,
    termRefs: terms.flatMap((t) => refsIn(t.node)),
    langRefs: refsIn(langSec),
  };
}

const refsIn = (node: XmlNode): RecordRef[] =>
  typed(children(node, 'ref'), 'crossReference').map((r) => ({
    name: text(r),
    fileId: attr(r, 'target') || null,
  }));

/** Reads a TBX-Basic file (TBX 3, or TBX 2 `martif`) into records, each with its entry's line. */
export function decodeTbx(source: string): DecodedFile {
  const xml = source.replace(/^\uFEFF/, '');
  const lineAt = lineLocator(xml);
  assertSafeWellFormed(xml, lineAt);
  const doc = parser.parse(xml) as Record<string, unknown>;
  const root = childrenOf(doc, 'tbx', 'martif')[0];
  if (!root) throw csvError([lineIssue(1, '', 'notTbx')]);
  const lineOf = (node: XmlNode) => {
    const meta = typeof node === 'string' ? undefined : (node[META as never] as unknown);
    const start = (meta as { startIndex?: number } | undefined)?.startIndex;
    return start === undefined ? 1 : lineAt(start);
  };
  if (childrenOf(root, 'tbxHeader', 'martifHeader').length === 0) {
    throw csvError([lineIssue(lineOf(root), '', 'missingHeader')]);
  }
  const body = children(children(root, 'text')[0], 'body')[0];
  const entries = childrenOf(body, 'conceptEntry', 'termEntry');

  const issues: ErrorIssue[] = [];
  const ignored = new Set<string>();
  const ids = new Set<string>();
  const records = entries.map((entry): GlossaryRecord => {
    const line = lineOf(entry);
    const fileId = attr(entry, 'id') || null;
    if (fileId !== null) {
      if (ids.has(fileId)) issues.push(lineIssue(line, 'id', 'duplicateId'));
      ids.add(fileId);
    }
    const meanings = new Map<string, RecordMeaning>();
    const record: GlossaryRecord = {
      line,
      fileId,
      en: emptySide(),
      fr: emptySide(),
      subject: text(typed(children(entry, 'descrip'), 'subjectField')[0] ?? ''),
      status: '',
      preferred: null,
      agency: '',
      meanings: [],
      seeAlso: refsIn(entry),
      reviewedOn: '',
    };
    const termRefs: RecordRef[] = [];
    for (const langSec of childrenOf(entry, 'langSec', 'langSet')) {
      const code = attr(langSec, 'xml:lang').toLowerCase().split(/[-_]/)[0] ?? '';
      const lang = LANGUAGES.find((l) => l === code);
      if (!lang) {
        ignored.add(`langSec xml:lang="${attr(langSec, 'xml:lang')}"`);
        continue;
      }
      const read = readSide(langSec, meanings, lang);
      // A second langSec in one language adds to the first rather than replacing it.
      const into = record[lang];
      if (into.term === '') into.term = read.side.term;
      else if (read.side.term) into.synonyms.push(read.side.term);
      into.abbreviations.push(...read.side.abbreviations);
      into.synonyms.push(...read.side.synonyms);
      into.definition = joinTexts([into.definition, read.side.definition]);
      into.note = joinTexts([into.note, read.side.note]);
      if (!record.status || (lang === 'en' && read.side.term)) {
        record.status = read.status || record.status;
      }
      record.agency ||= read.agency ?? '';
      termRefs.push(...read.termRefs);
      record.seeAlso.push(...read.langRefs);
    }
    record.meanings = [...meanings.values()];
    // On a deprecated concept, a term's cross-reference is its replacement; any others relate.
    if (record.status === 'deprecated') record.preferred = termRefs.shift() ?? null;
    record.seeAlso.push(...termRefs);
    const reviewed = children(entry, 'transacGrp')
      .filter((g) => squash(text(children(g, 'transac')[0] ?? '')) === 'modification')
      .map((g) => text(children(g, 'date')[0] ?? ''))
      .sort();
    record.reviewedOn = reviewed.at(-1) ?? '';
    for (const note of children(entry, 'note')) if (text(note)) ignored.add('note (entry level)');
    return record;
  });
  return { records, ignoredColumns: [...ignored], issues };
}

/* ---------------------------------------------------------------- write */

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** All capitals (and at least two): how an acronym looks, as opposed to "Dept." or "Ont.". */
const looksLikeAcronym = (value: string) => !/\p{Ll}/u.test(value) && /\p{Lu}.*\p{Lu}/u.test(value);

const el = (type: string, value: string) => ({ '@_type': type, '#text': value });
const refEl = (ref: RecordRef) => ({
  '@_type': 'crossReference',
  ...(ref.fileId ? { '@_target': ref.fileId } : {}),
  '#text': ref.name,
});

function termSec(
  term: string,
  termType: string,
  status: string,
  extra: { agency?: string; note?: string; ref?: RecordRef | null },
) {
  return {
    term: term,
    termNote: [el('termType', termType), el('administrativeStatus', STATUS_OUT[status] ?? status)],
    ...(extra.agency ? { admin: el('customerSubset', extra.agency) } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    ...(extra.ref ? { ref: refEl(extra.ref) } : {}),
  };
}

function langSec(record: GlossaryRecord, lang: Language, withPreferred: boolean) {
  const side = record[lang];
  const otherStatus = record.status === 'deprecated' ? 'deprecated' : 'admitted';
  const specs: {
    term: string;
    type: string;
    status: string;
    note?: string;
    ref?: RecordRef | null;
  }[] = [
    ...(side.term
      ? [
          {
            term: side.term,
            type: 'fullForm',
            status: record.status,
            note: side.note,
            ref: withPreferred ? record.preferred : null,
          },
        ]
      : []),
    ...side.abbreviations.map((a) => ({
      term: a,
      type: looksLikeAcronym(a) ? 'acronym' : 'abbreviation',
      status: record.status,
    })),
    ...side.synonyms.map((s) => ({ term: s, type: 'variant', status: otherStatus })),
  ];
  // The agency that uses the term is said once per language, on its first term.
  const terms = specs.map((spec, i) =>
    termSec(spec.term, spec.type, spec.status, {
      agency: i === 0 ? record.agency : '',
      note: spec.note ?? '',
      ref: spec.ref ?? null,
    }),
  );
  const meanings = record.meanings
    .filter((m) => m[lang] !== '')
    .map((m) => ({
      descrip: el('definition', m[lang]),
      admin: el('customerSubset', m.agency),
    }));
  return {
    '@_xml:lang': lang,
    ...(side.definition ? { descrip: el('definition', side.definition) } : {}),
    ...(meanings.length ? { descripGrp: meanings } : {}),
    // A side with no term keeps its usage note at language level.
    ...(!side.term && side.note ? { note: side.note } : {}),
    ...(terms.length ? { termSec: terms } : {}),
  };
}

function conceptEntry(record: GlossaryRecord) {
  const langs = LANGUAGES.filter((lang) => {
    const s = record[lang];
    return s.term || s.abbreviations.length || s.synonyms.length || s.definition || s.note;
  });
  // The "use instead" link sits on the first language's main term, once.
  const preferredOn = langs.find((l) => record[l].term !== '');
  return {
    ...(record.fileId ? { '@_id': record.fileId } : {}),
    descrip: el('subjectField', record.subject),
    ...(record.seeAlso.length ? { ref: record.seeAlso.map(refEl) } : {}),
    ...(record.reviewedOn
      ? {
          transacGrp: {
            transac: el('transactionType', 'modification'),
            date: record.reviewedOn,
          },
        }
      : {}),
    langSec: langs.map((l) => langSec(record, l, l === preferredOn)),
  };
}

/** Writes records (their fileId set) as a TBX-Basic document. */
export function encodeTbx(records: readonly GlossaryRecord[]): string {
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tbx: {
      '@_type': 'TBX-Basic',
      '@_style': 'dca',
      '@_xml:lang': 'en',
      '@_xmlns': 'urn:iso:std:iso:30042:ed-2',
      tbxHeader: {
        fileDesc: {
          titleStmt: { title: 'Roundtable glossary' },
          sourceDesc: { p: 'Exported from Roundtable, a meeting app for interagency tables.' },
        },
      },
      text: { body: { conceptEntry: records.map(conceptEntry) } },
    },
  };
  return builder.build(document) as string;
}
