/**
 * A notes document as HTML, for the minutes (the exported file, the PDF and the app's preview,
 * which injects the result into its page). Only the nodes and marks of shared/domain/rich-text.ts
 * produce markup; all text and every attribute value is escaped; a link keeps its href only when
 * it is a web or mail link. Anything else in the tree (it should never be there: the core
 * validates documents) comes out as its escaped text, so nothing can ever inject markup.
 */
import type { RichDoc, RichNode } from '../domain/rich-text';
import { marksOf, nodesOf, textOf } from './nodes';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values alike: every character HTML could read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Words read out for a checklist item's box (the box itself is a symbol). */
export interface TaskWords {
  done: string;
  open: string;
}

/** Deeper than any valid document (MAX_DOC_DEPTH): past it, only the text is kept. */
const MAX_DEPTH = 32;

const ORDERED_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);

function renderText(node: RichNode): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
  if (html === '') return '';
  const marks = marksOf(node);
  if (marks.bold) html = `<strong>${html}</strong>`;
  if (marks.italic) html = `<em>${html}</em>`;
  // A new tab in a browser; in the desktop app the window-open rules hand it to the system.
  if (marks.href) {
    html = `<a href="${escapeHtml(marks.href)}" target="_blank" rel="noopener noreferrer">${html}</a>`;
  }
  return html;
}

function orderedListAttrs(attrs: RichNode['attrs']): string {
  let out = '';
  const start = attrs?.start;
  if (typeof start === 'number' && Number.isInteger(start) && start !== 1) {
    out += ` start="${start}"`;
  }
  const type = attrs?.type;
  if (typeof type === 'string' && ORDERED_TYPES.has(type) && type !== '1') {
    out += ` type="${type}"`;
  }
  return out;
}

function renderNodes(nodes: readonly RichNode[] | undefined, depth: number, words: TaskWords) {
  return nodesOf(nodes)
    .map((node) => renderNode(node, depth, words))
    .join('');
}

function renderNode(node: RichNode, depth: number, words: TaskWords): string {
  if (depth > MAX_DEPTH) return escapeHtml(textOf(node));
  const inner = () => renderNodes(node.content, depth + 1, words);
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'hardBreak':
      return '<br>';
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      // Notes headings sit under the item's h2: never above h3, never past h6.
      const level = Math.min(6, Math.max(3, Number(node.attrs?.level) || 3));
      return `<h${level} class="minutes-h${level}">${inner()}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol${orderedListAttrs(node.attrs)}>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'taskList':
      return `<ul class="task-list">${inner()}</ul>`;
    case 'taskItem': {
      const checked = node.attrs?.checked === true;
      const box = checked ? '☑' : '☐';
      const word = escapeHtml(checked ? words.done : words.open);
      return (
        `<li class="task-item${checked ? ' task-done' : ''}">` +
        `<span class="task-box" role="img" aria-label="${word}">${box}</span>` +
        `<div class="task-body">${inner()}</div></li>`
      );
    }
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    default:
      return escapeHtml(textOf(node));
  }
}

/** A notes document as an HTML fragment; an empty string for no document. */
export function richTextToHtml(doc: RichDoc | null, words: TaskWords): string {
  if (!doc || typeof doc !== 'object') return '';
  return renderNodes(doc.content, 1, words);
}
