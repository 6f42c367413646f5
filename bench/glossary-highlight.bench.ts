/*
 * The notes editor's glossary highlighting (renderer/features/notes/glossary-plugin.ts) on a
 * 5,000-word note with a 2,000-concept glossary, in a ProseMirror EditorState built from the notes
 * editor's tiptap schema (no DOM needed). It times, median of several runs:
 * - building the matcher from `glossary.index` (each time the glossary changes),
 * - the first decoration of the whole note (opening a note), and with a new matcher (the glossary
 *   changed),
 * - one typed character in the middle of a paragraph, a new line (Enter), and a deleted line break.
 * Budgets (issue 6): whole note < 50 ms, a keystroke < 5 ms.
 *
 * `npm run bench:highlight -- [runs]` (51 by default).
 */
import { getSchema } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { IndexedConcept } from '../shared/contract';
import {
  glossaryHighlightPlugin,
  glossaryHits,
  lexiconOf,
  withLexicon,
} from '../renderer/features/notes/glossary-plugin';
import { HEADING_LEVELS } from '../shared/domain/rich-text';
import { random } from './ten-year-dataset';

const runs = Number(process.argv[2] ?? 51);
const CONCEPTS = 2000;
const WORDS = 5000;

const rand = random(6);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const SYLLABLES = [
  'ho',
  'su',
  'ing',
  'ser',
  'vi',
  'ce',
  'ca',
  'se',
  'ma',
  'na',
  'ge',
  'ment',
  'ré',
  'u',
  'nion',
];
const word = () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join('');
const capitals = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(rand() * 26))).join('');

// Concepts as the glossary holds them: an English term of 1–3 words, a French one, an acronym for
// one in two, a synonym for one in five.
const concepts: IndexedConcept[] = Array.from({ length: CONCEPTS }, (_, i) => {
  const en = Array.from({ length: 1 + (i % 3) }, word).join(' ');
  const fr = Array.from({ length: 1 + ((i + 1) % 3) }, word).join(' ');
  return {
    id: `c${i}`,
    status: 'preferred',
    preferredId: null,
    en: i % 5 === 0 ? [en, word()] : [en],
    fr: [fr],
    abbreviations: i % 2 === 0 ? [capitals(2 + (i % 4))] : [],
  };
});
const index = { concepts, ignoredAcronyms: ['ABC', 'XYZ'] };

// A note of WORDS words: ordinary words, glossary terms (one word in ten), acronyms known and
// unknown, in paragraphs, headings, bulleted items and lines broken with Shift+Enter.
// The notes editor's nodes and marks as editor-extensions.ts configures them (not imported
// here: its paste cleaning needs a DOM).
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
const COMMON = ['the', 'agency', 'will', 'follow', 'up', 'with', 'client', 'on', 'and', 'a', 'of'];
let written = 0;
function sentence(length: number): (PmNode | string)[] {
  const parts: (PmNode | string)[] = [];
  let text = '';
  for (let n = 0; n < length; n++) {
    const roll = rand();
    const concept = pick(concepts);
    const next =
      roll < 0.08
        ? pick([...concept.en, ...concept.fr])
        : roll < 0.1
          ? (concept.abbreviations[0] ?? capitals(4))
          : roll < 0.11
            ? capitals(3)
            : pick(COMMON);
    written += next.split(' ').length;
    text += (n > 0 ? ' ' : '') + next;
    if (n === Math.floor(length / 2) && rand() < 0.2) {
      parts.push(text);
      parts.push(schema.nodes.hardBreak!.create());
      text = '';
    }
  }
  parts.push(`${text}.`);
  return parts;
}
const inline = (parts: (PmNode | string)[]) =>
  parts.map((part) => (typeof part === 'string' ? schema.text(part) : part));
const blocks: PmNode[] = [];
while (written < WORDS) {
  const roll = rand();
  if (roll < 0.1) blocks.push(schema.nodes.heading!.create({ level: 3 }, inline(sentence(5))));
  else if (roll < 0.35) {
    const items = Array.from({ length: 3 }, () =>
      schema.nodes.listItem!.create(
        null,
        schema.nodes.paragraph!.create(null, inline(sentence(12))),
      ),
    );
    blocks.push(schema.nodes.bulletList!.create(null, items));
  } else blocks.push(schema.nodes.paragraph!.create(null, inline(sentence(25))));
}
const doc = schema.nodes.doc!.create(null, blocks);

const plugin = glossaryHighlightPlugin({
  describeTerm: 'glossary term',
  describeUnknown: 'unknown acronym',
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

const lexicon = lexiconOf(index);
const buildMatcher = median(() => lexiconOf(index));
const wholeNote = median(() => bare.apply(withLexicon(bare.tr, lexicon)));
const glossaryChange = median(() => bare.apply(withLexicon(bare.tr, lexiconOf(index))));
const ready = bare.apply(withLexicon(bare.tr, lexicon));
const hits = glossaryHits(ready);

// The middle of the note's middle paragraph: where typing goes on.
let middle = -1;
ready.doc.descendants((node, pos) => {
  if (middle < 0 && node.type.name === 'paragraph' && pos > ready.doc.content.size / 2) {
    middle = pos + 1 + Math.floor(node.content.size / 2);
  }
  return middle < 0;
});
const at = (tr: Transaction) => tr.setSelection(TextSelection.create(tr.doc, middle));
const keystroke = median(() => ready.apply(at(ready.tr).insertText('x')));
const enter = median(() => ready.apply(at(ready.tr).split(middle)));
const split = ready.apply(at(ready.tr).split(middle));
const join = median(() => split.apply(split.tr.join(middle + 1)));

const row = (name: string, ms: number, budget?: number) =>
  `${name.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms${budget ? `   (budget < ${budget} ms${ms < budget ? ', ok' : ', OVER'})` : ''}`;

const forms = concepts.reduce((n, c) => n + c.en.length + c.fr.length + c.abbreviations.length, 0);
console.log(
  `Glossary highlighting: ${CONCEPTS} concepts (${forms} forms), a note of ${written} words in ` +
    `${doc.childCount} blocks (${doc.content.size} positions); ` +
    `${hits.filter((h) => h.kind === 'term').length} terms and ` +
    `${hits.filter((h) => h.kind === 'unknown').length} unknown acronyms underlined. ` +
    `Median of ${runs} runs.`,
);
console.log(row('matcher from glossary.index', buildMatcher));
console.log(row('whole note decorated (opening a note)', wholeNote, 50));
console.log(row('glossary changed: new matcher + whole note', glossaryChange, 50));
console.log(row('one character typed', keystroke, 5));
console.log(row('Enter (a paragraph split)', enter, 5));
console.log(row('Backspace joining two paragraphs', join, 5));
