import type { Db } from '../db/open';
import { casesRepo } from '../db/repos/cases';

export const generatedCode = (year: number, n: number) =>
  `CC-${year}-${String(n).padStart(3, '0')}`;

/**
 * The next generated code of the year, CC-<year>-<NNN>: numbers count up per year and are never
 * handed out twice (a deleted case keeps its number), and one an agency typed in is skipped.
 * Call inside the transaction that saves the case.
 */
export function nextCaseCode(db: Db, today: string): string {
  const repo = casesRepo(db);
  const year = Number(today.slice(0, 4));
  let n = repo.lastNumber(year);
  let code: string;
  do code = generatedCode(year, ++n);
  while (repo.codeEverUsed(code));
  repo.setLastNumber(year, n);
  return code;
}
