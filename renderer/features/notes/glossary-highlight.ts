import { Extension, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { decorationPointerPlugin } from './decoration-pointer';
import {
  glossaryHighlightPlugin,
  glossaryHitAt,
  TERM_CLASS,
  UNKNOWN_CLASS,
  type GlossaryHighlightOptions,
  type GlossaryHit,
} from './glossary-plugin';

/**
 * The notes editor's glossary extension: the highlighting plugin (glossary-plugin.ts), the keys
 * ("Add to glossary", into a term's pop-up, Escape) and the pointer over an underlined word, which
 * the React side (GlossaryTermPopover.tsx, NotesEditor.tsx) acts on.
 */

/** "Add to glossary" (tiptap's notation), and the key that moves into a term's pop-up. */
export const GLOSSARY_ADD_KEYS = 'Mod-Shift-g';
export const GLOSSARY_ACTIONS_KEYS = 'Alt-Enter';

/**
 * What the editor's keys and pointer do with the glossary, given by the React components once
 * mounted (the extension is built once; they refresh these as they render).
 */
export interface GlossaryEditorHooks {
  /** "Add to glossary" was asked for with the keyboard; true when it was handled. */
  addToGlossary: ((editor: Editor) => boolean) | null;
  /** Alt+Enter: focus the actions of the pop-up shown for the caret; true when there was one. */
  openActions: (() => boolean) | null;
  /** Escape: hide the pop-up; true when one was shown. */
  dismiss: (() => boolean) | null;
  /** The pointer moved over (or off) a term or an unknown acronym. */
  pointer: ((hit: GlossaryHit | null) => void) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    glossaryHighlight: GlossaryEditorHooks;
  }
}

export function setGlossaryHooks(editor: Editor, hooks: Partial<GlossaryEditorHooks>): void {
  Object.assign(editor.storage.glossaryHighlight, hooks);
}

const pointerKey = new PluginKey('glossaryPointer');

export const GlossaryHighlight = Extension.create<GlossaryHighlightOptions, GlossaryEditorHooks>({
  name: 'glossaryHighlight',
  addOptions: () => ({ describeTerm: 'glossary term', describeUnknown: 'unknown acronym' }),
  addStorage: () => ({ addToGlossary: null, openActions: null, dismiss: null, pointer: null }),
  addKeyboardShortcuts() {
    const add = () => this.storage.addToGlossary?.(this.editor) ?? false;
    return {
      // With Shift held the browser reports the capital letter (see CAPTURE_KEYS).
      [GLOSSARY_ADD_KEYS]: add,
      [GLOSSARY_ADD_KEYS.replace(/.$/, (key) => key.toUpperCase())]: add,
      [GLOSSARY_ACTIONS_KEYS]: () => this.storage.openActions?.() ?? false,
      Escape: () => this.storage.dismiss?.() ?? false,
    };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      glossaryHighlightPlugin(this.options),
      decorationPointerPlugin({
        key: pointerKey,
        selector: `.${TERM_CLASS}, .${UNKNOWN_CLASS}`,
        hitAt: glossaryHitAt,
        report: (hit) => storage.pointer?.(hit),
      }),
    ];
  },
});
