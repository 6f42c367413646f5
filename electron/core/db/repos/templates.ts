import type { Language, MeetingKind } from '../../../../shared/contract';
import type { Db } from '../open';
import { perDb } from './per-db';

/** A user's own agenda templates, one per kind and language, as stored JSON (read by the handler). */
export const templatesRepo = perDb((db: Db) => {
  const get = db.prepare<[string, string], { items: string }>(
    'SELECT items FROM templates WHERE kind = ? AND language = ?',
  );
  const upsert = db.prepare<[string, string, string]>(`
    INSERT INTO templates (kind, language, items) VALUES (?, ?, ?)
    ON CONFLICT (kind, language) DO UPDATE SET items = excluded.items`);
  const remove = db.prepare<[string, string]>(
    'DELETE FROM templates WHERE kind = ? AND language = ?',
  );

  return {
    /** The stored JSON text, unparsed: whether it is still valid is the handler's call. */
    getJson: (kind: MeetingKind, language: Language) => get.get(kind, language)?.items,
    save: (kind: MeetingKind, language: Language, itemsJson: string) =>
      upsert.run(kind, language, itemsJson),
    remove: (kind: MeetingKind, language: Language) => remove.run(kind, language),
  };
});
