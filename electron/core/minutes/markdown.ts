/**
 * The minutes as Markdown (CommonMark with GitHub's tables and task lists), for pasting into an
 * email, a wiki or a shared drive. Every piece of text from the meeting is escaped, so a note
 * that contains Markdown or HTML reads as typed and never turns into markup or a link.
 */
import type { Minutes } from '../../../shared/contract';
import type { RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { marksOf, nodesOf, textOf } from '../../../shared/minutes/nodes';
import {
  formatGeneratedAt,
  minutesLabels,
  type MinutesLabels,
} from '../../../shared/minutes/labels';
import {
  actionDetails,
  actionTableCells,
  attendanceSections,
  groupName,
  headerFacts,
  nextMeetingText,
  noActionsText,
  nothingToReviewText,
  reviewedActionLine,
  termEntry,
  type MinutesAction,
  type MinutesItem,
} from '../../../shared/minutes/parts';

/** Characters that mean something anywhere in a line (`#` too: a heading's closing sequence). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;
/** What only means something at the start of a line: a list, quote, setext underline, ordered list. */
const LINE_START_SPECIAL = /^([+\-=>])|^(\d+)([.)])/;

/** Text as Markdown shows it verbatim, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(LINE_START_SPECIAL, (_m, mark?: string, digits?: string, dot?: string) =>
      mark ? `\\${mark}` : `${digits}\\${dot}`,
    );
}

/** A link target in a form no character of it can end: spaces, brackets and parentheses encoded. */
function linkTarget(href: string): string {
  return href.trim().replace(/[\s()<>[\]\\`]/g, (c) => encodeURIComponent(c));
}

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

function runOf(node: RichNode): Run {
  return { text: typeof node.text === 'string' ? node.text : '', ...marksOf(node) };
}

/** Emphasis hugs the words: spaces stay outside the markers, or Markdown ignores them. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!match || match[2] === '') return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function renderRun(run: Run): string {
  let md = escapeMarkdown(run.text);
  if (run.italic) md = wrap(md, '*');
  if (run.bold) md = wrap(md, '**');
  if (run.href) md = `[${md}](${linkTarget(run.href)})`;
  return md;
}

function sameMarks(a: Run, b: Run): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

/** A paragraph's or heading's content; runs with the same marks are merged so markers never touch. */
function inline(nodes: readonly RichNode[] | undefined): string {
  const lines: Run[][] = [[]];
  for (const node of nodesOf(nodes)) {
    if (node.type === 'hardBreak') {
      lines.push([]);
      continue;
    }
    const run = runOf(node);
    if (run.text === '') continue;
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && sameMarks(last, run)) last.text += run.text;
    else line.push(run);
  }
  // A backslash at the end of a line is a hard break.
  return lines.map((line) => line.map(renderRun).join('').trim()).join('\\\n');
}

const indent = (text: string, prefix: string, rest = ' '.repeat(prefix.length)) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? prefix + line : line === '' ? '' : rest + line))
    .join('\n');

/** Deeper than any valid document: past it only the words remain. */
const MAX_DEPTH = 32;

const LISTS = new Set(['bulletList', 'orderedList', 'taskList']);

/**
 * Blocks one after the other, a blank line between them; inside a list item a nested list
 * follows its line directly, so the outer list stays tight.
 */
function blocks(nodes: readonly RichNode[] | undefined, depth: number, inItem = false): string {
  let out = '';
  for (const node of nodesOf(nodes)) {
    const part = block(node, depth);
    if (part === '') continue;
    if (out !== '') out += inItem && LISTS.has(node.type) ? '\n' : '\n\n';
    out += part;
  }
  return out;
}

function listItems(node: RichNode, depth: number, marker: (index: number) => string): string {
  return nodesOf(node.content)
    .map((item, index) => {
      const prefix = marker(index);
      const box = item.type === 'taskItem' ? (item.attrs?.checked === true ? '[x] ' : '[ ] ') : '';
      const body = blocks(item.content, depth + 1, true) || (box ? '' : ' ');
      return indent(box + body, prefix, ' '.repeat(prefix.length));
    })
    .join('\n');
}

function block(node: RichNode, depth: number): string {
  if (depth > MAX_DEPTH) return escapeMarkdown(textOf(node));
  switch (node.type) {
    case 'paragraph':
      return inline(node.content);
    case 'heading': {
      const level = Math.min(6, Math.max(3, Number(node.attrs?.level) || 3));
      const text = inline(node.content).replace(/\\\n/g, ' ');
      return text ? `${'#'.repeat(level)} ${text}` : '';
    }
    case 'bulletList':
    case 'taskList':
      return listItems(node, depth, () => '- ');
    case 'orderedList': {
      const start = Number.isInteger(node.attrs?.start) ? Number(node.attrs?.start) : 1;
      return listItems(node, depth, (i) => `${start + i}. `);
    }
    case 'blockquote': {
      const inner = blocks(node.content, depth + 1);
      return inner
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    }
    default:
      return escapeMarkdown(textOf(node));
  }
}

/** A notes document as Markdown blocks; empty for no document. */
export function richTextToMarkdown(doc: RichDoc | null): string {
  if (!doc || typeof doc !== 'object') return '';
  return blocks(doc.content, 1);
}

/** A table cell: one line, pipes escaped (escapeMarkdown does both). */
const cell = (text: string) => escapeMarkdown(text) || ' ';

function actionLines(actions: readonly MinutesAction[], minutes: Minutes, labels: MinutesLabels) {
  return actions.map((action) => {
    const details = actionDetails(action, minutes);
    return (
      `- ➜ **${labels.action}${labels.colon}** ${escapeMarkdown(action.description)}` +
      (details ? ` — ${escapeMarkdown(details)}` : '')
    );
  });
}

const decisionLines = (decisions: readonly string[], labels: MinutesLabels) =>
  decisions.map((text) => `- ◆ **${labels.decision}${labels.colon}** ${escapeMarkdown(text)}`);

/** The review item's list under its own heading, the outcome first in bold. */
function reviewedBlocks(item: MinutesItem, minutes: Minutes, labels: MinutesLabels): string[] {
  if (item.reviewedActions === null) return [];
  if (item.reviewedActions.length === 0) {
    const nothing = nothingToReviewText(minutes);
    return nothing ? [nothing] : [];
  }
  const lines = item.reviewedActions.map((action) => {
    const line = reviewedActionLine(action, minutes);
    return (
      `- **${line.outcome}** — ${escapeMarkdown(line.description)}` +
      ` — ${escapeMarkdown(line.details)}`
    );
  });
  return [`### ${labels.reviewedActions}`, lines.join('\n')];
}

function actionTable(minutes: Minutes): string {
  if (minutes.actions.length === 0) return noActionsText(minutes);
  const { head, rows } = actionTableCells(minutes);
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** "Terms used in this meeting": a list, each term in bold then its definition. */
function termLines(minutes: Minutes, labels: MinutesLabels): string[] {
  if (minutes.terms.length === 0) return [];
  const lines = minutes.terms.map((term) => {
    const entry = termEntry(term, minutes);
    const written = entry.written ? ` — ${escapeMarkdown(entry.written)}` : '';
    return `- **${escapeMarkdown(entry.name)}**${written}${labels.colon} ${escapeMarkdown(entry.definition)}`;
  });
  return [`## ${labels.termsUsed}`, lines.join('\n')];
}

/** The minutes as a Markdown document. */
export function minutesMarkdown(minutes: Minutes): string {
  const labels = minutesLabels(minutes.language);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(minutes.meeting.title)}`);
  out.push(
    [
      `*${labels.documentKind}*`,
      ...headerFacts(minutes).map(
        (fact) => `**${fact.label}${labels.colon}** ${escapeMarkdown(fact.value)}`,
      ),
    ].join('  \n'),
  );
  const withheld = labels.withheld(minutes.withheld);
  if (withheld) out.push(`> ${escapeMarkdown(withheld)}`);

  const sections = attendanceSections(minutes);
  if (sections.length > 0) {
    out.push(`## ${labels.attendance}`);
    for (const section of sections) {
      out.push(`### ${section.label}`);
      out.push(
        section.groups
          .map((group) => {
            const people =
              group.people.length > 0 ? ` ${escapeMarkdown(group.people.join(', '))}` : '';
            const name = escapeMarkdown(groupName(group, labels));
            return `- **${name}**${people ? `${labels.colon}${people}` : ''}`;
          })
          .join('\n'),
      );
    }
  }

  const general = richTextToMarkdown(minutes.generalNotes);
  if (general) out.push(`## ${labels.generalNotes}`, general);

  for (const item of minutes.items) {
    out.push(`## ${item.number}. ${escapeMarkdown(item.title)}`);
    const meta = [
      item.presenter ? `*${labels.presentedBy} ${escapeMarkdown(item.presenter)}*` : '',
      item.deferred ? `*${labels.deferred}*` : '',
      item.confidentiality === 'internal' ? `**${labels.internalItem}**` : '',
    ].filter((line) => line !== '');
    if (meta.length > 0) out.push(meta.join('  \n'));
    const notes = richTextToMarkdown(item.notes);
    if (notes) out.push(notes);
    const list = [
      ...decisionLines(item.decisions, labels),
      ...actionLines(item.actions, minutes, labels),
    ];
    if (list.length > 0) out.push(list.join('\n'));
    out.push(...reviewedBlocks(item, minutes, labels));
  }

  if (minutes.otherDecisions.length > 0) {
    out.push(
      `## ${labels.otherDecisions}`,
      decisionLines(minutes.otherDecisions, labels).join('\n'),
    );
  }
  out.push(`## ${labels.actions}`, actionTable(minutes));

  const next = nextMeetingText(minutes);
  if (next) out.push(`**${labels.nextMeeting}${labels.colon}** ${escapeMarkdown(next)}`);
  out.push(...termLines(minutes, labels));
  const when = formatGeneratedAt(minutes.generatedAt, minutes.meeting.timeZone, minutes.language);
  out.push('---', `*${escapeMarkdown(labels.generatedOn(when))}*`);
  return `${out.join('\n\n')}\n`;
}
