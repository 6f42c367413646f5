import type { ReactNode } from 'react';
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
import type { CapturedWords } from './captured-words';
import { DecisionForm } from './DecisionForm';
import { isOverdue } from './due-picks';
import { useNotesActions } from './useNotesActions';

/** Who, by when, and how it stands: the facts under an action, wherever it is listed. */
export function ActionFacts({ action, today }: { action: Action; today: string }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const late = isOverdue(action, today);
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

interface CaptureListProps<T> {
  kind: 'decisions' | 'actions';
  /** The heading's id, which names the section. */
  id: string;
  items: T[];
  onAdd: () => void;
  /** What each row's Edit and Delete buttons act on, for screen readers. */
  name: (item: T) => string;
  body: (item: T) => ReactNode;
  onEdit: (item: T) => void;
  onDelete: (item: T) => void;
}

/** A titled list with an Add button, an empty state and Edit/Delete on each row. */
function CaptureList<T extends { id: string }>({ kind, id, items, ...props }: CaptureListProps<T>) {
  const { t } = useTranslation();
  const named = (verb: string, item: T) =>
    t('common.actionOn', { action: verb, name: props.name(item) });
  return (
    <section className="captures__group" aria-labelledby={id}>
      <div className="captures__heading">
        <h3 id={id}>{t(`notes.${kind}.title`)}</h3>
        <Button onPress={props.onAdd}>
          <span aria-hidden="true">+ </span>
          {t(`notes.${kind}.add`)}
        </Button>
      </div>
      {items.length === 0 ? (
        <p className="captures__empty muted">{t(`notes.${kind}.empty`)}</p>
      ) : (
        <ol className="captures__list">
          {items.map((item) => (
            <li key={item.id} className="capture">
              {props.body(item)}
              <div className="row-actions">
                <Button
                  variant="quiet"
                  aria-label={named(t('common.edit'), item)}
                  onPress={() => props.onEdit(item)}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  variant="quiet"
                  aria-label={named(t('common.delete'), item)}
                  onPress={() => props.onDelete(item)}
                >
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
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
  /** Words captured from the notes, for the add form of their kind. */
  captured: CapturedWords | null;
}

/** The decisions and actions taken under one agenda item (or under none), with their forms. */
export function ItemCaptures(props: ItemCapturesProps) {
  const { meeting, nextMeetingDate, itemId, draftKey, decisions, actions, today } = props;
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

  return (
    <div className="captures">
      <CaptureList
        kind="decisions"
        id={`${draftKey}-decisions`}
        onAdd={props.addDecision.open}
        items={decisions}
        name={(d) => d.text}
        body={(d) => <p className="capture__text">{d.text}</p>}
        onEdit={(d) => {
          setDecisionId(d.id);
          editingDecision.open();
        }}
        onDelete={(d) => void notesActions.removeDecision(d)}
      />
      <CaptureList
        kind="actions"
        id={`${draftKey}-actions`}
        onAdd={props.addAction.open}
        items={actions}
        name={(a) => a.description}
        body={(a) => (
          <div>
            <p className="capture__text">{a.description}</p>
            <ActionFacts action={a} today={today} />
          </div>
        )}
        onEdit={(a) => {
          setActionId(a.id);
          editingAction.open();
        }}
        onDelete={(a) => void notesActions.removeAction(a)}
      />
      <DecisionForm
        dialog={props.addDecision}
        meetingId={meeting.id}
        itemId={itemId}
        captured={props.captured?.kind === 'decision' ? props.captured : null}
      />
      <ActionForm
        dialog={props.addAction}
        meeting={meeting}
        nextMeetingDate={nextMeetingDate}
        itemId={itemId}
        captured={props.captured?.kind === 'action' ? props.captured : null}
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
