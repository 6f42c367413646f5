import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { isAppError } from '../../../shared/errors';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../app/useApi';
import type { NoteAccess } from './captured-words';
import { clearBackup, noteKey, readBackup, writeBackup } from './note-backup';

/**
 * Autosave of one note. Every change is copied to localStorage at once (note-backup.ts) and sent
 * to the core after a pause in typing, at the latest every few seconds while typing goes on, and
 * at once when the editor loses focus, closes or the window goes away. Saves of one note never
 * overlap: changes made during a save are sent together when it ends. A failed save is tried
 * again, waiting longer each time, for as long as it fails.
 *
 * A note's saver outlives its editor: leaving an agenda item flushes it, and its retries go on.
 * It also remembers the latest document typed, so coming back to the item before the meeting is
 * fetched again shows what was typed, not the older copy the screen still holds.
 */

export type SaveStatus =
  /** Nothing typed since the note was opened. */
  | { state: 'idle' }
  /** Changes waiting to be sent, or being sent. */
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  /** The core could not be reached or refused for a passing reason: trying again. */
  | { state: 'retrying' }
  /** The core refused the document itself (a `validation.<reason>` key): typing again retries. */
  | { state: 'invalid'; reason: string }
  /** The agenda item or meeting was deleted: there is nowhere to save to. */
  | { state: 'gone' };

/** Pause in typing before a save. */
export const SAVE_DELAY_MS = 700;
/** While typing goes on without a pause, a save at least this often. */
export const SAVE_MAX_WAIT_MS = 3000;
const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 10_000;

interface Place {
  meetingId: string;
  itemId: string | null;
}

class NoteSaver {
  readonly key: string;
  /** The latest document typed in this session (null: nothing typed yet). */
  latest: RichDoc | null = null;
  private latestJson: string | null = null;
  /** The document the core is known to hold, as JSON. */
  private confirmedJson: string | null = null;
  /** A document the core refused as invalid: not sent again until it changes. */
  private refusedJson: string | null = null;
  status: SaveStatus = { state: 'idle' };
  /** The editor open on this note, if any: words captured from it are put back there. */
  editor: Editor | null = null;
  private inFlight = false;
  private waitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 0;
  /** When the oldest change not yet sent was typed, for the maximum wait. */
  private pendingSince: number | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private api: ApiClient,
    private readonly place: Place,
  ) {
    this.key = noteKey(place.meetingId, place.itemId);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getStatus = () => this.status;

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
    if (this.status.state !== 'retrying') this.setStatus({ state: 'saving' });
    // While retrying, the retry sends the latest document: no need to wait for typing too.
    if (this.retryTimer !== undefined) return;
    const now = Date.now();
    this.pendingSince ??= now;
    const delay = Math.min(SAVE_DELAY_MS, this.pendingSince + SAVE_MAX_WAIT_MS - now);
    clearTimeout(this.waitTimer);
    this.waitTimer = setTimeout(
      () => {
        this.waitTimer = undefined;
        void this.send();
      },
      Math.max(0, delay),
    );
  }

  /** Sends now (blur, leaving, closing): also cuts a retry's wait short. */
  flush() {
    this.cancelWait();
    if (this.retryTimer !== undefined) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
    void this.send();
  }

  private cancelWait() {
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
  }

  private async send(): Promise<void> {
    // One save at a time: what was typed meanwhile goes when this one ends.
    if (this.inFlight || !this.unsaved || this.latestJson === this.refusedJson) return;
    const doc = this.latest!;
    const json = this.latestJson!;
    this.inFlight = true;
    this.pendingSince = null;
    if (this.status.state !== 'retrying') this.setStatus({ state: 'saving' });
    let retry = false;
    try {
      const saved = await this.api.call('note.save', { ...this.place, doc });
      this.confirmedJson = json;
      this.retryDelay = 0;
      clearBackup(this.key, json);
      this.setStatus(this.unsaved ? { state: 'saving' } : { state: 'saved', at: saved.savedAt });
    } catch (error) {
      if (isAppError(error) && error.code === 'invalid_input') {
        this.refusedJson = json;
        const reason = error.issues?.find((issue) => issue.path[0] === 'doc')?.message;
        this.setStatus({ state: 'invalid', reason: reason ?? 'invalidDocument' });
      } else if (isAppError(error) && error.code === 'not_found') {
        this.refusedJson = json;
        this.setStatus({ state: 'gone' });
      } else {
        retry = true;
        this.retryDelay = Math.min(MAX_RETRY_MS, Math.max(FIRST_RETRY_MS, this.retryDelay * 2));
        this.setStatus({ state: 'retrying' });
      }
    } finally {
      this.inFlight = false;
    }
    if (retry) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        void this.send();
      }, this.retryDelay);
    } else if (this.unsaved && this.waitTimer === undefined) {
      // Changes typed during the save whose pause already passed: send them now.
      void this.send();
    }
  }

  private setStatus(status: SaveStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

// Per API client, so each app (and each test, with its own core) has its own notes.
const saversByClient = new WeakMap<ApiClient, Map<string, NoteSaver>>();

function saverFor(api: ApiClient, place: Place): NoteSaver {
  let savers = saversByClient.get(api);
  if (!savers) {
    savers = new Map();
    saversByClient.set(api, savers);
  }
  const key = noteKey(place.meetingId, place.itemId);
  let saver = savers.get(key);
  if (!saver) {
    saver = new NoteSaver(api, place);
    savers.set(key, saver);
  }
  return saver;
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
    const flushIfHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    const flush = () => saver.flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', flushIfHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', flushIfHidden);
      // Leaving the item (or the screen): what was typed goes now.
      saver.flush();
    };
  }, [saver, start]);

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
