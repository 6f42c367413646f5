/**
 * Cleans HTML pasted from Word, Google Docs or a web page before the editor parses it. The
 * editor's schema already drops what it does not know (tables, images, colours), but it keeps the
 * text of unknown elements, and Word's own markup would otherwise leak through as text: list
 * bullets typed as characters, `<o:p>` fillers, style sheets, conditional comments. What is left
 * is plain structure the schema can read: paragraphs, headings, lists, bold, italic, links.
 */

/** Elements whose content is never note text. */
const DROPPED =
  'style, script, meta, link, title, head, xml, template, iframe, object, embed, img, picture, svg, video, audio, canvas, noscript, input, select, textarea, button';

/** Word's layout helpers and drawings: `o:p` holds a no-break space, `v:*` and `w:*` drawings. */
const DROPPED_PREFIXES = ['o:', 'v:', 'w:', 'm:'];

/** Inline wrappers that only carry looks (fonts, colours, sizes). */
const UNWRAPPED = new Set([
  'SPAN',
  'FONT',
  'U',
  'S',
  'STRIKE',
  'DEL',
  'INS',
  'SMALL',
  'BIG',
  'SUB',
  'SUP',
  'MARK',
  'ABBR',
  'CODE',
  'KBD',
  'SAMP',
  'TT',
]);

/** Attributes the editor reads while parsing; every other one (style, class, colour…) goes. */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  A: ['href', 'title'],
  OL: ['start', 'type'],
  LI: ['data-type', 'data-checked'],
  UL: ['data-type'],
};

const HEADINGS: Record<string, string> = {
  H1: 'h3',
  H2: 'h3',
  H3: 'h3',
  H4: 'h4',
  H5: 'h4',
  H6: 'h4',
};

/** A Word bullet is a symbol; a number is digits or letters and a dot or bracket: "1.", "a)", "iv.". */
const ORDERED_MARKER = /^\(?[0-9a-zA-Z]{1,5}[.)]$/;

export function cleanPastedHtml(html: string): string {
  const withoutComments = html
    // Word marks a list item's typed bullet "only where lists are not supported", either as
    // <![if !supportLists]>…<![endif]> or, from some versions, as two ordinary comments; the
    // second form is turned into the first so the bullet is found (and dropped) either way.
    .replace(/<!--\[if !supportLists\]-->/gi, '<![if !supportLists]>')
    .replace(/<!--\[endif\]-->/gi, '<![endif]>')
    // Conditional comments hide Word's VML and fallback markup (an opening `<!--[if …]>` runs to
    // its `<![endif]-->`); real comments are never content.
    .replace(/<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const doc = new DOMParser().parseFromString(withoutComments, 'text/html');
  const body = doc.body;

  markListFallbacks(body);
  for (const element of [...body.querySelectorAll(DROPPED)]) element.remove();
  for (const element of [...body.querySelectorAll('*')]) {
    const name = element.tagName.toLowerCase();
    if (DROPPED_PREFIXES.some((prefix) => name.startsWith(prefix))) element.remove();
    // Other namespaced tags (Word's smart tags such as st1:place) wrap real words.
    else if (name.includes(':')) unwrap(element);
  }

  flattenTables(body);
  rebuildWordLists(body);
  // A bullet Word typed in a list that is already a real list (or left over): never words.
  for (const element of [...body.querySelectorAll('[style]')]) {
    if (isWordMarker(element)) element.remove();
  }
  keepLooksThatMeanSomething(body);

  for (const element of [...body.querySelectorAll('*')]) {
    const heading = HEADINGS[element.tagName];
    if (heading && heading !== element.tagName.toLowerCase()) {
      rename(element, heading);
    } else if (UNWRAPPED.has(element.tagName)) {
      unwrap(element);
    } else if (element.tagName === 'A' && !isWebOrMailLink(element.getAttribute('href'))) {
      // Word's bookmarks (<a name>), in-page anchors and script links keep their words only.
      unwrap(element);
    }
  }
  for (const element of [...body.querySelectorAll('*')]) stripAttributes(element);
  return body.innerHTML;
}

/** Word's typed bullet or number of a list item: `<span style="mso-list:Ignore">`. */
function isWordMarker(element: Element): boolean {
  return /mso-list:\s*ignore/i.test(element.getAttribute('style') ?? '');
}

/**
 * What sits between `<![if !supportLists]>` and `<![endif]>` (comments once parsed) is the
 * bullet Word typed for programs without lists: it is wrapped as a marker, read and dropped
 * with the others.
 */
function markListFallbacks(body: HTMLElement): void {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const starts: Comment[] = [];
  while (walker.nextNode()) {
    const comment = walker.currentNode as Comment;
    if (/^\[if !supportLists\]$/i.test(comment.data.trim())) starts.push(comment);
  }
  for (const start of starts) {
    const fallback: ChildNode[] = [];
    let node = start.nextSibling;
    while (
      node &&
      !(node.nodeType === Node.COMMENT_NODE && /^\[endif\]$/i.test((node as Comment).data.trim()))
    ) {
      fallback.push(node);
      node = node.nextSibling;
    }
    // No end beside it: not Word's markup after all, and nothing is dropped.
    if (!node) continue;
    const marker = body.ownerDocument.createElement('span');
    marker.setAttribute('style', 'mso-list:Ignore');
    marker.append(...fallback);
    start.replaceWith(marker);
    node.remove();
  }
}

const CELL_SEPARATOR = ' · ';
const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, blockquote, pre, table';

/**
 * The notes have no tables: each row becomes a line, its cells separated by " · " (otherwise
 * the schema would run "Cell A" and "Cell B" together). Lines within a cell are kept as line
 * breaks. Innermost tables first, so a table in a cell becomes lines of that cell.
 */
function flattenTables(body: HTMLElement): void {
  const document = body.ownerDocument;
  for (const table of [...body.querySelectorAll('table')].reverse()) {
    const lines: HTMLElement[] = [];
    for (const row of table.querySelectorAll('tr')) {
      if (row.closest('table') !== table) continue;
      const line = document.createElement('p');
      for (const cell of row.children) {
        if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
        const words = cellContent(cell);
        if ((cell.textContent ?? '').replace(/[\s\u00a0]+/g, '') === '') continue;
        if (line.childNodes.length > 0) line.append(CELL_SEPARATOR);
        line.append(...words);
      }
      if (line.childNodes.length > 0) lines.push(line);
    }
    table.replaceWith(...lines);
  }
}

/** A cell's content on one line: its paragraphs and list items joined by line breaks. */
function cellContent(cell: Element): Node[] {
  const document = cell.ownerDocument;
  for (const block of [...cell.querySelectorAll(BLOCKS)].reverse()) {
    block.after(document.createElement('br'));
    unwrap(block);
  }
  const nodes = [...cell.childNodes];
  const blank = (node: Node) =>
    node.nodeName === 'BR' ||
    (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '');
  while (nodes.length > 0 && blank(nodes[0]!)) nodes.shift();
  while (nodes.length > 0 && blank(nodes.at(-1)!)) nodes.pop();
  // Two breaks in a row (a paragraph ending where its cell's div ends) are one.
  return nodes.filter(
    (node, index) => node.nodeName !== 'BR' || previousNonBlank(nodes, index)?.nodeName !== 'BR',
  );
}

function previousNonBlank(nodes: Node[], index: number): Node | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '') continue;
    return node;
  }
  return undefined;
}

function isWebOrMailLink(href: string | null): boolean {
  return href !== null && /^\s*(https?:\/\/|mailto:)/i.test(href);
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function rename(element: Element, tagName: string): Element {
  const renamed = element.ownerDocument.createElement(tagName);
  for (const attribute of [...element.attributes]) {
    renamed.setAttribute(attribute.name, attribute.value);
  }
  renamed.append(...element.childNodes);
  element.replaceWith(renamed);
  return renamed;
}

function stripAttributes(element: Element): void {
  const kept = KEPT_ATTRIBUTES[element.tagName] ?? [];
  for (const attribute of [...element.attributes]) {
    if (!kept.includes(attribute.name)) element.removeAttribute(attribute.name);
  }
}

/** The style attribute without spaces, lower case; `mso-bidi-font-weight` is not `font-weight`. */
function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

/**
 * Bold and italic written as styles (Google Docs, many web pages) become <strong>/<em> before
 * styles are removed; Google Docs wraps a whole paste in `<b style="font-weight:normal">`, which
 * is not bold at all.
 */
function keepLooksThatMeanSomething(body: HTMLElement): void {
  for (const element of [...body.querySelectorAll('b, strong, span, font, i, em')]) {
    const style = styleOf(element);
    const tag = element.tagName;
    if ((tag === 'B' || tag === 'STRONG') && /(?:^|;)font-weight:(normal|400)/.test(style)) {
      unwrap(element);
      continue;
    }
    if ((tag === 'I' || tag === 'EM') && /(?:^|;)font-style:normal/.test(style)) {
      unwrap(element);
      continue;
    }
    if (tag !== 'SPAN' && tag !== 'FONT') continue;
    const bold = /(?:^|;)font-weight:(bold|bolder|[6-9]00)/.test(style);
    const italic = /(?:^|;)font-style:italic/.test(style);
    if (!bold && !italic) continue;
    let inner: Element = element;
    for (const wrapper of [bold && 'strong', italic && 'em']) {
      if (!wrapper) continue;
      const mark = element.ownerDocument.createElement(wrapper);
      mark.append(...inner.childNodes);
      inner.append(mark);
      inner = mark;
    }
  }
}

/** The level (1, 2…) of a Word list paragraph, from `mso-list:l0 level2 lfo1`; null otherwise. */
function wordListLevel(element: Element): number | null {
  if (element.tagName !== 'P' && !/^H\d$/.test(element.tagName)) return null;
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(element.getAttribute('style') ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * Word writes lists as paragraphs styled `mso-list`, with the bullet or number typed as text in
 * a span styled `mso-list:Ignore`. They become real nested <ul>/<ol> lists again.
 */
function rebuildWordLists(body: HTMLElement): void {
  const paragraphs = [...body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')].filter(
    (p) => wordListLevel(p) !== null,
  );
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    // A run of list paragraphs that follow each other (whitespace between them is fine).
    const run: Element[] = [];
    for (let node: Element | null = first; node && wordListLevel(node) !== null;) {
      run.push(node);
      done.add(node);
      node = node.nextElementSibling;
    }
    const document = first.ownerDocument;
    const root = document.createElement('div');
    first.before(root);
    // The open lists, outermost first, with the level each one is at.
    const open: { list: Element; level: number }[] = [];
    for (const paragraph of run) {
      const level = wordListLevel(paragraph)!;
      const marker = takeWordMarker(paragraph);
      const tag = ORDERED_MARKER.test(marker) ? 'ol' : 'ul';
      while (open.length > 0 && open.at(-1)!.level > level) open.pop();
      let current = open.at(-1);
      if (!current || current.level < level || current.list.tagName.toLowerCase() !== tag) {
        if (current?.level === level) open.pop();
        const list = document.createElement(tag);
        const parentItem = open.at(-1)?.list.lastElementChild;
        (parentItem ?? root).append(list);
        current = { list, level };
        open.push(current);
      }
      const item = document.createElement('li');
      const content = document.createElement('p');
      content.append(...paragraph.childNodes);
      item.append(content);
      current.list.append(item);
      paragraph.remove();
    }
    unwrap(root);
  }
}

/** Removes and returns the typed bullet or number of a Word list paragraph ("1.", "·", "o"). */
function takeWordMarker(paragraph: Element): string {
  const ignored = [...paragraph.querySelectorAll('[style]')].find(isWordMarker);
  if (!ignored) return '';
  const marker = (ignored.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  // The marker sits in nested spans; remove the outermost one that holds nothing else.
  let outer: Element = ignored;
  while (
    outer.parentElement &&
    outer.parentElement !== paragraph &&
    (outer.parentElement.textContent ?? '').replace(/[\s\u00a0]+/g, '') === marker
  ) {
    outer = outer.parentElement;
  }
  outer.remove();
  return marker;
}
