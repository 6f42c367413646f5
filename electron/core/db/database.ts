import type Database from 'better-sqlite3-multiple-ciphers';

/** The database handle every layer of the core passes around (a leaf module: no cycles). */
export type Db = Database.Database;
