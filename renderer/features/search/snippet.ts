import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../shared/contract';

export interface SnippetPart {
  text: string;
  /** One of the words searched for. */
  match: boolean;
}

/**
 * A snippet cut into plain text and matches, from the core's private-use markers. The parts are
 * rendered as text nodes (and <mark>), never as HTML: notes are the user's words, not markup.
 * A marker left unclosed (a snippet cut short) still ends its match at the end.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, match });
    text = '';
  };
  for (const char of snippet) {
    if (char === SNIPPET_OPEN || char === SNIPPET_CLOSE) {
      flush();
      match = char === SNIPPET_OPEN;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
