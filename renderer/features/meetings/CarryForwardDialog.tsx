import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProposedItem, type NextMeetingProposal } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useDraft } from '../../app/useDraft';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useToast } from '../../components/useToast';
import { isAppError } from '../../../shared/errors';
import {
  blankRow,
  checkRows,
  itemOf,
  ItemDraftList,
  newRowKey,
  type DraftRow,
  type RowErrors,
} from './ItemDraftList';
import { meetingPath } from './links';
import { useMeetingFormat } from './useMeetingFormat';

export interface CarryForwardDialogProps {
  meetingId: string;
  onClose: () => void;
}

/** A proposed item being edited: the proposal's own fields ride along untouched. */
interface ProposedRow extends DraftRow {
  proposed: NextMeetingProposal['items'][number] | null;
}

/**
 * After a meeting of a series: what the next one starts with (standing items, items not
 * discussed, deferred ones, a review of open actions). The chair trims and adjusts, then accepts.
 */
export function CarryForwardDialog({ meetingId, onClose }: CarryForwardDialogProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const proposal = useCoreQuery(
    'meeting.proposeNext',
    { meetingId, language: settings.language },
    { handleErrors: true },
  );
  return (
    <Dialog
      title={t('carryForward.title')}
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      {proposal.data ? (
        <CarryForwardBody meetingId={meetingId} proposal={proposal.data} onClose={onClose} />
      ) : proposal.isError ? (
        <>
          <FormError message={proposalError(proposal.error, t)} />
          <div className="dialog__actions">
            <Button onPress={onClose}>{t('common.close')}</Button>
          </div>
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </Dialog>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** Why there is nothing to propose: a one-off meeting, or a series with no meeting left. */
function proposalError(error: unknown, t: Translate): string {
  if (isAppError(error) && error.code === 'conflict') return t('carryForward.unavailable');
  return t(`errors.${isAppError(error) ? error.code : 'internal'}`);
}

const rowsOf = (proposal: NextMeetingProposal): ProposedRow[] =>
  proposal.items.map((item) => ({
    key: newRowKey(),
    title: item.title,
    kind: item.kind,
    minutes: String(item.plannedMinutes),
    recurring: item.recurring,
    proposed: item,
  }));

function CarryForwardBody({
  meetingId,
  proposal,
  onClose,
}: CarryForwardDialogProps & { proposal: NextMeetingProposal }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const format = useMeetingFormat();
  const accept = useCoreMutation('meeting.acceptNext');
  const draftKey = `carryForward:${meetingId}`;
  const [rows, setRows, discard] = useDraft(draftKey, () => rowsOf(proposal));
  const [errors, setErrors] = useState<RowErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { occurrence } = proposal;

  const close = () => {
    discard();
    onClose();
  };

  const onAccept = () => {
    const checked = checkRows(rows, ProposedItem, toProposed, t);
    if (checked.errors) {
      setErrors(checked.errors);
      setFormError(t('errors.notSaved'));
      return;
    }
    setErrors({});
    setFormError(null);
    void accept
      .mutateAsync({ meetingId, originalDate: occurrence.originalDate, items: checked.items })
      .then(
        (meeting) => {
          close();
          toast.info(t('carryForward.accepted', { date: format.longDay(meeting.date) }));
          void navigate(meetingPath(meeting.id));
        },
        (error: unknown) =>
          setFormError(
            t(`errors.${isAppError(error) ? error.code : 'internal'}`, {
              defaultValue: t('errors.notSaved'),
            }),
          ),
      );
  };

  return (
    <div className="carry-forward">
      <FormError message={formError} />
      <p className="lead">
        {t('carryForward.next', { when: format.occurrence(occurrence) })}
        {occurrence.status === 'moved' && (
          <>
            {' '}
            {t('series.occurrence.movedFrom', { date: format.shortDay(occurrence.originalDate) })}
          </>
        )}
      </p>
      {occurrence.meetingId !== null && <p>{t('carryForward.alreadyPrepared')}</p>}
      <h3>{t('carryForward.itemsHeading')}</h3>
      <ItemDraftList
        label={t('carryForward.itemsHeading')}
        rows={rows}
        onChange={setRows}
        newRow={(): ProposedRow => ({ ...blankRow(), proposed: null })}
        errors={errors}
        note={(row) =>
          row.proposed
            ? t(`carryForward.reason.${row.proposed.reason}`)
            : t('carryForward.reason.added')
        }
      />
      <div className="dialog__actions">
        <Button onPress={close}>{t('carryForward.skip')}</Button>
        <Button variant="primary" onPress={onAccept}>
          {t('carryForward.accept')}
        </Button>
      </div>
    </div>
  );
}

/** A row as the contract's proposed item; one the chair typed in goes as `added`. */
function toProposed(row: ProposedRow): unknown {
  const base = itemOf(row);
  if (row.proposed) return { ...row.proposed, ...base };
  return {
    ...base,
    reason: 'added',
    fromItemId: null,
  };
}
