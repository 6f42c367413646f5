import type { Db } from '../open';

/**
 * Prepares a repository's statements once per database: preparing is the slow part of a
 * query, and a handler asks for its repositories on every call.
 */
export function perDb<R>(factory: (db: Db) => R): (db: Db) => R {
  const cache = new WeakMap<Db, R>();
  return (db) => {
    let repo = cache.get(db);
    if (!repo) {
      repo = factory(db);
      cache.set(db, repo);
    }
    return repo;
  };
}
