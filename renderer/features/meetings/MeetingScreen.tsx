import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { dayIn } from '../../../shared/domain/calendar-day';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { BackLink } from '../../components/BackLink';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { PageTitle } from '../../components/PageTitle';
import { useToast } from '../../components/useToast';
import { AgendaEditor } from './AgendaEditor';
import { AttendancePanel } from './AttendancePanel';
import { CarryForwardDialog } from './CarryForwardDialog';
import { LocationText } from './LocationText';
import { MEETINGS_PATH, runPath, seriesPath } from './links';
import { MeetingForm } from './MeetingForm';
import { networkingPath } from '../networking/links';
import { notesPath } from '../notes/links';
import { useErrorToast } from './useErrorToast';
import { useMeetingFormat } from './useMeetingFormat';
import { useSaveIcs } from './useSaveIcs';

export function MeetingScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCoreQuery('meeting.get', { id });
  if (!query.data) return <p role="status">{t('common.loading')}</p>;
  const detail = query.data;
  return (
    <>
      <BackLink to={MEETINGS_PATH}>{t('meetings.back')}</BackLink>
      <PageTitle>
        {detail.meeting.title}
        <Badge>{t(`meetings.status.${detail.meeting.status}`)}</Badge>
      </PageTitle>
      {detail.meeting.kind === 'speed_networking' && (
        // Its participants, rotation and timer live on the networking session's own screens.
        <p className="toolbar">
          <Link className="button button--primary" to={networkingPath(detail.meeting.id)}>
            {t('networking.openSession')}
          </Link>
        </p>
      )}
      <MeetingActions detail={detail} />
      <MeetingDetails detail={detail} />
      {detail.meeting.status === 'cancelled' ? (
        <p className="notice notice--warning">{t('meetings.cancelledNotice')}</p>
      ) : null}
      <AgendaEditor meeting={detail.meeting} items={detail.items} />
      <AttendancePanel detail={detail} />
    </>
  );
}

function MeetingActions({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const navigate = useNavigate();
  const { meeting } = detail;
  const editing = useFormDialog(`meeting:${meeting.id}`);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [carrying, setCarrying] = useState(false);
  const [confirmingEarlyStart, setConfirmingEarlyStart] = useState(false);
  const saveIcs = useSaveIcs('meeting.exportIcs');
  const format = useMeetingFormat();
  const remove = useCoreMutation('meeting.delete');

  const destroy = () =>
    remove.mutateAsync({ id: meeting.id }).then(() => {
      toast.info(t('meetings.deleted', { title: meeting.title }));
      void navigate(meeting.seriesId ? seriesPath(meeting.seriesId) : MEETINGS_PATH);
    }, failed);

  const canRun = meeting.status === 'planned' || meeting.status === 'in_progress';
  const run = () => void navigate(runPath(meeting.id));
  // Starting another day's meeting is usually a slip (the wrong occurrence opened): ask first.
  const start = () => {
    const onAnotherDay =
      meeting.status === 'planned' && meeting.date !== dayIn(Date.now(), meeting.timeZone);
    if (onAnotherDay) setConfirmingEarlyStart(true);
    else run();
  };
  return (
    <div className="toolbar meeting-actions">
      {canRun && (
        // Run mode starts the meeting itself (run.start) once its screen is open.
        <Button variant="primary" onPress={start}>
          <span aria-hidden="true">▶ </span>
          {meeting.status === 'in_progress' ? t('meetings.resume') : t('meetings.start')}
        </Button>
      )}
      {meeting.status === 'ended' && meeting.seriesId !== null && (
        <Button variant="primary" onPress={() => setCarrying(true)}>
          {t('carryForward.open')}
        </Button>
      )}
      <Link className="button button--secondary" to={notesPath(meeting.id)}>
        {t('notes.open')}
      </Link>
      <Button onPress={editing.open}>{t('common.edit')}</Button>
      <Button onPress={() => void saveIcs(meeting.id)}>{t('meetings.exportIcs')}</Button>
      <Button variant="danger" onPress={() => setConfirmingDelete(true)}>
        {t('common.delete')}
      </Button>
      <MeetingForm dialog={editing} meeting={meeting} />
      <ConfirmDialog
        isOpen={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title={t('meetings.deleteTitle')}
        body={t('meetings.deleteBody', { title: meeting.title })}
        confirmLabel={t('common.delete')}
        onConfirm={() => void destroy()}
        destructive
      />
      <ConfirmDialog
        isOpen={confirmingEarlyStart}
        onOpenChange={setConfirmingEarlyStart}
        title={t('meetings.startOtherDayTitle')}
        body={t('meetings.startOtherDayBody', { date: format.longDay(meeting.date) })}
        confirmLabel={t('meetings.start')}
        cancelLabel={t('meetings.startOtherDayCancel')}
        onConfirm={run}
      />
      {carrying && <CarryForwardDialog meetingId={meeting.id} onClose={() => setCarrying(false)} />}
    </div>
  );
}

function MeetingDetails({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const { meeting } = detail;
  const rows: DetailRow[] = [
    [t('meetings.fields.kind'), t(`meetings.kind.${meeting.kind}`)],
    [t('meetings.fields.when'), format.when(meeting)],
    [
      t('meetings.fields.location'),
      meeting.location && <LocationText location={meeting.location} />,
    ],
    [t('meetings.fields.goal'), meeting.goal],
    [t('meetings.fields.chair'), detail.chairName],
    [t('meetings.fields.noteTaker'), detail.noteTakerName],
  ];
  if (meeting.seriesId !== null) {
    rows.push([
      t('meetings.fields.series'),
      <Link key="series" to={seriesPath(meeting.seriesId)}>
        {detail.seriesTitle ?? t('meetings.seriesLink')}
      </Link>,
    ]);
  }
  return (
    <section aria-labelledby="meeting-details">
      <h2 id="meeting-details" className="visually-hidden">
        {t('meetings.details')}
      </h2>
      <DetailsList rows={rows} />
    </section>
  );
}
