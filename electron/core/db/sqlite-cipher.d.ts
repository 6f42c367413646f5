/**
 * better-sqlite3-multiple-ciphers is better-sqlite3 with encryption, API for API. It ships typings,
 * but its package.json `exports` hides them from `moduleResolution: bundler`, and they lag behind:
 * better-sqlite3's own typings (@types/better-sqlite3) describe it. Encryption is set through
 * pragmas (see db/open.ts), so no extra method needs declaring.
 */
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
