/**
 * Defensive reading of a notes document's tree for the renderers: the core validates documents,
 * but a renderer must never throw on, or be misled by, a node that is not what it should be.
 */
import { isSafeHref, type RichMark, type RichNode } from '../domain/rich-text';

/** A node's children, or none when `content` is missing or not a list. */
export function nodesOf(nodes: readonly RichNode[] | undefined): readonly RichNode[] {
  return Array.isArray(nodes) ? nodes.filter((n) => typeof n === 'object' && n !== null) : [];
}

/** The marks of a text node that matter to the minutes. */
export interface TextMarks {
  bold: boolean;
  italic: boolean;
  /** A web or mail link; null for none or for an unsafe one (which is dropped, text kept). */
  href: string | null;
}

export function marksOf(node: RichNode): TextMarks {
  const marks: readonly RichMark[] = Array.isArray(node.marks) ? node.marks : [];
  const has = (type: string) => marks.some((mark) => mark?.type === type);
  const href = marks.find((mark) => mark?.type === 'link')?.attrs?.href;
  return { bold: has('bold'), italic: has('italic'), href: isSafeHref(href) ? href.trim() : null };
}

/** The words of a subtree, space-separated: what is left of a node no renderer expects. */
export function textOf(node: RichNode): string {
  const out: string[] = [];
  const stack: RichNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next.text === 'string') out.push(next.text);
    stack.push(...[...nodesOf(next.content)].reverse());
  }
  return out.join(' ');
}
