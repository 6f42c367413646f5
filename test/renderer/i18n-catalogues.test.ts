import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import en from '../../renderer/i18n/en.json';
import fr from '../../renderer/i18n/fr.json';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const english = flatten(en);
const french = flatten(fr);

/** Message keys the contract and the core can send: the brief's list plus any found in the code. */
function emittedValidationKeys(): Set<string> {
  const keys = new Set([
    'required',
    'tooLong',
    'invalid',
    'invalidEmail',
    'invalidPhone',
    'invalidUrl',
    'invalidDate',
    'endBeforeStart',
    'duplicateName',
    'emptyFile',
    'unclosedQuote',
    'malformedRow',
    'missingColumn',
    'tooManyCells',
    'invalidStatus',
    'invalidKind',
    'duplicateInFile',
    'unknownOrganization',
  ]);
  const root = join(import.meta.dirname, '../..');
  const sources = [
    ...readdirSync(join(root, 'shared/contract')).map((f) => join(root, 'shared/contract', f)),
    ...readdirSync(join(root, 'electron/core/handlers')).map((f) =>
      join(root, 'electron/core/handlers', f),
    ),
    join(root, 'electron/core/csv.ts'),
    join(root, 'electron/core/storage/config.ts'),
  ];
  const patterns = [
    /error: '(\w+)'/g,
    /message: '(\w+)'/g,
    /lineIssue\([^,]+,\s*'[^']*',\s*'(\w+)'\)/g,
    /folderIssue\(\s*'(\w+)'/g,
  ];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) keys.add(match[1]!);
  }
  return keys;
}

describe('message catalogues', () => {
  it('have exactly the same keys in English and French', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty messages', () => {
    for (const [key, value] of [...english, ...french]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('translate every validation key the contract and the core can emit', () => {
    const keys = emittedValidationKeys();
    expect(keys.size).toBeGreaterThanOrEqual(18);
    expect([...keys]).toEqual(
      expect.arrayContaining([
        'folderNotAbsolute',
        'folderNotFound',
        'notAFolder',
        'folderNotWritable',
      ]),
    );
    for (const key of keys) {
      expect(english.has(`validation.${key}`), `en validation.${key}`).toBe(true);
      expect(french.has(`validation.${key}`), `fr validation.${key}`).toBe(true);
    }
  });

  it('explain every error code that can cross the boundary', () => {
    for (const code of ERROR_CODES) {
      expect(english.has(`errors.${code}`), `errors.${code}`).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of english) {
      expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });
});
