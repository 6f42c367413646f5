import { useTranslation } from 'react-i18next';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { AttendanceStatus, type Attendance, type MeetingDetail } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { useToast } from '../../components/useToast';
import { AttendanceForm } from './AttendanceForm';
import { useErrorToast } from './useErrorToast';

/** Who is expected, present, sent regrets or is absent, by agency and person. */
export function AttendancePanel({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const adding = useFormDialog(`attendance:${detail.meeting.id}:new`);
  const { attendance, unrepresented } = detail;
  const counts = AttendanceStatus.options
    .map((status) => ({ status, count: attendance.filter((a) => a.status === status).length }))
    .filter(({ count }) => count > 0);
  return (
    <section aria-labelledby="attendance-heading" className="attendance">
      <div className="section-heading">
        <h2 id="attendance-heading">{t('attendance.title')}</h2>
        <Button onPress={adding.open}>{t('attendance.add')}</Button>
      </div>
      {counts.length > 0 && (
        <p className="attendance__counts">
          {counts
            .map(({ status, count }) => t(`attendance.count.${status}`, { count }))
            .join(' · ')}
        </p>
      )}
      {unrepresented.length > 0 && (
        <div className="notice notice--warning" role="status">
          <p className="notice__title">
            <span aria-hidden="true">⚠ </span>
            {t('attendance.unrepresented', {
              names: unrepresented.map((o) => o.name).join(', '),
            })}
          </p>
        </div>
      )}
      <DataTable
        caption={t('attendance.title')}
        className="attendance__table"
        columns={[
          t('attendance.columns.agency'),
          t('attendance.columns.person'),
          t('attendance.columns.status'),
        ]}
        hasActions
        empty={t('attendance.empty')}
        rows={attendance.map((row) => (
          <AttendanceRow key={row.id} row={row} />
        ))}
      />
      <AttendanceForm dialog={adding} meetingId={detail.meeting.id} />
    </section>
  );
}

/** Who a row is, in words: the person (or guest) and the agency. */
function attendeeName(row: Attendance): { person: string; agency: string } {
  return {
    person: row.personName ?? row.guestName,
    agency: row.organizationName ?? row.guestOrganization,
  };
}

function AttendanceRow({ row }: { row: Attendance }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const setStatus = useCoreMutation('attendance.setStatus');
  const remove = useCoreMutation('attendance.remove');
  const add = useCoreMutation('attendance.add');
  const { person, agency } = attendeeName(row);
  const name = person || agency;
  const isGuest = row.personId === null && row.guestName !== '';

  const removeRow = () =>
    remove.mutateAsync({ id: row.id }).then(
      () =>
        toast.info(t('attendance.removed', { name }), {
          label: t('common.undo'),
          // Put back as it was: same person or guest, same agency, same status.
          onAction: () =>
            void add
              .mutateAsync({
                meetingId: row.meetingId,
                organizationId: row.organizationId,
                personId: row.personId,
                guestName: row.guestName,
                guestOrganization: row.guestOrganization,
                status: row.status,
              })
              .catch(failed),
        }),
      failed,
    );

  return (
    <tr>
      <td>{agency || <span className="muted">{t('meetings.fields.noAgency')}</span>}</td>
      <th scope="row">
        {person || <span className="muted">{t('attendance.anyone')}</span>}
        {isGuest && <Badge>{t('attendance.guestBadge')}</Badge>}
      </th>
      <td>
        <ToggleButtonGroup
          className="status-toggle"
          aria-label={t('attendance.statusOf', { name })}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[row.status]}
          onSelectionChange={(keys) => {
            const [status] = [...keys];
            const parsed = AttendanceStatus.safeParse(status);
            if (parsed.success && parsed.data !== row.status) {
              setStatus.mutateAsync({ id: row.id, status: parsed.data }).catch(failed);
            }
          }}
        >
          {AttendanceStatus.options.map((status) => (
            <ToggleButton key={status} id={status} className="status-toggle__button">
              {t(`attendance.status.${status}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </td>
      <td>
        <Button
          variant="quiet"
          aria-label={t('common.actionOn', { action: t('attendance.remove'), name })}
          onPress={() => void removeRow()}
        >
          {t('attendance.remove')}
        </Button>
      </td>
    </tr>
  );
}
