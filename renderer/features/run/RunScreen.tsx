import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { PrivacyToggle } from '../cases/PrivacyScreen';
import { CarryForwardDialog } from '../meetings/CarryForwardDialog';
import { EndMeetingDialog } from './EndMeeting';
import { notesPath } from '../notes/links';
import { meetingPath, presenterHref } from './links';
import { RunningMeeting } from './RunningMeeting';
import { useRunCommands } from './useRunCommands';

/**
 * `/meetings/:id/run`, the chair's screen. Opening it starts a planned meeting; a meeting in
 * progress is simply shown (a reload, or the chair coming back from another screen).
 */
export function RunScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useCoreQuery('meeting.get', { id });
  const commands = useRunCommands(id);
  const detail = query.data;
  const [startFailed, setStartFailed] = useState(false);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [carryingForward, setCarryingForward] = useState(false);
  // Start once per meeting, even though effects run twice in development.
  const startedFor = useRef<string | null>(null);

  const status = detail?.meeting.status;
  useEffect(() => {
    if (status !== 'planned' || startedFor.current === id) return;
    startedFor.current = id;
    void commands.start().then((started) => setStartFailed(started === null));
  }, [status, id, commands]);

  const endMeeting = async () => {
    const ended = await commands.end();
    if (!ended) return;
    // A meeting of a series leads to preparing the next one; a one-off back to its page.
    if (ended.meeting.seriesId !== null) setCarryingForward(true);
    else void navigate(meetingPath(id));
  };

  if (!detail) return <p role="status">{t('common.loading')}</p>;

  return (
    <div className="run">
      <RunHeader detail={detail} />
      {detail.meeting.status === 'in_progress' && detail.run ? (
        <RunningMeeting
          detail={detail}
          run={detail.run}
          commands={commands}
          onEnd={() => setConfirmingEnd(true)}
        />
      ) : (
        <NotRunning
          detail={detail}
          startFailed={startFailed}
          onRetry={() => {
            setStartFailed(false);
            void commands.start().then((started) => setStartFailed(started === null));
          }}
        />
      )}
      <EndMeetingDialog
        isOpen={confirmingEnd}
        onOpenChange={setConfirmingEnd}
        onConfirm={() => void endMeeting()}
      />
      {carryingForward && (
        <CarryForwardDialog meetingId={id} onClose={() => void navigate(meetingPath(id))} />
      )}
    </div>
  );
}

function RunHeader({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const { meeting } = detail;
  return (
    <header className="run__header">
      <BackLink to={meetingPath(meeting.id)}>{t('run.backToMeeting')}</BackLink>
      <PageTitle>{meeting.title}</PageTitle>
      <p className="run__goal">
        <strong>{t('run.goal')}</strong> {meeting.goal || t('run.noGoal')}
      </p>
      {meeting.status === 'in_progress' && (
        <p className="run__presenter-link">
          <Link to={notesPath(meeting.id)}>{t('notes.openFromRun')}</Link>
        </p>
      )}
      {meeting.status === 'in_progress' && (
        <p className="run__presenter-link">
          <a href={presenterHref(meeting.id)} target="_blank" rel="noopener">
            {t('run.openPresenter')}
            <span className="visually-hidden"> {t('run.opensInNewTab')}</span>
          </a>
        </p>
      )}
      {meeting.status === 'in_progress' && <PrivacyToggle />}
    </header>
  );
}

function NotRunning({
  detail,
  startFailed,
  onRetry,
}: {
  detail: MeetingDetail;
  startFailed: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const { meeting } = detail;
  if (meeting.status === 'planned') {
    return startFailed ? (
      <div role="alert" className="notice notice--error">
        <p>{t('run.startFailed')}</p>
        <Button variant="primary" onPress={onRetry}>
          {t('run.startAgain')}
        </Button>
      </div>
    ) : (
      <p role="status">{t('run.starting')}</p>
    );
  }
  return (
    <div className="notice">
      <p>{t(meeting.status === 'cancelled' ? 'run.cancelled' : 'run.ended')}</p>
      <p>
        <Link to={meetingPath(meeting.id)}>{t('run.backToMeeting')}</Link>
      </p>
    </div>
  );
}
