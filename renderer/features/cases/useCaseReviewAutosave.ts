import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { CaseReview } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../app/useApi';
import {
  SaveScheduler,
  SaverRegistry,
  useFlushWhenLeaving,
  type SaveStatus,
} from '../notes/save-scheduler';

/** The structured fields of a case review as the panel edits them. */
export interface ReviewValues {
  situation: string;
  questions: string;
  /** What each agency can offer, by organization id. */
  offers: Record<string, string>;
  nextReviewDate: string | null;
}

type Field = keyof ReviewValues;
const FIELDS: readonly Field[] = ['situation', 'questions', 'offers', 'nextReviewDate'];

export const valuesOfReview = (review: CaseReview): ReviewValues => ({
  situation: review.situation,
  questions: review.questions,
  offers: Object.fromEntries(review.offers.map((o) => [o.organizationId, o.offer])),
  nextReviewDate: review.nextReviewDate,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Autosave of one case review, scheduled as the notes' autosave is (save-scheduler.ts): sent after
 * a pause in typing (at the latest every few seconds), at once on blur and on leaving, one save at
 * a time, retried for as long as it fails. Only the fields changed since the last save are sent: setting the next
 * review date moves the case's own date, which an unrelated save must not do again.
 *
 * The saver outlives the panel, so coming back to the item shows what was typed even before the
 * screen has fetched it again. Nothing is copied to the browser's storage: the situation of a
 * client stays in the app's database only.
 */
class ReviewSaver extends SaveScheduler<Partial<ReviewValues>> {
  latest: ReviewValues | null = null;
  private confirmed: ReviewValues | null = null;
  /** Changes the core refused as invalid: not sent again until they change. */
  private refused: string | null = null;
  // Changes made during a refused save wait for the next change, as the refused ones do.
  protected override readonly sendAfterRefusal = false;

  constructor(
    private api: ApiClient,
    private readonly itemId: string,
  ) {
    super();
  }

  useApi(api: ApiClient) {
    this.api = api;
  }

  /** What the core returned: the base that changes are measured from, unless one is known. */
  knowStored(values: ReviewValues) {
    this.confirmed ??= values;
  }

  private changed(): Partial<ReviewValues> {
    const latest = this.latest;
    const confirmed = this.confirmed;
    if (!latest) return {};
    const out: Partial<Record<Field, unknown>> = {};
    for (const field of FIELDS) {
      if (!confirmed || !same(latest[field], confirmed[field])) out[field] = latest[field];
    }
    return out as Partial<ReviewValues>;
  }

  get unsaved(): boolean {
    return Object.keys(this.changed()).length > 0;
  }

  change(values: ReviewValues, immediate = false) {
    if (this.latest && same(values, this.latest)) return;
    this.latest = values;
    if (!this.unsaved) {
      this.cancelWait();
      return;
    }
    this.schedule(immediate);
  }

  protected pending(): Partial<ReviewValues> | null {
    if (!this.latest) return null;
    const changes = this.changed();
    if (Object.keys(changes).length === 0 || JSON.stringify(changes) === this.refused) return null;
    return changes;
  }

  protected async save(changes: Partial<ReviewValues>): Promise<number> {
    const { offers, ...rest } = changes;
    const saved = await this.api.call('caseReview.save', {
      itemId: this.itemId,
      ...rest,
      ...(offers
        ? {
            offers: Object.entries(offers).map(([organizationId, offer]) => ({
              organizationId,
              offer,
            })),
          }
        : {}),
    });
    this.confirmed = { ...(this.confirmed ?? valuesOfReview(saved)), ...changes };
    this.refused = null;
    return saved.updatedAt ?? Date.now();
  }

  protected refusal(changes: Partial<ReviewValues>, error: unknown): SaveStatus | null {
    if (isAppError(error) && error.code === 'invalid_input') {
      // Kept as typed; the next change tries again.
      this.refused = JSON.stringify(changes);
      const reason = error.issues?.[0]?.message;
      return { state: 'invalid', reason: reason ?? 'invalid' };
    }
    if (isAppError(error) && error.code === 'not_found') return { state: 'gone' };
    return null;
  }
}

const savers = new SaverRegistry<ReviewSaver>();

const saverFor = (api: ApiClient, itemId: string): ReviewSaver =>
  savers.get(api, itemId, () => new ReviewSaver(api, itemId));

export interface ReviewAutosave {
  /** What the fields show: typed values, else the core's. */
  values: ReviewValues;
  status: SaveStatus;
  /** A text change, saved after a pause; `immediate` for a pick (a date). */
  change: (patch: Partial<ReviewValues>, immediate?: boolean) => void;
  flush: () => void;
}

/** Autosave for the case review of agenda item `itemId`, starting from the core's `stored`. */
export function useCaseReviewAutosave(itemId: string, stored: CaseReview): ReviewAutosave {
  const api = useApi();
  const [saver] = useState(() => saverFor(api, itemId));
  saver.useApi(api);
  const [values, setValues] = useState<ReviewValues>(() => {
    const fromCore = valuesOfReview(stored);
    saver.knowStored(fromCore);
    return saver.latest ?? fromCore;
  });
  const current = useRef(values);
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);

  useFlushWhenLeaving(saver);

  const change = useCallback(
    (patch: Partial<ReviewValues>, immediate = false) => {
      const next = { ...current.current, ...patch };
      current.current = next;
      setValues(next);
      saver.change(next, immediate);
    },
    [saver],
  );
  const flush = useCallback(() => saver.flush(), [saver]);
  return { values, status, change, flush };
}
