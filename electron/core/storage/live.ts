import type { Db } from '../db/open';

/**
 * The core's one reference to its database. A restore closes the file and opens the restored one,
 * so handlers take `db` from here at the start of every call instead of keeping it.
 */
export class LiveDatabase {
  /**
   * Set when the database is known to be damaged: at start-up (then `db` is an empty in-memory
   * stand-in and `fileOpen` is false), by the integrity check, or by a call that hit damage.
   * Until a restore clears it, only the calls that help recover are served.
   */
  damaged: string[] | null = null;
  /** Set while a restore swaps files: every call waits its turn by failing fast. */
  busy = false;
  /**
   * The data key of an encrypted file (see core/vault), or null: backups, restores and reopening
   * need it. The vault sets it with the database it opens.
   */
  key: Buffer | null = null;

  constructor(
    public db: Db,
    public fileOpen: boolean,
  ) {}
}
