import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, AgendaItem, Decision, MeetingDetail } from '../../../shared/contract';
import { useFormDialog, type FormDialog } from '../../app/useFormDialog';
import { CaseReviewPanel } from '../cases/CaseReviewPanel';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { presenterLine } from '../run/item-text';
import { Separator } from '../run/ItemSummary';
import type { CapturedWords } from './captured-words';
import { ConfidentialityField } from './ConfidentialityField';
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
  const { meeting } = detail;
  const itemId = item?.id ?? null;
  const draftKey = `notes:${meeting.id}:${itemId ?? GENERAL_NOTES}`;
  // Words captured from the notes, waiting in an add form; they stay in the note until saved.
  const [captured, setCaptured] = useState<CapturedWords | null>(null);
  // Closing the form any way but by saving leaves them where they are.
  useEffect(() => () => captured?.release(), [captured]);
  const decisionDialog = useFormDialog(`${draftKey}:decision:new`);
  const actionDialog = useFormDialog(`${draftKey}:action:new`);
  const addDecision = useReleasing(decisionDialog, setCaptured);
  const addAction = useReleasing(actionDialog, setCaptured);
  const { recordDecision } = useNotesActions();
  const number = item ? detail.items.indexOf(item) + 1 : null;
  const title = item ? item.title : t('notes.general');
  const presenter = item ? presenterLine(item, t, 'notes.presenter') : null;

  const capture = (words: CapturedWords) => {
    if (words.kind === 'decision') {
      if (!words.text) {
        addDecision.open();
        return;
      }
      // Refused (too long, say): the words go to the form, and stay in the note meanwhile.
      void recordDecision(meeting.id, itemId, words).then((recorded) => {
        if (recorded) return;
        setCaptured(words);
        addDecision.open();
      });
      return;
    }
    setCaptured(words.text ? words : null);
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
                <span>{presenter}</span>
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
      {item?.kind === 'case_review' && (
        <CaseReviewPanel
          detail={detail}
          item={item}
          actionCount={actions.filter((a) => a.itemId === item.id).length}
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
          caseCode={item?.kind === 'case_review' ? item.caseCode : null}
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
        captured={captured}
      />
    </section>
  );
}

/** The add form's dialog, which lets go of captured words as it closes (saved or not). */
function useReleasing(
  dialog: FormDialog,
  setCaptured: (words: CapturedWords | null) => void,
): FormDialog {
  return useMemo(
    () => ({
      ...dialog,
      close: () => {
        dialog.close();
        setCaptured(null);
      },
    }),
    [dialog, setCaptured],
  );
}
