import { useTranslation } from 'react-i18next';
import type { Action, Decision } from '../../../shared/contract';
import { OPEN_SUFFIX } from '../../app/drafts';
import { useDraft } from '../../app/useDraft';
import { useFormDialog, type FormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { Separator } from '../run/ItemSummary';
import { ActionForm } from './ActionForm';
import { DecisionForm } from './DecisionForm';
import { isOverdue } from './due-picks';
import { useNotesActions } from './useNotesActions';

/** Who, by when, and how it stands: the facts under an action, wherever it is listed. */
export function ActionFacts({ action, today }: { action: Action; today: string }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const late = action.status === 'open' && isOverdue(action.dueDate, today);
  const who = [action.organizationName, action.personName].filter(Boolean).join(', ');
  return (
    <p className="action-facts">
      <span>{who || t('notes.actions.unassigned')}</span>
      <Separator />
      {action.dueDate === null ? (
        <span>{t('notes.actions.noDueDate')}</span>
      ) : (
        <span className={late ? 'action-facts__due action-facts__due--late' : 'action-facts__due'}>
          {late && (
            <span aria-hidden="true" className="action-facts__late-icon">
              ⚠{' '}
            </span>
          )}
          {t(late ? 'notes.actions.overdue' : 'notes.actions.due', {
            date: format.shortDay(action.dueDate),
          })}
        </span>
      )}
      {action.status !== 'open' && (
        <>
          {' '}
          <Badge>{t(`actions.form.status.${action.status}`)}</Badge>
        </>
      )}
    </p>
  );
}

export interface ItemCapturesProps {
  meeting: { id: string; date: string };
  nextMeetingDate: string | null;
  /** The agenda item whose notes are open; null for the general notes. */
  itemId: string | null;
  /** Where the drafts of this item's forms are kept. */
  draftKey: string;
  decisions: Decision[];
  actions: Action[];
  today: string;
  addDecision: FormDialog;
  addAction: FormDialog;
}

/** The decisions and actions taken under one agenda item (or under none), with their forms. */
export function ItemCaptures(props: ItemCapturesProps) {
  const { meeting, nextMeetingDate, itemId, draftKey, decisions, actions, today } = props;
  const { t } = useTranslation();
  const notesActions = useNotesActions();
  // One edit dialog per list, outside the rows; which record it edits comes back with it.
  const editingDecision = useFormDialog(`${draftKey}:decision:edit`);
  const [decisionId, setDecisionId] = useDraft<string | null>(
    `${editingDecision.key}:id${OPEN_SUFFIX}`,
    () => null,
  );
  const editingAction = useFormDialog(`${draftKey}:action:edit`);
  const [actionId, setActionId] = useDraft<string | null>(
    `${editingAction.key}:id${OPEN_SUFFIX}`,
    () => null,
  );
  const decision = decisions.find((d) => d.id === decisionId);
  const action = actions.find((a) => a.id === actionId);
  const named = (verb: string, name: string) => t('common.actionOn', { action: verb, name });

  return (
    <div className="captures">
      <section className="captures__group" aria-labelledby={`${draftKey}-decisions`}>
        <div className="captures__heading">
          <h3 id={`${draftKey}-decisions`}>{t('notes.decisions.title')}</h3>
          <Button onPress={props.addDecision.open}>
            <span aria-hidden="true">+ </span>
            {t('notes.decisions.add')}
          </Button>
        </div>
        {decisions.length === 0 ? (
          <p className="captures__empty muted">{t('notes.decisions.empty')}</p>
        ) : (
          <ol className="captures__list">
            {decisions.map((d) => (
              <li key={d.id} className="capture">
                <p className="capture__text">{d.text}</p>
                <div className="row-actions">
                  <Button
                    variant="quiet"
                    aria-label={named(t('common.edit'), d.text)}
                    onPress={() => {
                      setDecisionId(d.id);
                      editingDecision.open();
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant="quiet"
                    aria-label={named(t('common.delete'), d.text)}
                    onPress={() => void notesActions.removeDecision(d)}
                  >
                    {t('common.delete')}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="captures__group" aria-labelledby={`${draftKey}-actions`}>
        <div className="captures__heading">
          <h3 id={`${draftKey}-actions`}>{t('notes.actions.title')}</h3>
          <Button onPress={props.addAction.open}>
            <span aria-hidden="true">+ </span>
            {t('notes.actions.add')}
          </Button>
        </div>
        {actions.length === 0 ? (
          <p className="captures__empty muted">{t('notes.actions.empty')}</p>
        ) : (
          <ol className="captures__list">
            {actions.map((a) => (
              <li key={a.id} className="capture">
                <div>
                  <p className="capture__text">{a.description}</p>
                  <ActionFacts action={a} today={today} />
                </div>
                <div className="row-actions">
                  <Button
                    variant="quiet"
                    aria-label={named(t('common.edit'), a.description)}
                    onPress={() => {
                      setActionId(a.id);
                      editingAction.open();
                    }}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant="quiet"
                    aria-label={named(t('common.delete'), a.description)}
                    onPress={() => void notesActions.removeAction(a)}
                  >
                    {t('common.delete')}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <DecisionForm dialog={props.addDecision} meetingId={meeting.id} itemId={itemId} />
      <ActionForm
        dialog={props.addAction}
        meeting={meeting}
        nextMeetingDate={nextMeetingDate}
        itemId={itemId}
      />
      {decision && (
        <DecisionForm
          key={decision.id}
          dialog={editingDecision}
          meetingId={meeting.id}
          decision={decision}
        />
      )}
      {action && (
        <ActionForm
          key={action.id}
          dialog={editingAction}
          meeting={meeting}
          nextMeetingDate={nextMeetingDate}
          action={action}
        />
      )}
    </div>
  );
}
