import { describe, expect, it } from 'vitest';
import { emptySide, type GlossaryRecord } from '../../../electron/core/glossary/record';
import { decodeTbx, encodeTbx } from '../../../electron/core/glossary/tbx';

const record = (changes: Partial<GlossaryRecord>): GlossaryRecord => ({
  line: 0,
  fileId: 'c1',
  en: emptySide(),
  fr: emptySide(),
  subject: 'general',
  status: 'preferred',
  preferred: null,
  agency: '',
  meanings: [],
  seeAlso: [],
  reviewedOn: '',
  ...changes,
});

describe('TBX-Basic codec', () => {
  it('reads back what it writes, each entry with the line where it starts', () => {
    const records = [
      record({
        fileId: 'c1',
        en: {
          term: 'Local Health Integration Network',
          abbreviations: ['LHIN', 'Loc. HIN'],
          synonyms: ['health network'],
          definition: 'Old "regional" body & <stuff>\n  indented line',
          note: 'Use | sparingly',
        },
        fr: { ...emptySide(), term: 'RLISS long', abbreviations: ['RLISS'] },
        subject: 'health',
        status: 'deprecated',
        preferred: { name: 'Ontario Health atHome', fileId: 'c2' },
        agency: 'Refuge: Nord',
        meanings: [{ agency: 'Refuge: Nord', en: 'their meaning', fr: 'leur sens' }],
        seeAlso: [{ name: 'Home care', fileId: 'c2' }],
        reviewedOn: '2026-10-01',
      }),
      record({ fileId: 'c2', en: { ...emptySide(), term: 'Ontario Health atHome' } }),
    ];
    const xml = encodeTbx(records);
    expect(xml).toContain('<termNote type="termType">abbreviation</termNote>');
    const decoded = decodeTbx(xml);
    expect(decoded.issues).toEqual([]);
    const lines = xml.split('\n');
    expect(decoded.records.map((r) => lines[r.line - 1]?.trim())).toEqual([
      '<conceptEntry id="c1">',
      '<conceptEntry id="c2">',
    ]);
    expect(decoded.records.map((r) => ({ ...r, line: 0 }))).toEqual(
      records.map((r) => ({ ...r, line: 0 })),
    );
  });

  it('keeps a side that has acronyms but no term, and its note', () => {
    const only = record({
      en: { ...emptySide(), term: 'Term' },
      fr: { ...emptySide(), abbreviations: ['ABC'], note: 'Note sans terme', definition: 'Déf.' },
    });
    expect(decodeTbx(encodeTbx([only])).records[0]?.fr).toEqual(only.fr);
  });

  it('picks the preferred term as the main one and reads other picklist values', () => {
    const xml = `<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body>
<conceptEntry id="x">
  <note>Entry-level note</note>
  <langSec xml:lang="EN-ca">
    <note>Language note</note>
    <termSec><term>old wording</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
    <termSec><term>new wording</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><note>Term note</note></termSec>
    <termSec><term>NW</term><termNote type="termType">shortForm</termNote></termSec>
  </langSec>
</conceptEntry></body></text></tbx>`;
    const decoded = decodeTbx(xml);
    expect(decoded.records[0]).toMatchObject({
      line: 2,
      status: 'preferred',
      en: {
        term: 'new wording',
        synonyms: ['old wording'],
        abbreviations: ['NW'],
        note: 'Language note\n\nTerm note',
      },
    });
    expect(decoded.ignoredColumns).toEqual(['note (entry level)']);
  });

  it('decodes character references and CDATA', () => {
    const xml = `<tbx><tbxHeader/><text><body><conceptEntry id="c1"><langSec xml:lang="fr">
<termSec><term>R&#233;f&#xE9;rence &amp; co</term></termSec>
<descrip type="definition"><![CDATA[Texte <brut> & non interprété]]></descrip>
</langSec></conceptEntry></body></text></tbx>`;
    expect(decodeTbx(xml).records[0]?.fr).toMatchObject({
      term: 'Référence & co',
      definition: 'Texte <brut> & non interprété',
    });
  });

  it('refuses a DOCTYPE before any parsing, even an innocent-looking one', () => {
    expect(() => decodeTbx('<?xml version="1.0"?>\n\n<!doctype tbx>\n<tbx/>')).toThrow(
      expect.objectContaining({ issues: [{ path: ['line', 3], message: 'doctypeRefused' }] }),
    );
  });
});
