/**
 * The access log: what left the app or was purged, when, and which operating-system account did
 * it. Exports, backups, restores and archive imports are logged here, around their handlers, so
 * every current and future export is covered in one place (a test lists the contract's export
 * methods against `LOGGED`); purges and the vault's unlocks and re-keys write their own entries.
 */
import type {
  AccessAction,
  AccessLogEntry,
  Language,
  Method,
  MethodOutput,
  ParsedInput,
} from '../../../shared/contract';
import { formatShortDate } from '../../../shared/minutes/labels';
import type { CoreContext, Handler, Handlers } from '../context';
import type { Db } from '../db/open';
import { accessLogRepo } from '../db/repos/access-log';
import { currentSettings } from '../settings';
import type { Logger } from '../ports';
import { ACCESS_WORDS, type AccessWords } from './access-words';

/** The `data.changed` domain of the access log (Settings shows it). */
export const ACCESS_LOG_DOMAIN = 'accessLog';

/** Writes one entry into `db` (the caller's transaction, if any) and tells the windows. */
export function recordAccess(
  ctx: Pick<CoreContext, 'clock' | 'newId' | 'osUser' | 'emit'>,
  db: Db,
  action: AccessAction,
  what: string,
): void {
  accessLogRepo(db).insert({
    id: ctx.newId(),
    at: ctx.clock.now(),
    action,
    what,
    osUser: ctx.osUser,
  });
  ctx.emit('data.changed', { domains: [ACCESS_LOG_DOMAIN] });
}

/** The access log's words in the app's language at the time. */
export function accessWords(db: Db): AccessWords {
  return ACCESS_WORDS[currentSettings(db).language];
}

const FORMAT_NAMES: Record<string, string> = {
  markdown: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  pdf: 'PDF',
  csv: 'CSV',
  tbx: 'TBX',
};
const formatName = (format: string) => FORMAT_NAMES[format] ?? format.toUpperCase();

interface Lookup {
  db: Db;
  words: AccessWords;
  language: Language;
}

function meetingName({ db, words, language }: Lookup, id: string): string {
  const row = db
    .prepare<[string], { title: string; date: string }>(
      'SELECT title, date FROM meetings WHERE id = ?',
    )
    .get(id);
  return row ? words.meeting(row.title, formatShortDate(row.date, language)) : words.unknown;
}

function seriesName({ db, words }: Lookup, id: string): string {
  const row = db
    .prepare<[string], { title: string }>('SELECT title FROM series WHERE id = ?')
    .get(id);
  return row ? words.series(row.title) : words.unknown;
}

interface Logged<M extends Method> {
  action: AccessAction;
  describe: (input: ParsedInput<M>, output: MethodOutput<M>, lookup: Lookup) => string;
}

/** Every method whose success is written to the access log, and how it is described. */
export const LOGGED: {
  [
    M in
      | 'minutes.export'
      | 'action.exportCsv'
      | 'systemIssue.export'
      | 'data.exportArchive'
      | 'meeting.exportIcs'
      | 'series.exportIcs'
      | 'glossary.export'
      | 'networking.export'
      | 'directory.exportCsv'
      | 'backup.create'
      | 'backup.restore'
      | 'data.importArchive'
  ]: Logged<M>;
} = {
  'minutes.export': {
    action: 'export',
    describe: (input, _output, lookup) =>
      lookup.words.minutes(
        formatName(input.format),
        meetingName(lookup, input.meetingId),
        input.includeInternal,
      ),
  },
  'action.exportCsv': {
    action: 'export',
    describe: (input, _output, { words }) => words.actions(input.includeInternal),
  },
  'systemIssue.export': {
    action: 'export',
    describe: (input, _output, { words }) => words.systemIssues(formatName(input.format)),
  },
  'data.exportArchive': {
    action: 'export',
    describe: (_input, output, { words }) => words.archive(output.filename),
  },
  'meeting.exportIcs': {
    action: 'export',
    describe: (input, _output, lookup) => lookup.words.meetingIcs(meetingName(lookup, input.id)),
  },
  'series.exportIcs': {
    action: 'export',
    describe: (input, _output, lookup) => lookup.words.seriesIcs(seriesName(lookup, input.id)),
  },
  'glossary.export': {
    action: 'export',
    describe: (input, _output, { words }) => words.glossary(formatName(input.format)),
  },
  'networking.export': {
    action: 'export',
    describe: (input, _output, lookup) =>
      lookup.words.networking[input.format](meetingName(lookup, input.meetingId)),
  },
  'directory.exportCsv': {
    action: 'export',
    describe: (input, _output, { words }) => words.directory[input.entity],
  },
  'backup.create': {
    action: 'backup',
    describe: (_input, output, { words }) => words.backup(output.id),
  },
  'backup.restore': {
    action: 'restore',
    describe: (_input, output, { words }) => words.restore(output.restored.id),
  },
  'data.importArchive': {
    action: 'archive',
    describe: (_input, output, { words, language }) =>
      words.imported(
        formatShortDate(new Date(output.manifest.exportedAt).toISOString().slice(0, 10), language),
      ),
  },
};

type LoggedMethod = keyof typeof LOGGED;

/** Every entry of a log, or none when the (perhaps damaged) file cannot be read. */
function entriesOf(db: Db, log: Logger): AccessLogEntry[] {
  try {
    return accessLogRepo(db).all();
  } catch (error) {
    log('Could not read the access log before a restore', error);
    return [];
  }
}

/**
 * The handlers, with every logged method writing its entry once it has succeeded (a failed export
 * writes nothing). The entry goes into the database current after the call: after a restore, the
 * restored one, which also receives the entries the replaced file had (a restore must not erase
 * the record of what was exported or purged). Writing it may not undo what was done: a backup or
 * restore has happened, and an export may be the way out of a damaged file, so a failed write is
 * logged for the host (the disk refusing) and the call still succeeds.
 */
export function withAccessLog(currentDb: () => Db, log: Logger, handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const method of Object.keys(LOGGED) as LoggedMethod[]) {
    const original = handlers[method] as Handler<Method>;
    const entry = LOGGED[method] as Logged<Method>;
    const logged: Handler<Method> = async (input, ctx) => {
      // A restore puts back an older file: the log of what was done since goes on in it.
      const carried = method === 'backup.restore' ? entriesOf(currentDb(), log) : [];
      const output = await original(input, ctx);
      try {
        const db = currentDb();
        if (carried.length > 0) accessLogRepo(db).merge(carried);
        const language = currentSettings(db).language;
        const what = entry.describe(input, output, {
          db,
          language,
          words: ACCESS_WORDS[language],
        });
        recordAccess(ctx, db, entry.action, what);
      } catch (error) {
        log(`Could not write ${method} to the access log`, error);
      }
      return output;
    };
    wrapped[method] = logged;
  }
  return wrapped as Handlers;
}
