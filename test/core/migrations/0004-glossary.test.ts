import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

describe('0004-glossary', () => {
  const at4 = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 3);
    migrate(db, migrations, 4);
    return db;
  };
  const concept = (db: Database.Database, id: string, fields: Record<string, unknown>) => {
    const columns = ['id', 'created_at', 'updated_at', ...Object.keys(fields)];
    db.prepare(
      `INSERT INTO glossary_concepts (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ).run(id, 0, 0, ...Object.values(fields));
  };
  const found = (db: Database.Database, query: string) =>
    db
      .prepare<[string], { id: string }>(
        `SELECT c.id FROM glossary_fts JOIN glossary_concepts c ON c.num = glossary_fts.rowid
         WHERE glossary_fts MATCH ? ORDER BY c.id`,
      )
      .all(query)
      .map((r) => r.id);

  it('indexes terms, acronyms, synonyms and definitions, folding accents and case', () => {
    const db = at4();
    concept(db, 'c1', {
      en_term: 'Meeting',
      fr_term: 'Réunion',
      en_abbreviations: '["MTG"]',
      fr_synonyms: '["rencontre"]',
      fr_definition: 'Rassemblement des partenaires',
    });
    expect(found(db, '"reunion"')).toEqual(['c1']);
    expect(found(db, 'fr_terms: "rencontre"')).toEqual(['c1']);
    expect(found(db, 'en_terms: "mtg"')).toEqual(['c1']);
    expect(found(db, '"partenai"*')).toEqual(['c1']);
    expect(found(db, 'en_terms: "rencontre"')).toEqual([]);
  });

  it('follows updates and soft deletes, and forgets deleted rows', () => {
    const db = at4();
    concept(db, 'c1', { en_term: 'Housing First' });
    db.prepare(`UPDATE glossary_concepts SET en_term = 'Rapid rehousing' WHERE id = 'c1'`).run();
    expect(found(db, '"housing"')).toEqual([]);
    expect(found(db, '"rehousing"')).toEqual(['c1']);
    db.prepare(`UPDATE glossary_concepts SET deleted_at = 1 WHERE id = 'c1'`).run();
    expect(found(db, '"rehousing"')).toEqual([]);
    db.prepare(`UPDATE glossary_concepts SET deleted_at = NULL WHERE id = 'c1'`).run();
    expect(found(db, '"rehousing"')).toEqual(['c1']);
    db.prepare(`DELETE FROM glossary_concepts WHERE id = 'c1'`).run();
    expect(found(db, '"rehousing"')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM glossary_fts').get()).toEqual({ n: 0 });
  });

  it('keeps links and meanings with their concepts, and refuses a link to itself', () => {
    const db = at4();
    concept(db, 'c1', { en_term: 'A' });
    concept(db, 'c2', { en_term: 'B' });
    db.prepare(`INSERT INTO glossary_links (concept_id, other_id) VALUES ('c1', 'c2')`).run();
    expect(() =>
      db.prepare(`INSERT INTO glossary_links (concept_id, other_id) VALUES ('c1', 'c1')`).run(),
    ).toThrow(/CHECK/);
    db.prepare(`DELETE FROM glossary_concepts WHERE id = 'c2'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM glossary_links').get()).toEqual({ n: 0 });
  });
});
