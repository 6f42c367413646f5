/**
 * The minutes as a Word document (DOCX), for agencies that file and edit minutes in Word: real
 * heading styles (so Word's navigation pane and screen readers see the structure), real lists,
 * links, and a bordered action table whose header row repeats on every page. The document's
 * language is set, so spelling and speech use the right one.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
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

type Block = Paragraph | Table;

const LANGUAGE_TAGS = { en: 'en-CA', fr: 'fr-CA' } as const;
const FONT = 'Georgia';
const SYMBOL_FONT = 'Segoe UI Symbol';
/** Half-points. */
const BODY_SIZE = 22;

/** Word refuses characters XML 1.0 forbids (control characters a paste may carry). */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

const run = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text: clean(text), ...options });

const symbol = (text: string) => new TextRun({ text, font: SYMBOL_FONT });

/* ------------------------------------------------------------------ notes */

/** Lists numbered from a given start each get a definition; each list is its own instance. */
class Lists {
  private nextInstance = 1;
  private readonly definitions = new Map<number, NumberingDefinition>();

  ordered(start: number): { reference: NumberingDefinition; instance: number } {
    let reference = this.definitions.get(start);
    if (!reference) {
      const levels: ILevelsOptions[] = Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        start,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      }));
      reference = { reference: `ordered-from-${start}`, levels };
      this.definitions.set(start, reference);
    }
    return { reference, instance: this.nextInstance++ };
  }
}

interface ListContext {
  kind: 'bullet' | 'ordered' | 'task';
  level: number;
  numbering?: { reference: NumberingDefinition; instance: number };
  checked?: boolean;
}

function inlineChildren(nodes: readonly RichNode[] | undefined): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const node of nodesOf(nodes)) {
    if (node.type === 'hardBreak') {
      children.push(new TextRun({ break: 1 }));
      continue;
    }
    if (typeof node.text !== 'string' || node.text === '') continue;
    const { bold, italic: italics, href } = marksOf(node);
    if (href) {
      children.push(
        new ExternalHyperlink({
          link: href,
          children: [new TextRun({ text: clean(node.text), bold, italics, style: 'Hyperlink' })],
        }),
      );
    } else {
      children.push(run(node.text, { bold, italics }));
    }
  }
  return children;
}

const MAX_DEPTH = 32;

function paragraphIn(children: ParagraphChild[], list: ListContext | null, first: boolean) {
  if (!list) return new Paragraph({ children });
  const indent = { left: 720 * (list.level + 1), hanging: 360 };
  // Only the first paragraph of a list item carries its bullet or number; the rest align with it.
  if (!first) return new Paragraph({ children, indent: { left: indent.left } });
  if (list.kind === 'bullet') return new Paragraph({ children, bullet: { level: list.level } });
  if (list.kind === 'ordered' && list.numbering) {
    return new Paragraph({
      children,
      numbering: { ...list.numbering, level: Math.min(list.level, 8) },
    });
  }
  const box = symbol(list.checked ? '☑ ' : '☐ ');
  return new Paragraph({ children: [box, ...children], indent });
}

function notesBlocks(
  nodes: readonly RichNode[] | undefined,
  lists: Lists,
  list: ListContext | null,
  depth: number,
): Paragraph[] {
  const out: Paragraph[] = [];
  let first = true;
  for (const node of nodesOf(nodes)) {
    if (depth > MAX_DEPTH) {
      out.push(paragraphIn([run(textOf(node))], list, first));
      first = false;
      continue;
    }
    switch (node.type) {
      case 'paragraph':
        out.push(paragraphIn(inlineChildren(node.content), list, first));
        first = false;
        break;
      case 'heading': {
        const level =
          Number(node.attrs?.level) >= 4 ? HeadingLevel.HEADING_4 : HeadingLevel.HEADING_3;
        out.push(new Paragraph({ heading: level, children: inlineChildren(node.content) }));
        break;
      }
      case 'blockquote':
        for (const paragraph of notesBlocks(node.content, lists, list, depth + 1))
          out.push(paragraph);
        break;
      case 'bulletList':
      case 'orderedList':
      case 'taskList': {
        const level = list ? list.level + 1 : 0;
        const numbering =
          node.type === 'orderedList'
            ? lists.ordered(Number.isInteger(node.attrs?.start) ? Number(node.attrs?.start) : 1)
            : undefined;
        const kind =
          node.type === 'orderedList' ? 'ordered' : node.type === 'taskList' ? 'task' : 'bullet';
        for (const item of nodesOf(node.content)) {
          const context: ListContext = {
            kind,
            level: Math.min(level, 8),
            ...(numbering ? { numbering } : {}),
            checked: item.attrs?.checked === true,
          };
          const inner = notesBlocks(item.content, lists, context, depth + 2);
          out.push(...(inner.length > 0 ? inner : [paragraphIn([], context, true)]));
        }
        break;
      }
      default:
        out.push(paragraphIn([run(textOf(node))], list, first));
        first = false;
    }
  }
  return out;
}

function notes(doc: RichDoc | null, lists: Lists): Paragraph[] {
  if (!doc || typeof doc !== 'object') return [];
  return notesBlocks(doc.content, lists, null, 1);
}

/* ------------------------------------------------------------------ the document */

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [run(text)], keepNext: true });

const labelled = (label: string, value: string, labels: MinutesLabels) =>
  new Paragraph({ children: [run(`${label}${labels.colon} `, { bold: true }), run(value)] });

function decisionParagraphs(decisions: readonly string[], labels: MinutesLabels): Paragraph[] {
  return decisions.map(
    (text) =>
      new Paragraph({
        indent: { left: 400, hanging: 400 },
        children: [
          symbol('◆ '),
          run(`${labels.decision}${labels.colon} `, { bold: true }),
          run(text),
        ],
      }),
  );
}

function actionParagraphs(
  actions: readonly MinutesAction[],
  minutes: Minutes,
  labels: MinutesLabels,
) {
  return actions.map((action) => {
    const details = actionDetails(action, minutes);
    return new Paragraph({
      indent: { left: 400, hanging: 400 },
      children: [
        symbol('➜ '),
        run(`${labels.action}${labels.colon} `, { bold: true }),
        run(action.description),
        ...(details ? [run(` — ${details}`, { italics: true })] : []),
      ],
    });
  });
}

/** The review item's list under its own heading, the outcome first in bold. */
function reviewedParagraphs(item: MinutesItem, minutes: Minutes, labels: MinutesLabels) {
  if (item.reviewedActions === null) return [];
  if (item.reviewedActions.length === 0) {
    const nothing = nothingToReviewText(minutes);
    return nothing ? [new Paragraph({ children: [run(nothing)] })] : [];
  }
  return [
    heading(labels.reviewedActions, HeadingLevel.HEADING_3),
    ...item.reviewedActions.map((action) => {
      const line = reviewedActionLine(action, minutes);
      return new Paragraph({
        bullet: { level: 0 },
        children: [
          run(line.outcome, { bold: true }),
          run(` — ${line.description}`),
          run(` — ${line.details}`, { italics: true }),
        ],
      });
    }),
  ];
}

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

function cellOf(text: string, header = false) {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, { bold: header })] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E6E6E6', color: 'auto' } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function actionTable(minutes: Minutes): Block {
  if (minutes.actions.length === 0) {
    return new Paragraph({ children: [run(noActionsText(minutes))] });
  }
  const { head, rows } = actionTableCells(minutes);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Twips on a Letter page with one-inch margins (9360 in all): the action gets the room.
    columnWidths: [600, 3360, 1700, 1500, 1200, 1000],
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cellOf(h, true)) }),
      ...rows.map(
        (cells) => new TableRow({ cantSplit: true, children: cells.map((text) => cellOf(text)) }),
      ),
    ],
  });
}

/** "Terms used in this meeting": each term in bold, its definition indented under it. */
function termParagraphs(minutes: Minutes, labels: MinutesLabels): Paragraph[] {
  if (minutes.terms.length === 0) return [];
  return [
    heading(labels.termsUsed, HeadingLevel.HEADING_2),
    ...minutes.terms.flatMap((term) => {
      const entry = termEntry(term, minutes);
      return [
        new Paragraph({
          keepNext: true,
          children: [
            run(entry.name, { bold: true }),
            ...(entry.written ? [run(` — ${entry.written}`)] : []),
          ],
        }),
        new Paragraph({
          indent: { left: 400 },
          spacing: { after: 120 },
          children: [run(entry.definition)],
        }),
      ];
    }),
  ];
}

function body(minutes: Minutes, labels: MinutesLabels): Block[] {
  const lists = new Lists();
  const out: Block[] = [
    new Paragraph({
      children: [
        new TextRun({ text: labels.documentKind, allCaps: true, size: 19, characterSpacing: 30 }),
      ],
    }),
    heading(minutes.meeting.title, HeadingLevel.HEADING_1),
    ...headerFacts(minutes).map((fact) => labelled(fact.label, fact.value, labels)),
  ];
  const withheld = labels.withheld(minutes.withheld);
  if (withheld) {
    out.push(
      new Paragraph({
        border: { top: BORDER, bottom: BORDER, left: { ...BORDER, size: 18 }, right: BORDER },
        spacing: { before: 240, after: 240 },
        children: [run(withheld, { italics: true })],
      }),
    );
  }

  const sections = attendanceSections(minutes);
  if (sections.length > 0) {
    out.push(heading(labels.attendance, HeadingLevel.HEADING_2));
    for (const section of sections) {
      out.push(heading(section.label, HeadingLevel.HEADING_3));
      for (const group of section.groups) {
        out.push(
          new Paragraph({
            bullet: { level: 0 },
            children: [
              run(groupName(group, labels), { bold: true }),
              ...(group.people.length > 0
                ? [run(`${labels.colon} ${group.people.join(', ')}`)]
                : []),
            ],
          }),
        );
      }
    }
  }

  const general = notes(minutes.generalNotes, lists);
  if (general.length > 0)
    out.push(heading(labels.generalNotes, HeadingLevel.HEADING_2), ...general);

  for (const item of minutes.items) {
    out.push(heading(`${item.number}. ${item.title}`, HeadingLevel.HEADING_2));
    if (item.presenter) {
      out.push(
        new Paragraph({
          children: [run(`${labels.presentedBy} ${item.presenter}`, { italics: true })],
        }),
      );
    }
    if (item.deferred)
      out.push(new Paragraph({ children: [run(labels.deferred, { italics: true })] }));
    if (item.confidentiality === 'internal') {
      out.push(new Paragraph({ children: [run(labels.internalItem, { bold: true })] }));
    }
    out.push(...notes(item.notes, lists));
    out.push(...decisionParagraphs(item.decisions, labels));
    out.push(...actionParagraphs(item.actions, minutes, labels));
    out.push(...reviewedParagraphs(item, minutes, labels));
  }

  if (minutes.otherDecisions.length > 0) {
    out.push(heading(labels.otherDecisions, HeadingLevel.HEADING_2));
    out.push(...decisionParagraphs(minutes.otherDecisions, labels));
  }
  out.push(heading(labels.actions, HeadingLevel.HEADING_2), actionTable(minutes));

  const next = nextMeetingText(minutes);
  if (next) {
    out.push(
      new Paragraph({ spacing: { before: 360 }, children: [] }),
      labelled(labels.nextMeeting, next, labels),
    );
  }
  out.push(...termParagraphs(minutes, labels));
  const when = formatGeneratedAt(minutes.generatedAt, minutes.meeting.timeZone, minutes.language);
  out.push(
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun({ text: labels.generatedOn(when), size: 18, color: '444444' })],
    }),
  );
  return out;
}

const headingStyle = (size: number) => ({
  run: { font: FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before: 240, after: 120 } },
});

/** The minutes as a DOCX file, base64-encoded. */
export async function minutesDocx(minutes: Minutes): Promise<string> {
  const labels = minutesLabels(minutes.language);
  const language = { value: LANGUAGE_TAGS[minutes.language] };
  const document = new Document({
    title: clean(`${labels.documentKind} — ${minutes.meeting.title}`),
    subject: clean(minutes.meeting.seriesTitle ?? minutes.meeting.title),
    creator: 'Roundtable',
    lastModifiedBy: 'Roundtable',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language } },
        heading1: headingStyle(36),
        heading2: headingStyle(28),
        heading3: headingStyle(24),
        heading4: { ...headingStyle(22), run: { ...headingStyle(22).run, italics: true } },
      },
    },
    sections: [{ children: body(minutes, labels) }],
  });
  return Packer.toBase64String(document);
}
