import type { Editor } from '@tiptap/core';
import { Node as ProseNode, type Schema } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import type { Transaction } from '@tiptap/pm/state';
import { Step, Transform, type Mapping } from '@tiptap/pm/transform';
import type { RichDoc } from '../../../shared/domain/rich-text';
import {
  appendParagraph,
  capturedText,
  findLine,
  occurrences,
  removeSpot,
  spotOf,
  undoStep,
  type CaptureKind,
  type Spot,
} from './capture';
import { toStoredDoc } from './editor-extensions';

/**
 * Words captured from the notes on their way to becoming a decision or an action. They stay in
 * the note until what they became is saved (`commit`), so a cancelled or abandoned form loses
 * nothing; an Undo of the saved record puts them back where they were (`restore`).
 */
export interface CapturedWords {
  readonly kind: CaptureKind;
  /** The words, on one line; empty when the line was blank. */
  readonly text: string;
  /** What they became is saved: they leave the note, as one step Ctrl+Z can undo. */
  commit(): void;
  /** What they became was withdrawn: they go back where they were (or at the end of the note). */
  restore(): void;
  /** The form was closed without saving: the words simply stay. Does nothing once committed. */
  release(): void;
}

/** The note the words belong to, beyond the editor they were captured in. */
export interface NoteAccess {
  /** The editor open on this note now, if any (it can be a new one, opened since). */
  openEditor(): Editor | null;
  /** The note as last typed, or as stored. */
  doc(): RichDoc | null;
  /** Saves the note changed while no editor is open on it. */
  save(doc: RichDoc): void;
}

type Phase =
  | { name: 'pending'; spot: Spot }
  /** `undo` puts the words back; `count` is how often they appear in the note without them. */
  | { name: 'committed'; undo: Step | null; count: number }
  | { name: 'done' };

/** Captures the selection, or the line at the caret, of `editor`. Nothing changes yet. */
export function captureWords(editor: Editor, note: NoteAccess, kind: CaptureKind): CapturedWords {
  const spot = spotOf(editor.state.selection);
  return new Capture(editor, note, kind, capturedText(editor.state.doc, spot), spot);
}

/** The same note, whatever attributes the editor adds: positions in one hold in the other. */
const sameNote = (a: ProseNode, b: ProseNode) =>
  JSON.stringify(toStoredDoc(a.toJSON())) === JSON.stringify(toStoredDoc(b.toJSON()));

class Capture implements CapturedWords {
  private phase: Phase;
  /** The editor whose changes the positions follow; null once it is closed. */
  private editor: Editor | null = null;
  /** The note as it was when that editor closed: the positions hold only in that document. */
  private lastSeen: ProseNode | null = null;
  /** For the saved note: a closed tiptap editor forgets its schema. */
  private readonly schema: Schema;

  constructor(
    editor: Editor,
    private readonly note: NoteAccess,
    readonly kind: CaptureKind,
    readonly text: string,
    spot: Spot,
  ) {
    this.schema = editor.schema;
    this.phase = text === '' ? { name: 'done' } : { name: 'pending', spot };
    if (this.phase.name === 'pending') this.follow(editor);
  }

  commit(): void {
    if (this.phase.name !== 'pending') return;
    const { spot } = this.phase;
    const changed = this.change((tr, positioned) => {
      const at =
        positioned && this.safely(() => capturedText(tr.doc, spot)) === this.text
          ? spot
          : findLine(tr.doc, this.text);
      // Words no longer found (changed meanwhile) stay where they are: nothing is lost.
      if (at) removeSpot(tr, at);
    });
    this.phase = changed
      ? { name: 'committed', undo: undoStep(changed), count: occurrences(changed.doc, this.text) }
      : { name: 'done' };
    if (!changed) this.unfollow();
  }

  restore(): void {
    if (this.phase.name !== 'committed') return;
    const { undo, count } = this.phase;
    this.change((tr, positioned) => {
      if (positioned) {
        // Brought back already (Ctrl+Z in the note): not twice.
        if (occurrences(tr.doc, this.text) > count) return;
        // Each editor has its own schema: the step is rebuilt in the one of the note now open.
        const step = undo && this.safely(() => Step.fromJSON(tr.doc.type.schema, undo.toJSON()));
        if (step && this.safely(() => !tr.maybeStep(step).failed)) return;
      }
      appendParagraph(tr, this.text);
    });
    this.phase = { name: 'done' };
    this.unfollow();
  }

  release(): void {
    if (this.phase.name !== 'pending') return;
    this.phase = { name: 'done' };
    this.unfollow();
  }

  /**
   * Changes the note: in the editor open on it, else in its saved document. `positioned` says
   * whether the positions kept still point into that document.
   */
  private change(build: (tr: Transform, positioned: boolean) => void): Transform | null {
    const editor = this.openEditor();
    if (editor) {
      const tr = editor.state.tr;
      build(tr, this.editor === editor);
      if (!tr.docChanged) return null;
      // Its own step in the note's undo history, not merged with the typing before or after.
      editor.view.dispatch(closeHistory(tr));
      editor.view.dispatch(closeHistory(editor.state.tr));
      // From here on the positions are this editor's, whichever it was.
      if (this.editor !== editor) this.follow(editor);
      return tr;
    }
    const stored = this.note.doc();
    const doc = this.safely(() => stored && ProseNode.fromJSON(this.schema, stored));
    const base = doc ?? this.schema.topNodeType.createAndFill()!;
    const tr = new Transform(base);
    build(tr, this.lastSeen !== null && sameNote(base, this.lastSeen));
    if (!tr.docChanged) return null;
    this.note.save(toStoredDoc(tr.doc.toJSON()));
    this.lastSeen = tr.doc;
    return tr;
  }

  /** The editor the positions follow, or a new one opened on the same note since. */
  private openEditor(): Editor | null {
    if (this.editor && !this.editor.isDestroyed) return this.editor;
    const open = this.note.openEditor();
    if (!open || open.isDestroyed) return null;
    // A note opened again as it was left: the positions carry on in its new editor.
    if (this.lastSeen && sameNote(open.state.doc, this.lastSeen)) this.follow(open);
    return open;
  }

  private follow(editor: Editor) {
    this.unfollow();
    this.editor = editor;
    this.lastSeen = null;
    editor.on('transaction', this.onTransaction);
    editor.on('destroy', this.onDestroy);
  }

  private unfollow() {
    this.editor?.off('transaction', this.onTransaction);
    this.editor?.off('destroy', this.onDestroy);
    this.editor = null;
  }

  private onTransaction = ({
    transaction,
    appendedTransactions,
  }: {
    transaction: Transaction;
    appendedTransactions: Transaction[];
  }) => {
    for (const tr of [transaction, ...appendedTransactions]) this.map(tr.mapping);
  };

  private onDestroy = () => {
    this.lastSeen = this.editor?.state.doc ?? null;
    this.unfollow();
  };

  private map(mapping: Mapping) {
    const phase = this.phase;
    if (phase.name === 'pending') {
      const { from, to } = phase.spot;
      phase.spot =
        from === to
          ? { from: mapping.map(from, -1), to: mapping.map(from, -1) }
          : { from: mapping.map(from, 1), to: mapping.map(to, -1) };
    } else if (phase.name === 'committed') {
      phase.undo = phase.undo?.map(mapping) ?? null;
    }
  }

  /** Positions that no longer fit the document throw: they count as not found. */
  private safely<T>(read: () => T): T | null {
    try {
      return read();
    } catch {
      return null;
    }
  }
}
