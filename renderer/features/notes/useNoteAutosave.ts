import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { isAppError } from '../../../shared/errors';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../app/useApi';
import type { NoteAccess } from './captured-words';
import { clearBackup, noteKey, readBackup, writeBackup } from './note-backup';
import {
  SaveScheduler,
  SaverRegistry,
  useFlushWhenLeaving,
  type SaveStatus,
} from './save-scheduler';

/**
 * Autosave of one note. Every change is copied to localStorage at once (note-backup.ts) and sent
 * to the core as save-scheduler.ts schedules it: after a pause in typing, at the latest every few
 * seconds while typing goes on, and at once when the editor loses focus, closes or the window
 * goes away; one save at a time, a failed save tried again for as long as it fails.
 *
 * A note's saver outlives its editor: leaving an agenda item flushes it, and its retries go on.
 * It also remembers the latest document typed, so coming back to the item before the meeting is
 * fetched again shows what was typed, not the older copy the screen still holds.
 */

export type { SaveStatus };

interface Place {
  meetingId: string;
  itemId: string | null;
}

interface Sent {
  doc: RichDoc;
  json: string;
}

class NoteSaver extends SaveScheduler<Sent> {
  readonly key: string;
  /** The latest document typed in this session (null: nothing typed yet). */
  latest: RichDoc | null = null;
  private latestJson: string | null = null;
  /** The document the core is known to hold, as JSON. */
  private confirmedJson: string | null = null;
  /** A document the core refused as invalid: not sent again until it changes. */
  private refusedJson: string | null = null;
  /** The editor open on this note, if any: words captured from it are put back there. */
  editor: Editor | null = null;

  constructor(
    private api: ApiClient,
    private readonly place: Place,
  ) {
    super();
    this.key = noteKey(place.meetingId, place.itemId);
  }

  useApi(api: ApiClient) {
    this.api = api;
  }

  /** What the core returned when the note was opened; kept only if nothing newer is known. */
  knowStored(doc: RichDoc | null) {
    if (this.confirmedJson === null && doc) this.confirmedJson = JSON.stringify(doc);
  }

  /** Registers the editor open on the note; returns what to call when it closes. */
  attach(editor: Editor): () => void {
    this.editor = editor;
    return () => {
      if (this.editor === editor) this.editor = null;
    };
  }

  /** The note as last typed in this session, else as the core last returned it. */
  get doc(): RichDoc | null {
    return this.latest ?? (this.confirmedJson ? (JSON.parse(this.confirmedJson) as RichDoc) : null);
  }

  /** True when typed changes have not been confirmed by the core. */
  get unsaved(): boolean {
    return this.latestJson !== null && this.latestJson !== this.confirmedJson;
  }

  change(doc: RichDoc) {
    const json = JSON.stringify(doc);
    if (json === this.latestJson) return;
    this.latest = doc;
    this.latestJson = json;
    writeBackup(this.key, doc);
    if (!this.unsaved) {
      // Typed back to what the core holds (an undo, say): nothing to send.
      this.cancelWait();
      clearBackup(this.key, json);
      return;
    }
    this.schedule();
  }

  protected pending(): Sent | null {
    if (!this.unsaved || this.latestJson === this.refusedJson) return null;
    return { doc: this.latest!, json: this.latestJson! };
  }

  protected async save({ doc, json }: Sent): Promise<number> {
    const saved = await this.api.call('note.save', { ...this.place, doc });
    this.confirmedJson = json;
    clearBackup(this.key, json);
    return saved.savedAt;
  }

  protected refusal({ json }: Sent, error: unknown): SaveStatus | null {
    if (isAppError(error) && error.code === 'invalid_input') {
      this.refusedJson = json;
      const reason = error.issues?.find((issue) => issue.path[0] === 'doc')?.message;
      return { state: 'invalid', reason: reason ?? 'invalidDocument' };
    }
    if (isAppError(error) && error.code === 'not_found') {
      this.refusedJson = json;
      return { state: 'gone' };
    }
    return null;
  }
}

const savers = new SaverRegistry<NoteSaver>();

function saverFor(api: ApiClient, place: Place): NoteSaver {
  const key = noteKey(place.meetingId, place.itemId);
  return savers.get(api, key, () => new NoteSaver(api, place));
}

/**
 * Sends every note's waiting changes now (before the app locks, so that what was typed is in the
 * core before the data closes), resolving when the core has answered or after `timeoutMs`. A
 * note that is not saved by then keeps its local copy and its retries, which succeed after the
 * unlock.
 */
export function flushAllNotes(api: ApiClient, timeoutMs = 3000): Promise<void> {
  const all = savers.all(api);
  if (all.length === 0) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.all(all.map((saver) => saver.settle())).then(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]).finally(() => clearTimeout(timer));
}

export interface NoteStart {
  /** What the editor opens. */
  doc: RichDoc | null;
  /** True when it holds changes the core has not confirmed (typed earlier, or left after a reload). */
  unsaved: boolean;
}

/**
 * What a note's editor starts from: what was typed in this session, else the local copy left by
 * a reload or a crash when it differs from the core's, else the core's document.
 */
function startOf(saver: NoteSaver, initial: RichDoc | null): NoteStart {
  saver.knowStored(initial);
  if (saver.latest) return { doc: saver.latest, unsaved: saver.unsaved };
  const backup = readBackup(saver.key);
  if (backup) {
    const json = JSON.stringify(backup.doc);
    if (json !== JSON.stringify(initial)) return { doc: backup.doc, unsaved: true };
    clearBackup(saver.key, json);
  }
  return { doc: initial, unsaved: false };
}

export interface NoteAutosave {
  /** The document to open, computed once per note. */
  start: NoteStart;
  status: SaveStatus;
  /** Every change of the document (already in its stored form). */
  change: (doc: RichDoc) => void;
  /** Save now. */
  flush: () => void;
  /** The note beyond its editor: where captured words go back when the editor has closed. */
  note: NoteAccess;
  /** Registers the editor open on the note; returns what to call when it closes. */
  attach: (editor: Editor) => () => void;
}

/**
 * Autosave for the note at (meetingId, itemId); `initial` is read once. The caller remounts (or
 * keys) its editor when the note changes.
 */
export function useNoteAutosave(
  meetingId: string,
  itemId: string | null,
  initial: RichDoc | null,
): NoteAutosave {
  const api = useApi();
  const [saver] = useState(() => saverFor(api, { meetingId, itemId }));
  const [start] = useState(() => startOf(saver, initial));
  saver.useApi(api);
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);

  useEffect(() => {
    // A copy left by a reload, or typing still waiting: send it now rather than at the next key.
    if (start.unsaved && start.doc) {
      saver.change(start.doc);
      saver.flush();
    }
  }, [saver, start]);
  useFlushWhenLeaving(saver);

  const change = useCallback((doc: RichDoc) => saver.change(doc), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  const [note] = useState<NoteAccess>(() => ({
    openEditor: () => saver.editor,
    doc: () => saver.doc,
    save: (doc) => {
      saver.change(doc);
      saver.flush();
    },
  }));
  const attach = useCallback((editor: Editor) => saver.attach(editor), [saver]);
  return { start, status, change, flush, note, attach };
}
