import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToggleButton } from 'react-aria-components';
import { Link } from 'react-router';
import type { ReviewOutcome } from '../../../shared/contract';
import { OPEN_SUFFIX } from '../../app/drafts';
import { useCoreQuery } from '../../app/useCore';
import { useDraft } from '../../app/useDraft';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { ActionForm } from './ActionForm';
import { ConfidentialityLabel } from './ConfidentialityField';
import { ActionFacts } from './ItemCaptures';
import { notesPath } from './links';
import { useNotesActions } from './useNotesActions';

/** In the order a review goes through them: most open actions are done or carried. */
const OUTCOMES: readonly ReviewOutcome[] = ['done', 'carried', 'dropped'];

export interface ReviewActionsPanelProps {
  meeting: { id: string; date: string };
  nextMeetingDate: string | null;
  today: string;
}

/**
 * The "Review open actions" item: the series' actions still open from earlier meetings, each
 * marked done, carried forward or dropped by this meeting, or changed in place (reassigned,
 * rescheduled). Pressing the chosen outcome again takes it back.
 */
export function ReviewActionsPanel({ meeting, nextMeetingDate, today }: ReviewActionsPanelProps) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const { review } = useNotesActions();
  const query = useCoreQuery('action.forReview', { meetingId: meeting.id });
  // The outcome pressed, shown as pressed until the core has it rather than flicking back.
  const [pending, setPending] = useState<Record<string, ReviewOutcome | null>>({});
  const editing = useFormDialog(`notes:${meeting.id}:review:edit`);
  const [editingId, setEditingId] = useDraft<string | null>(
    `${editing.key}:id${OPEN_SUFFIX}`,
    () => null,
  );
  const actions = query.data ?? [];
  const editingAction = actions.find((a) => a.id === editingId);

  const decide = (actionId: string, outcome: ReviewOutcome | null) => {
    setPending((p) => ({ ...p, [actionId]: outcome }));
    void review(actionId, meeting.id, outcome).finally(() =>
      setPending(({ [actionId]: _done, ...rest }) => rest),
    );
  };

  return (
    <section className="review" aria-labelledby="review-actions-title">
      <h3 id="review-actions-title">{t('notes.review.title')}</h3>
      <p className="muted">{t('notes.review.intro')}</p>
      {query.data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : actions.length === 0 ? (
        <p className="empty">{t('notes.review.empty')}</p>
      ) : (
        <ol className="captures__list">
          {actions.map((action) => {
            const outcome = action.id in pending ? pending[action.id] : action.outcome;
            return (
              <li key={action.id} className="capture review__action">
                <div>
                  <p className="capture__text">
                    {action.description}
                    {/* The chair projects this screen: the level shows as in the register. */}
                    {action.confidentiality !== 'shareable' && (
                      <>
                        {' '}
                        <ConfidentialityLabel level={action.confidentiality} />
                      </>
                    )}
                  </p>
                  <ActionFacts action={action} today={today} />
                  <p className="review__from">
                    {t('notes.review.from')}{' '}
                    <Link to={notesPath(action.meetingId, action.itemId)}>
                      {t('notes.review.fromMeeting', {
                        title: action.meetingTitle,
                        date: format.shortDay(action.meetingDate),
                      })}
                    </Link>
                  </p>
                </div>
                <div className="review__buttons">
                  {/* Toggle buttons rather than radios: the outcome pressed again is taken back. */}
                  <div
                    role="group"
                    className="status-toggle"
                    aria-label={t('notes.review.outcomeOf', { description: action.description })}
                  >
                    {OUTCOMES.map((o) => (
                      <ToggleButton
                        key={o}
                        className="status-toggle__button"
                        isSelected={outcome === o}
                        onChange={(pressed) => decide(action.id, pressed ? o : null)}
                      >
                        {t(`notes.review.outcome.${o}`)}
                      </ToggleButton>
                    ))}
                  </div>
                  <Button
                    variant="quiet"
                    aria-label={t('common.actionOn', {
                      action: t('common.edit'),
                      name: action.description,
                    })}
                    onPress={() => {
                      setEditingId(action.id);
                      editing.open();
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {editingAction && (
        <ActionForm
          key={editingAction.id}
          dialog={editing}
          meeting={meeting}
          nextMeetingDate={nextMeetingDate}
          action={editingAction}
        />
      )}
    </section>
  );
}
