import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseTimeline as Timeline } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { Badge } from '../../components/Badge';
import { Switch } from '../../components/Switch';
import { meetingPath } from '../meetings/links';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { notesPath } from '../notes/links';

type Review = Timeline['reviews'][number];

/** Every review of the case across meetings: what was said, decided and who does what. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useCoreQuery('case.timeline', { id: caseId });
  // The latest review is what the next one starts from: newest first unless asked otherwise.
  const [newestFirst, setNewestFirst] = useState(true);
  const reviews = query.data?.reviews ?? [];
  const ordered = newestFirst ? [...reviews].reverse() : reviews;

  return (
    <section aria-labelledby="case-timeline" className="case-timeline">
      <div className="case-timeline__heading">
        <h2 id="case-timeline">{t('cases.timeline.title')}</h2>
        {reviews.length > 1 && (
          <Switch isSelected={newestFirst} onChange={setNewestFirst}>
            {t('cases.timeline.newestFirst')}
          </Switch>
        )}
      </div>
      {query.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : reviews.length === 0 ? (
        <p className="empty">{t('cases.timeline.empty')}</p>
      ) : (
        <ol className="case-timeline__list">
          {ordered.map((review) => (
            <TimelineEntry key={review.review.itemId} entry={review} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineEntry({ entry }: { entry: Review }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const { review } = entry;
  const headingId = `review-${review.itemId}`;
  return (
    <li className="case-review-entry">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="case-review-entry__title">
          {format.longDay(entry.meetingDate)}
        </h3>
        <p className="case-review-entry__meeting">
          <Link to={meetingPath(entry.meetingId)}>{entry.meetingTitle}</Link>
          {' · '}
          <Link to={notesPath(entry.meetingId, review.itemId)}>
            {t('cases.timeline.openNotes')}
          </Link>
        </p>
        <dl className="details case-review-entry__facts">
          <Fact label={t('caseReview.presenting')} value={entry.presentingAgency} />
          <Fact label={t('caseReview.situation')} value={review.situation} multiline />
          <Fact label={t('caseReview.questions')} value={review.questions} multiline />
          {review.offers.some((o) => o.offer.trim() !== '') && (
            <div className="details__row">
              <dt>{t('caseReview.offers')}</dt>
              <dd>
                <ul className="plain-list">
                  {review.offers
                    .filter((o) => o.offer.trim() !== '')
                    .map((o) => (
                      <li key={o.organizationId}>
                        <strong>{o.name}:</strong> <span className="pre-line">{o.offer}</span>
                      </li>
                    ))}
                </ul>
              </dd>
            </div>
          )}
          {entry.decisions.length > 0 && (
            <div className="details__row">
              <dt>{t('cases.timeline.decisions')}</dt>
              <dd>
                <ul className="plain-list">
                  {entry.decisions.map((d) => (
                    <li key={d.id}>{d.text}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          <div className="details__row">
            <dt>{t('cases.timeline.actions')}</dt>
            <dd>
              {entry.actions.length === 0 ? (
                <span className="muted">{t('cases.timeline.noActions')}</span>
              ) : (
                <ul className="plain-list case-review-entry__actions">
                  {entry.actions.map((a) => (
                    <li key={a.id}>
                      <span>{a.description}</span>{' '}
                      <span className="muted">
                        (
                        {[
                          [a.organizationName, a.personName].filter(Boolean).join(', '),
                          a.dueDate &&
                            t('cases.timeline.due', { date: format.shortDay(a.dueDate) }),
                        ]
                          .filter(Boolean)
                          .join(' · ') || t('notes.actions.unassigned')}
                        )
                      </span>{' '}
                      <Badge>{t(`actions.form.status.${a.status}`)}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          {review.nextReviewDate && (
            <Fact
              label={t('caseReview.nextReview')}
              value={format.shortDay(review.nextReviewDate)}
            />
          )}
        </dl>
      </article>
    </li>
  );
}

function Fact({
  label,
  value,
  multiline = false,
}: {
  label: string;
  value: string | null;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd className={multiline ? 'pre-line' : undefined}>
        {value?.trim() ? value : <span className="muted">{t('common.notSet')}</span>}
      </dd>
    </div>
  );
}
