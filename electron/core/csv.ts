import Papa from 'papaparse';
import { AppError, type ErrorIssue } from '../../shared/errors';
import { foldForSearch } from '../../shared/domain/search-text';

export interface CsvRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface ParsedCsv {
  rows: CsvRow[];
  ignoredColumns: string[];
}

/** Column names as people write them, in English or French, folded to one key. */
export type ColumnAliases = Record<string, readonly string[]>;

const MAX_REPORTED = 20;
const headerKey = (h: string) => foldForSearch(h).replace(/[\s\-.]+/g, '_');

export function csvError(issues: ErrorIssue[]): AppError {
  const first = issues[0];
  const where = first
    ? `line ${String(first.path[1])}: ${first.path.slice(2).join('.') || 'file'}: ${first.message}`
    : '';
  return new AppError(
    'invalid_input',
    `The file was not imported (${where}).`,
    issues.slice(0, MAX_REPORTED),
  );
}

export const lineIssue = (line: number, field: string, message: string): ErrorIssue => ({
  path: field ? ['line', line, field] : ['line', line],
  message,
});

/**
 * Parses CSV text (UTF-8, header row) into rows keyed by canonical column name.
 * Any structural problem rejects the whole file, with the line where it starts.
 */
export function parseCsv(
  text: string,
  aliases: ColumnAliases,
  required: readonly string[],
): ParsedCsv {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw csvError([lineIssue(1, '', 'emptyFile')]);

  const lineStarts: number[] = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const records: { line: number; cells: string[] }[] = [];
  const issues: ErrorIssue[] = [];
  // U+FFFD is what a file in another encoding (e.g. Windows-1252) becomes when read as UTF-8:
  // importing it would store the damage in names for good.
  lineStarts.forEach((start, i) => {
    const end = lineStarts[i + 1] ?? source.length;
    if (source.slice(start, end).includes('\uFFFD')) issues.push(lineIssue(i + 1, '', 'notUtf8'));
  });
  if (issues.length) throw csvError(issues);
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const line = lineAt(rowStart);
      rowStart = result.meta.cursor;
      for (const e of result.errors) {
        // A one-column file has no delimiter to detect; that is not an error.
        if (e.type === 'Delimiter') continue;
        issues.push(
          lineIssue(line, '', e.code === 'MissingQuotes' ? 'unclosedQuote' : 'malformedRow'),
        );
      }
      records.push({ line, cells: result.data });
    },
  });
  if (issues.length) throw csvError(issues);

  const [header, ...body] = records;
  if (!header) throw csvError([lineIssue(1, '', 'emptyFile')]);
  const byAlias = new Map<string, string>();
  for (const [column, names] of Object.entries(aliases)) {
    for (const name of [column, ...names]) byAlias.set(headerKey(name), column);
  }
  const columns = header.cells.map((h) => byAlias.get(headerKey(h)));
  const ignoredColumns = header.cells.filter((_, i) => !columns[i]).filter((h) => h.trim() !== '');
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) throw csvError(missing.map((c) => lineIssue(1, c, 'missingColumn')));

  const rows = body.map(({ line, cells }) => {
    if (
      cells.length > header.cells.length &&
      cells.slice(header.cells.length).some((c) => c.trim() !== '')
    ) {
      issues.push(lineIssue(line, '', 'tooManyCells'));
    }
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) values[column] = unescapeFormula(cells[i] ?? '').trim();
    });
    return { line, values };
  });
  if (issues.length) throw csvError(issues);
  return { rows, ignoredColumns };
}

/*
 * Spreadsheets run a cell that starts with = + - @ as a formula. Exports prefix such cells with an
 * apostrophe unless the cell is plainly a number or phone number ("+1 613 555-0100"); imports drop it.
 */
const FORMULA = /^[=+\-@\t\r](?![\d\s().+-]*$)/;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map((cell) => (FORMULA.test(cell) ? `'${cell}` : cell)));
  const body = Papa.unparse({ fields: [...header], data: safe }, { newline: '\r\n' });
  // The BOM lets spreadsheet programs read the accents as UTF-8. Papa ends a header without rows
  // with a newline already: one line end, never a blank line.
  return `\uFEFF${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}

function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}
