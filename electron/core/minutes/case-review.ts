/**
 * What the minutes say of a case review item: its case code for a title, and the review written
 * in the field's order (situation, clarifying questions, offers, next review) ahead of the item's
 * notes, as one document every format already renders. The caller decides whether the item may
 * leave the app at all; here nothing is added that the item's level would not let out.
 */
import type { Language } from '../../../shared/contract';
import { minutesLabels, formatLongDate } from '../../../shared/minutes/labels';
import { docFromText, type RichDoc, type RichNode } from '../../../shared/domain/rich-text';
import type { Db } from '../db/open';
import type { AgendaItemRecord } from '../db/repos/agenda-items';
import { caseReviewsRepo } from '../db/repos/case-reviews';
import { organizationsRepo } from '../db/repos/organizations';

const text = (value: string): RichNode => ({ type: 'text', text: value });
const heading = (title: string): RichNode => ({
  type: 'heading',
  attrs: { level: 3 },
  content: [text(title)],
});
const paragraphs = (value: string): RichNode[] => docFromText(value).content ?? [];

export function caseReviewTitle(item: AgendaItemRecord, language: Language): string {
  return minutesLabels(language).caseReview(item.caseCode);
}

export function caseReviewNotes(
  db: Db,
  item: AgendaItemRecord,
  notes: RichDoc | null,
  language: Language,
): RichDoc | null {
  const labels = minutesLabels(language);
  const review = caseReviewsRepo(db).get(item.id);
  const content: RichNode[] = [];
  if (review?.situation.trim()) {
    content.push(heading(labels.caseSituation), ...paragraphs(review.situation));
  }
  if (review?.questions.trim()) {
    content.push(heading(labels.caseQuestions), ...paragraphs(review.questions));
  }
  if (review && review.offers.length > 0) {
    const organizations = organizationsRepo(db);
    content.push(heading(labels.caseOffers), {
      type: 'bulletList',
      content: review.offers.map((o) => {
        const agency = organizations.get(o.organizationId)?.name;
        return {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [text(agency ? `${agency}${labels.colon} ${o.offer}` : o.offer)],
            },
          ],
        };
      }),
    });
  }
  if (review?.nextReviewDate) {
    content.push({
      type: 'paragraph',
      content: [
        text(
          `${labels.caseNextReview}${labels.colon} ${formatLongDate(review.nextReviewDate, language)}`,
        ),
      ],
    });
  }
  content.push(...(notes?.content ?? []));
  return content.length > 0 ? { type: 'doc', content } : null;
}
