import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../shared/contract';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { ActionForm } from '../notes/ActionForm';
import { isOverdue } from '../notes/due-picks';
import { notesPath } from '../notes/links';

export interface ActionRowProps {
  action: Action;
  /** The person's today (`YYYY-MM-DD`), to tell what is overdue. */
  today: string;
  onStatus: (action: Action, status: 'open' | 'done') => void;
}

/** One action of the register, with what can be done to it. */
export function ActionRow({ action, today, onStatus }: ActionRowProps) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const editing = useFormDialog(`action:${action.id}`);
  const named = (what: string) => t('common.actionOn', { action: what, name: action.description });
  const k = 'actions.register';
  const overdue = isOverdue(action, today);

  return (
    <tr className={overdue ? 'action-row action-row--overdue' : 'action-row'}>
      <th scope="row">
        {action.description}
        {action.confidentiality !== 'shareable' && (
          <>
            {' '}
            <Badge>{t(`${k}.confidentiality.${action.confidentiality}`)}</Badge>
          </>
        )}
      </th>
      <td>{action.organizationName ?? <span className="muted">{t(`${k}.noAgency`)}</span>}</td>
      <td>{action.personName || <span className="muted">{t(`${k}.noPerson`)}</span>}</td>
      <td>
        {action.dueDate === null ? (
          <span className="muted">{t(`${k}.noDueDate`)}</span>
        ) : (
          <>
            {format.shortDay(action.dueDate)}
            {overdue && (
              // Said in words and marked by a shape: never by the colour alone.
              <span className="overdue">
                <span aria-hidden="true" className="overdue__icon">
                  ⚠
                </span>{' '}
                {t(`${k}.overdue`)}
              </span>
            )}
          </>
        )}
      </td>
      <td>
        {action.status === 'open' ? (
          t(`${k}.status.open`)
        ) : (
          <Badge>{t(`${k}.status.${action.status}`)}</Badge>
        )}
      </td>
      <td>
        <Link
          to={notesPath(action.meetingId, action.itemId)}
          aria-label={t(`${k}.fromLabel`, {
            meeting: action.meetingTitle,
            date: format.shortDay(action.meetingDate),
          })}
        >
          {action.meetingTitle}
        </Link>
        <br />
        <span className="muted table__sub">
          {format.shortDay(action.meetingDate)}
          {action.itemTitle && ` · ${action.itemTitle}`}
        </span>
      </td>
      <td>
        <div className="row-actions">
          {action.status === 'open' ? (
            <Button aria-label={named(t(`${k}.markDone`))} onPress={() => onStatus(action, 'done')}>
              {t(`${k}.markDone`)}
            </Button>
          ) : (
            <Button aria-label={named(t(`${k}.reopen`))} onPress={() => onStatus(action, 'open')}>
              {t(`${k}.reopen`)}
            </Button>
          )}
          <Button aria-label={named(t(`${k}.editAction`))} onPress={editing.open}>
            {t(`${k}.editAction`)}
          </Button>
        </div>
        {editing.isOpen && (
          // The note-taker's form. Its due-date quick picks count from the meeting's day; from
          // the register, "in one week" means from today.
          <ActionForm
            dialog={editing}
            action={action}
            meeting={{ id: action.meetingId, date: today }}
            nextMeetingDate={null}
          />
        )}
      </td>
    </tr>
  );
}
