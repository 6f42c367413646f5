/*
 * Personal identifier detection (shared/domain/identifiers.ts) on a 5,000-word case note, and the
 * notes editor's warnings (renderer/features/notes/identifier-plugin.ts) on the same note in a
 * ProseMirror EditorState built from the notes editor's schema (no DOM needed). The note mixes
 * ordinary words with numbers that must not be flagged (dates, times, amounts, case codes, the
 * directory's phone lines) and with identifiers (phones, emails, dates of birth, health and
 * social insurance numbers, addresses). Median of several runs:
 * - findIdentifiers over the whole note as one text (a plain text field at its worst),
 * - the same, per paragraph, with one scanner (what the editor does on opening a note),
 * - the plugin decorating the whole note, and one typed character in the middle of it.
 * Budgets: whole note < 10 ms, a keystroke < 2 ms.
 *
 * `npm run bench:identifiers -- [runs]` (51 by default).
 */
import { getSchema } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { findIdentifiers, identifierScanner } from '../shared/domain/identifiers';
import {
  identifierHits,
  identifierWarningPlugin,
  withIdentifierScanner,
} from '../renderer/features/notes/identifier-plugin';
import { HEADING_LEVELS } from '../shared/domain/rich-text';
import { random } from './ten-year-dataset';

const runs = Number(process.argv[2] ?? 51);
const WORDS = 5000;
const TODAY = '2026-11-23';

const rand = random(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const knownPhones = Array.from({ length: 900 }, (_, i) => `613-555-${String(i).padStart(4, '0')}`);
const options = { today: TODAY, knownPhones };

const COMMON = [
  'the', 'client', 'agency', 'will', 'follow', 'up', 'with', 'housing', 'worker', 'on', 'and',
  'a', 'of', 'referral', 'intake', 'le', 'dossier', 'suivi', 'rencontre', 'avec', 'support',
]; // prettier-ignore
const HARMLESS = [
  '2026-12-01', 'at 14:30', '2:30 pm', '$1,250', '1 250 000 $', 'CC-2026-014', '12 clients',
  'in 2019', 'March 2016', '613-555-0123', '(613) 555-0456', 'le 7 décembre 2026', 'room 202',
]; // prettier-ignore
const IDENTIFIERS = [
  '613-867-5309', 'jane.doe@example.com', 'DOB 1984-03-12', 'née le 12 mars 1984',
  'OHIP 1234-567-897 AB', 'SIN 130 692 544', '123 Main Street', '45 rue Saint-Jean',
  '+1 416 555 0199 ext. 22', '12/03/1979',
]; // prettier-ignore

let written = 0;
function sentence(length: number): string {
  const parts: string[] = [];
  for (let n = 0; n < length; n++) {
    const roll = rand();
    const next = roll < 0.03 ? pick(HARMLESS) : roll < 0.035 ? pick(IDENTIFIERS) : pick(COMMON);
    written += next.split(' ').length;
    parts.push(next);
  }
  return `${parts.join(' ')}.`;
}
const paragraphs: string[] = [];
while (written < WORDS) paragraphs.push(sentence(25));
const text = paragraphs.join('\n');

const schema = getSchema([
  StarterKit.configure({
    heading: { levels: [...HEADING_LEVELS] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
  }),
  TaskList,
  TaskItem.configure({ nested: true }),
]);
const doc = schema.nodes.doc!.create(
  null,
  paragraphs.map((line) => schema.nodes.paragraph!.create(null, schema.text(line))),
);
const plugin = identifierWarningPlugin({
  describe: {
    phone: 'phone',
    email: 'email',
    dob: 'dob',
    health_card: 'health card',
    sin: 'SIN',
    address: 'address',
  },
});
const bare = EditorState.create({ schema, doc, plugins: [plugin] });

function median(run: () => void): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const found = findIdentifiers(text, options);
const wholeText = median(() => findIdentifiers(text, options));
const scanner = identifierScanner(options);
const perParagraph = median(() => {
  for (const line of paragraphs) scanner(line);
});
const wholeNote = median(() => bare.apply(withIdentifierScanner(bare.tr, scanner)));
const ready = bare.apply(withIdentifierScanner(bare.tr, scanner));
let middle = -1;
ready.doc.descendants((node, pos) => {
  if (middle < 0 && pos > ready.doc.content.size / 2) middle = pos + 1 + (node.content.size >> 1);
  return false;
});
const keystroke = median(() =>
  ready.apply(ready.tr.setSelection(TextSelection.create(ready.doc, middle)).insertText('7')),
);

const row = (name: string, ms: number, budget?: number) =>
  `${name.padEnd(48)} ${ms.toFixed(2).padStart(8)} ms${budget ? `   (budget < ${budget} ms${ms < budget ? ', ok' : ', OVER'})` : ''}`;

const kinds = new Map<string, number>();
for (const match of found) kinds.set(match.kind, (kinds.get(match.kind) ?? 0) + 1);
console.log(
  `Identifier detection: a note of ${written} words (${text.length} characters, ` +
    `${paragraphs.length} paragraphs), ${knownPhones.length} directory phones; ` +
    `${found.length} identifiers found (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
    `${identifierHits(ready).length} marked in the editor. Median of ${runs} runs.`,
);
console.log(row('findIdentifiers, whole note as one text', wholeText, 10));
console.log(row('one scanner, paragraph by paragraph', perParagraph, 10));
console.log(row('editor: whole note marked (opening a note)', wholeNote, 10));
console.log(row('editor: one character typed', keystroke, 2));
