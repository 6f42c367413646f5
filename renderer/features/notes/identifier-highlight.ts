import { Extension, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { decorationPointerPlugin } from './decoration-pointer';
import { GLOSSARY_ACTIONS_KEYS } from './glossary-highlight';
import {
  IDENTIFIER_CLASS,
  identifierHitAt,
  identifierWarningPlugin,
  type IdentifierHit,
  type IdentifierWarningOptions,
} from './identifier-plugin';

/**
 * The notes editor's identifier warnings: the marking plugin (identifier-plugin.ts), the keys
 * (Alt+Enter into the warning's actions, as for the glossary's pop-up; Escape hides it) and the
 * pointer over a marked text, which IdentifierWarning.tsx acts on.
 */

/** The same keys as the glossary's: one habit for "the actions of what the caret is on". */
export const IDENTIFIER_ACTIONS_KEYS = GLOSSARY_ACTIONS_KEYS;

export interface IdentifierEditorHooks {
  /** Alt+Enter: focus the warning's actions; true when a warning was shown. */
  openActions: (() => boolean) | null;
  /** Escape: hide the warning; true when one was shown. */
  dismiss: (() => boolean) | null;
  /** The pointer moved over (or off) a marked text. */
  pointer: ((hit: IdentifierHit | null) => void) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    identifierWarning: IdentifierEditorHooks;
  }
}

export function setIdentifierHooks(editor: Editor, hooks: Partial<IdentifierEditorHooks>): void {
  Object.assign(editor.storage.identifierWarning, hooks);
}

const pointerKey = new PluginKey('identifierPointer');

const DESCRIBE: IdentifierWarningOptions['describe'] = {
  phone: 'possible phone number',
  email: 'possible email address',
  dob: 'possible date of birth',
  health_card: 'possible health card number',
  sin: 'possible social insurance number',
  address: 'possible street address',
};

export const IdentifierHighlight = Extension.create<
  IdentifierWarningOptions,
  IdentifierEditorHooks
>({
  name: 'identifierWarning',
  // Before the glossary's keys: a warning about an identity comes first where both are shown.
  priority: 110,
  addOptions: () => ({ describe: DESCRIBE }),
  addStorage: () => ({ openActions: null, dismiss: null, pointer: null }),
  addKeyboardShortcuts() {
    return {
      [IDENTIFIER_ACTIONS_KEYS]: () => this.storage.openActions?.() ?? false,
      Escape: () => this.storage.dismiss?.() ?? false,
    };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      identifierWarningPlugin(this.options),
      decorationPointerPlugin({
        key: pointerKey,
        selector: `.${IDENTIFIER_CLASS}`,
        hitAt: identifierHitAt,
        report: (hit) => storage.pointer?.(hit),
      }),
    ];
  },
});
