import { Plugin, type EditorState, type PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Reports the pointer moving over (or off) a decorated text in the notes editor (a glossary term,
 * a possible identifier), for the pop-up about it (useDecorationPopover.ts).
 */
export function decorationPointerPlugin<H extends { from: number }>({
  key,
  selector,
  hitAt,
  report,
}: {
  key: PluginKey;
  /** CSS selector of the decorations' elements. */
  selector: string;
  hitAt: (state: EditorState, pos: number) => H | null;
  /** Read at each event: the React side sets it once mounted. */
  report: (hit: H | null) => void;
}): Plugin {
  const hitOf = (view: EditorView, target: EventTarget | null) => {
    const element = target instanceof Element ? target.closest(selector) : null;
    if (!element || !view.dom.contains(element)) return null;
    return hitAt(view.state, view.posAtDOM(element, 0));
  };
  return new Plugin({
    key,
    props: {
      handleDOMEvents: {
        mouseover: (view, event) => {
          const hit = hitOf(view, event.target);
          if (hit) report(hit);
          return false;
        },
        mouseout: (view, event) => {
          // Moving between the pieces of one decorated text (bold in the middle) is not leaving it.
          const from = hitOf(view, event.target);
          const to = hitOf(view, event.relatedTarget);
          if (from && (!to || to.from !== from.from)) report(null);
          return false;
        },
      },
    },
  });
}
