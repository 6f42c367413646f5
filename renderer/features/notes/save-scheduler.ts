import { useEffect } from 'react';
import type { ApiClient } from '../../api/client';

/**
 * When autosave sends, shared by the notes (useNoteAutosave.ts) and the case reviews
 * (cases/useCaseReviewAutosave.ts): after a pause in typing, at the latest every few seconds while
 * typing goes on, at once when asked (blur, leaving, closing the window). Saves never overlap:
 * changes made during a save are sent together when it ends. A save that fails for a passing
 * reason is tried again, waiting longer each time, for as long as it fails. What is sent, and
 * which refusals are final, is the subclass's.
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

/** `P`: what one save sends. */
export abstract class SaveScheduler<P> {
  status: SaveStatus = { state: 'idle' };
  private inFlight = false;
  private waitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 0;
  /** When the oldest change not yet sent was made, for the maximum wait. */
  private pendingSince: number | null = null;
  private readonly listeners = new Set<() => void>();

  /** True when changes have not been confirmed by the core. */
  abstract get unsaved(): boolean;

  /** What a save would send now; null when there is nothing to send. */
  protected abstract pending(): P | null;

  /** Sends `payload` and records what the core now holds; resolves to when it was saved. */
  protected abstract save(payload: P): Promise<number>;

  /** The status of a final refusal of `payload`; null for a passing failure, tried again. */
  protected abstract refusal(payload: P, error: unknown): SaveStatus | null;

  /**
   * Whether changes made during a save that was refused for good go at once when it ends
   * (otherwise they wait for the next change).
   */
  protected readonly sendAfterRefusal: boolean = true;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getStatus = () => this.status;

  /** Sends now (blur, leaving, closing): also cuts a retry's wait short. */
  flush() {
    this.cancelWait();
    if (this.retryTimer !== undefined) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
    void this.send();
  }

  /** Sends now; resolves once the core has answered (a failure too: the retries go on). */
  settle(): Promise<void> {
    this.flush();
    return new Promise((resolve) => {
      const settled = () => this.status.state !== 'saving';
      if (settled()) return resolve();
      const stop = this.subscribe(() => {
        if (!settled()) return;
        stop();
        resolve();
      });
    });
  }

  /** A change that is unsaved: sent after the pause, or at once when `immediate`. */
  protected schedule(immediate = false) {
    if (this.status.state !== 'retrying') this.setStatus({ state: 'saving' });
    // While retrying, the retry sends the latest changes: no need to wait for typing too.
    if (this.retryTimer !== undefined) return;
    if (immediate) {
      this.flush();
      return;
    }
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

  protected cancelWait() {
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
  }

  private async send(): Promise<void> {
    // One save at a time: what was changed meanwhile goes when this one ends.
    if (this.inFlight) return;
    const payload = this.pending();
    if (payload === null) return;
    this.inFlight = true;
    this.pendingSince = null;
    if (this.status.state !== 'retrying') this.setStatus({ state: 'saving' });
    let retry = false;
    try {
      const at = await this.save(payload);
      this.retryDelay = 0;
      this.setStatus(this.unsaved ? { state: 'saving' } : { state: 'saved', at });
    } catch (error) {
      const final = this.refusal(payload, error);
      if (final) {
        this.setStatus(final);
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
    } else if (
      this.unsaved &&
      this.waitTimer === undefined &&
      (this.sendAfterRefusal || this.status.state === 'saving')
    ) {
      // Changes made during the save whose pause already passed: send them now.
      void this.send();
    }
  }

  private setStatus(status: SaveStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

/** Savers by key, per API client: each app (and each test, with its own core) has its own. */
export class SaverRegistry<S> {
  private readonly byClient = new WeakMap<ApiClient, Map<string, S>>();

  get(api: ApiClient, key: string, make: () => S): S {
    let savers = this.byClient.get(api);
    if (!savers) {
      savers = new Map();
      this.byClient.set(api, savers);
    }
    let saver = savers.get(key);
    if (!saver) {
      saver = make();
      savers.set(key, saver);
    }
    return saver;
  }

  all(api: ApiClient): S[] {
    return [...(this.byClient.get(api)?.values() ?? [])];
  }
}

/** Flushes `saver` when the window is hidden or goes away, and when the component unmounts. */
export function useFlushWhenLeaving(saver: { flush(): void }): void {
  useEffect(() => {
    const flush = () => saver.flush();
    const flushIfHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
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
  }, [saver]);
}
