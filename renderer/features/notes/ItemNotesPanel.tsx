import { use } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, AgendaItem, Decision, MeetingDetail } from '../../../shared/contract';
import { DraftsContext } from '../../app/drafts';
import { useFormDialog } from '../../app/useFormDialog';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { presenterOf } from '../run/item-text';
import { Separator } from '../run/ItemSummary';
import { seedActionDraft } from './ActionForm';
import { ConfidentialityField } from './ConfidentialityField';
import { seedDecisionDraft } from './DecisionForm';
import { ItemCaptures } from './ItemCaptures';
import { GENERAL_NOTES } from './links';
import { NotesEditor } from './NotesEditor';
import { ReviewActionsPanel } from './ReviewActionsPanel';
import { useNotesActions } from './useNotesActions';

export interface ItemNotesPanelProps {
  detail: MeetingDetail;
  /** The agenda item whose notes are open; null for the general notes. */
  item: AgendaItem | null;
  /** The meeting's decisions and actions; this panel shows the item's own. */
  decisions: readonly Decision[];
  actions: readonly Action[];
  today: string;
}

export const PANEL_ID = 'notes-panel';

/** One item's page of notes: what it is, its level, the editor, then its decisions and actions. */
export function ItemNotesPanel({ detail, item, decisions, actions, today }: ItemNotesPanelProps) {
  const { t } = useTranslation();
  const { minutes } = useMeetingFormat();
  const drafts = use(DraftsContext);
  const { meeting } = detail;
  const itemId = item?.id ?? null;
  const draftKey = `notes:${meeting.id}:${itemId ?? GENERAL_NOTES}`;
  const addDecision = useFormDialog(`${draftKey}:decision:new`);
  const addAction = useFormDialog(`${draftKey}:action:new`);
  const { recordDecision } = useNotesActions();
  const number = item ? detail.items.indexOf(item) + 1 : null;
  const title = item ? item.title : t('notes.general');
  const presenter = item ? presenterOf(item) : null;

  const capture = (kind: 'action' | 'decision', text: string) => {
    const words = text.trim();
    if (kind === 'decision') {
      if (!words) {
        addDecision.open();
        return;
      }
      // Refused (too long, say): the words go to the form rather than being lost.
      void recordDecision(meeting.id, itemId, words).then((recorded) => {
        if (recorded) return;
        seedDecisionDraft(drafts, addDecision.key, words);
        addDecision.open();
      });
      return;
    }
    // The words left the note for the form: kept as a draft, so closing the form asks first.
    if (words) seedActionDraft(drafts, addAction.key, words);
    addAction.open();
  };

  return (
    <section id={PANEL_ID} className="notes-panel" aria-labelledby="notes-panel-title">
      <header className="notes-panel__header">
        <h2 id="notes-panel-title" className="notes-panel__title">
          {number !== null && (
            <>
              <span className="notes-panel__number">{number}.</span>{' '}
            </>
          )}
          {title}
        </h2>
        {item && (
          <p className="notes-panel__meta">
            <span>{t(`agenda.kind.${item.kind}`)}</span>
            {presenter && (
              <>
                <Separator />
                <span>{t('notes.presenter', { name: presenter })}</span>
              </>
            )}
            <Separator />
            <span>{minutes(item.plannedMinutes)}</span>
            <Separator />
            <span>{t(`agenda.status.${item.status}`)}</span>
          </p>
        )}
        {item && <ConfidentialityField item={item} />}
      </header>
      {item?.kind === 'action_review' && (
        <ReviewActionsPanel
          meeting={meeting}
          nextMeetingDate={detail.nextMeetingDate}
          today={today}
        />
      )}
      <div className="notes-panel__editor">
        <NotesEditor
          // A fresh editor per note: the one leaving saves as it unmounts.
          key={`${meeting.id}:${itemId}`}
          meetingId={meeting.id}
          itemId={itemId}
          initial={item ? item.notes : detail.notes}
          label={t('notes.editorLabel', { title })}
          onCapture={capture}
        />
      </div>
      <ItemCaptures
        meeting={meeting}
        nextMeetingDate={detail.nextMeetingDate}
        itemId={itemId}
        draftKey={draftKey}
        decisions={decisions.filter((d) => d.itemId === itemId)}
        actions={actions.filter((a) => a.itemId === itemId)}
        today={today}
        addDecision={addDecision}
        addAction={addAction}
      />
    </section>
  );
}
