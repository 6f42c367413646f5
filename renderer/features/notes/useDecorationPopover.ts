import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutText } from './EditorToolbar';

/**
 * A pop-up about the decoration under the pointer or the caret in the notes editor (a glossary
 * term, a possible personal identifier), shared by GlossaryTermPopover.tsx and
 * IdentifierWarning.tsx. It never takes focus from typing: the editor's keys (Alt+Enter, Escape)
 * and pointer reach it through the extension's storage hooks; Alt+Enter moves into its actions,
 * Escape comes back, and Escape in the editor hides it until the caret is on something else
 * (WCAG 1.4.13: dismissible, hoverable, persistent). The live region is the caller's.
 */

interface Hit {
  from: number;
}

/** What the editor's keys and pointer call (the extension's storage). */
export interface DecorationPopoverHooks<H> {
  pointer: (hit: H | null) => void;
  openActions: () => boolean;
  dismiss: () => boolean;
}

export interface DecorationPopoverOptions<H extends Hit> {
  editor: Editor;
  hitAtCaret: (state: EditorState) => H | null;
  /** Tells hits apart ('' for none): the same key is the same pop-up. */
  hitKey: (hit: H | null) => string;
  setHooks: (editor: Editor, hooks: DecorationPopoverHooks<H>) => void;
  /** Puts the pop-up next to the decoration (see placeNextTo). */
  place: (editor: Editor, hit: H, element: HTMLElement) => void;
}

export interface DecorationPopover<H> {
  /** What the pop-up is about, if it shows. */
  shown: H | null;
  /** What the caret is on, unless hidden with Escape: what the live region speaks of. */
  caretShown: H | null;
  /** True while focus is inside the pop-up. */
  pinned: boolean;
  /** Hides the pointer's pop-up and puts focus back into the note. */
  backToEditor: () => void;
  /** For the pop-up's element. */
  popoverProps: {
    ref: RefObject<HTMLDivElement | null>;
    onMouseEnter: () => void;
    onMouseLeave: () => void;
    onFocus: () => void;
    onBlur: (event: FocusEvent) => void;
    onKeyDown: (event: KeyboardEvent) => void;
  };
}

const HOVER_GRACE_MS = 300;

export function useDecorationPopover<H extends Hit>({
  editor,
  hitAtCaret,
  hitKey,
  setHooks,
  place,
}: DecorationPopoverOptions<H>): DecorationPopover<H> {
  const popover = useRef<HTMLDivElement>(null);
  const caret = useEditorState({
    editor,
    selector: ({ editor: e }) => (e.isFocused ? hitAtCaret(e.state) : null),
    equalityFn: (a, b) => hitKey(a) === hitKey(b ?? null),
  });
  const [hover, setHover] = useState<H | null>(null);
  /** Shown while focus is inside the pop-up, whatever the caret does. */
  const [pinned, setPinned] = useState<H | null>(null);
  /** The caret's hit the person hid with Escape; shown again once the caret moves to another. */
  const [dismissed, setDismissed] = useState('');
  const leaving = useRef<ReturnType<typeof setTimeout>>(undefined);

  const caretShown = caret && hitKey(caret) !== dismissed ? caret : null;
  const shown = pinned ?? hover ?? caretShown;

  // Once the caret leaves the hit hidden with Escape, coming back to it shows it again.
  const [caretWas, setCaretWas] = useState('');
  if (hitKey(caret) !== caretWas) {
    setCaretWas(hitKey(caret));
    if (dismissed && hitKey(caret) !== dismissed) setDismissed('');
  }

  // A hit's positions are those of the document it was found in: typing makes them stale.
  useEffect(() => {
    const forget = () => setHover(null);
    editor.on('update', forget);
    return () => void editor.off('update', forget);
  }, [editor]);

  useEffect(() => () => clearTimeout(leaving.current), []);

  const backToEditor = () => {
    setPinned(null);
    setHover(null);
    // At once, not a frame later as tiptap's focus command does: a dialog may open next.
    if (!editor.isDestroyed) editor.view.focus();
  };

  useEffect(() => {
    setHooks(editor, {
      pointer: (hit) => {
        clearTimeout(leaving.current);
        if (hit) setHover(hit);
        // Time to move the pointer onto the pop-up (to read it, or press its buttons).
        else leaving.current = setTimeout(() => setHover(null), HOVER_GRACE_MS);
      },
      openActions: () => {
        const first = popover.current?.querySelector<HTMLElement>('a[href], button');
        if (!shown || !first) return false;
        setPinned(shown);
        first.focus();
        return true;
      },
      dismiss: () => {
        if (hover) {
          setHover(null);
          return true;
        }
        if (caretShown) {
          setDismissed(hitKey(caretShown));
          return true;
        }
        return false;
      },
    });
  });

  useLayoutEffect(() => {
    const element = popover.current;
    if (!shown || !element) return;
    place(editor, shown, element);
  });

  return {
    shown,
    caretShown,
    pinned: pinned !== null,
    backToEditor,
    popoverProps: {
      ref: popover,
      onMouseEnter: () => clearTimeout(leaving.current),
      onMouseLeave: () => {
        if (!pinned) leaving.current = setTimeout(() => setHover(null), HOVER_GRACE_MS);
      },
      onFocus: () => setPinned(shown),
      onBlur: (event) => {
        if (!popover.current?.contains(event.relatedTarget as Node | null)) setPinned(null);
      },
      onKeyDown: (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        if (shown) setDismissed(hitKey(shown));
        backToEditor();
      },
    },
  };
}

/**
 * Places the pop-up under (or, with `above`, above when there is room) the decoration matching
 * `decoration` at `hit`, inside its offset parent whatever its width, through the custom
 * properties `--<property>-top` and `--<property>-left`.
 */
export function placeNextTo(
  editor: Editor,
  hit: Hit,
  element: HTMLElement,
  {
    decoration,
    property,
    above = false,
  }: { decoration: string; property: string; above?: boolean },
): void {
  const parent = element.offsetParent;
  if (!parent || editor.isDestroyed) return;
  const anchor = anchorOf(editor, hit, decoration);
  if (!anchor) return;
  const box = parent.getBoundingClientRect();
  const left = Math.max(0, Math.min(anchor.left - box.left, box.width - element.offsetWidth));
  const over = above ? anchor.top - box.top - element.offsetHeight - 6 : -1;
  const top = over >= 0 ? over : anchor.bottom - box.top + 6;
  // CSS custom properties: the Content-Security-Policy refuses style attributes set from text.
  element.style.setProperty(`--${property}-top`, `${top}px`);
  element.style.setProperty(`--${property}-left`, `${left}px`);
}

function anchorOf(editor: Editor, hit: Hit, decoration: string): DOMRect | null {
  try {
    const { node } = editor.view.domAtPos(hit.from + 1);
    const element = node instanceof Element ? node : node.parentElement;
    const decorated = element?.closest(decoration);
    if (decorated) return decorated.getBoundingClientRect();
    const start = editor.view.coordsAtPos(hit.from);
    return new DOMRect(start.left, start.top, 0, start.bottom - start.top);
  } catch {
    // A document that changed under the pop-up: it is placed again on the next render.
    return null;
  }
}

/** Keys (tiptap's notation) as the keyboard's keys are called in the app's language (« Alt+Entrée »). */
export function useKeysText(keys: string): string {
  const { t } = useTranslation();
  return shortcutText(keys).shown.replace(/Enter$/, t('glossary.highlight.enterKey'));
}
