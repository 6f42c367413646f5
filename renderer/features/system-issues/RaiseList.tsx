import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SystemIssue } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { useToast } from '../../components/useToast';
import { meetingPath } from '../meetings/links';
import { useErrorToast } from '../meetings/useErrorToast';
import { useIssueText } from './issue-text';

type Raise = SystemIssue['raises'][number];

/**
 * Every time the issue was raised, the latest first. A raise can be removed (Undo records it
 * again) except the last one: an issue is on the log because it was raised.
 */
export function RaiseList({ issue, headingId }: { issue: SystemIssue; headingId: string }) {
  const { t } = useTranslation();
  const text = useIssueText();
  const toast = useToast();
  const failed = useErrorToast();
  const remove = useCoreMutation('systemIssue.removeRaise');
  const raise = useCoreMutation('systemIssue.raise');
  const onlyOne = issue.raises.length === 1;
  const k = 'systemIssues.raises';

  const removeRaise = (r: Raise) => {
    // The pressed button goes with its row: the list's heading keeps the keyboard's place.
    document.getElementById(headingId)?.focus();
    remove.mutateAsync({ id: issue.id, raiseId: r.id }).then(
      () =>
        toast.info(t(`${k}.removed`, { date: text.day(r.raisedOn) }), {
          label: t('common.undo'),
          onAction: () =>
            void raise
              .mutateAsync({
                id: issue.id,
                meetingId: r.meetingId,
                raisedOn: r.raisedOn,
                note: r.note,
              })
              .catch(failed),
        }),
      failed,
    );
  };

  return (
    <>
      <DataTable
        caption={t(`${k}.caption`, { title: issue.title })}
        className="raise-table"
        columns={[t(`${k}.date`), t(`${k}.meeting`), t(`${k}.note`)]}
        hasActions={!onlyOne}
        empty={t(`${k}.none`)}
        rows={[...issue.raises].reverse().map((r) => (
          <tr key={r.id}>
            <th scope="row">{text.day(r.raisedOn)}</th>
            <td>
              {r.meetingId && r.meetingTitle ? (
                <Link to={meetingPath(r.meetingId)}>{r.meetingTitle}</Link>
              ) : (
                <span className="muted">{t(`${k}.noMeeting`)}</span>
              )}
            </td>
            <td className="raise-table__note">
              {r.note || <span className="muted">{t(`${k}.noNote`)}</span>}
            </td>
            {!onlyOne && (
              <td>
                <Button
                  variant="quiet"
                  aria-label={t(`${k}.removeLabel`, { date: text.day(r.raisedOn) })}
                  onPress={() => removeRaise(r)}
                >
                  {t(`${k}.remove`)}
                </Button>
              </td>
            )}
          </tr>
        ))}
      />
      {onlyOne && <p className="muted">{t(`${k}.onlyOne`)}</p>}
    </>
  );
}
