import { QueryClient } from '@tanstack/react-query';

/** The integrity check's query: `data.health` reads every page of the file, so it is no cheap read. */
export const HEALTH_KEY = ['data.health', {}] as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The core is on this machine: being offline must never pause a query.
        networkMode: 'always',
        // A local call that failed will fail again; the error screen offers "Try again".
        retry: false,
        // Data changes only through the core, which says so with `data.changed`.
        refetchOnWindowFocus: false,
        // Show the error screen only when there is nothing to show; otherwise keep the last data.
        throwOnError: (_error, query) => query.state.data === undefined,
      },
      mutations: { networkMode: 'always' },
    },
  });
}

/**
 * The domains (of `data.changed`) a method's answers depend on, by the method's own domain, for
 * the methods that read few. Any other query reloads on every change, which is always right.
 * The notes editor's glossary index is the reason: an autosave every few seconds must not make
 * it reload and re-underline every note.
 */
const READS: Record<string, readonly string[]> = {
  glossary: ['glossary', 'directory'],
  // What retention would purge: closed cases, their reviews' notes, decisions and actions, and
  // the retention period set in Settings.
  retention: ['cases', 'notes', 'meetings', 'decisions', 'actions', 'settings'],
  accessLog: ['accessLog'],
  // Raises show their meeting's title.
  systemIssue: ['systemIssues', 'meetings'],
  // Connections, organizations' names and status, and who was at which meeting.
  network: ['partners', 'directory', 'meetings'],
  connection: ['partners', 'directory'],
  participation: ['meetings', 'directory'],
  // A meeting attended counts as a contact: attendance is written under 'meetings'.
  partner: ['partners', 'directory', 'meetings'],
  contact: ['partners', 'directory', 'meetings'],
  change: ['partners', 'directory'],
  // What a chair acts on: meetings, actions, partners, cases, and the names of them all.
  home: ['meetings', 'actions', 'partners', 'cases', 'directory'],
};

export function dependsOn(queryKey: readonly unknown[], domains: readonly string[]): boolean {
  const method = typeof queryKey[0] === 'string' ? queryKey[0] : '';
  const reads = READS[method.slice(0, method.indexOf('.'))];
  // No domains named (a mutation's own refresh): anything may have changed.
  if (!reads || domains.length === 0) return true;
  return domains.some((domain) => domain === '*' || reads.includes(domain));
}

/**
 * Reloads what is on screen after the core changed data. The integrity check runs again only when
 * the core says the file's health may have changed (`health`, or `*` after a restore or import),
 * not after every save.
 */
export async function refreshAfterChange(
  queryClient: QueryClient,
  domains: readonly string[] = [],
): Promise<void> {
  const everything = domains.includes('*');
  // An error from the data that was replaced says nothing about the new data; kept, it would
  // stop the screen that failed from loading again (e.g. reads refused while the file was damaged).
  if (everything) await queryClient.resetQueries({ predicate: (q) => q.state.status === 'error' });
  const healthToo = everything || domains.includes('health');
  await queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === HEALTH_KEY[0] ? healthToo : dependsOn(query.queryKey, domains),
  });
}
