import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NetworkingSession } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useApi } from '../../app/useApi';
import { useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { BackLink } from '../../components/BackLink';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { useToast } from '../../components/useToast';
import { meetingPath } from '../meetings/links';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { saveExportedFile } from '../minutes/save-export';
import { FormatSection } from './FormatSection';
import { KeepApartSection } from './KeepApartSection';
import { NETWORKING_PATH, networkingCardsPath, networkingRunPath } from './links';
import { ParticipantsSection } from './ParticipantsSection';
import { PlanSection } from './PlanSection';
import { useSession } from './useSession';
import './networking.css';

/** A speed-networking event's setup: participants and check-in, format, rules and the plan. */
export function SessionScreen() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession(meetingId);
  if (!session.data) return <p role="status">{t('common.loading')}</p>;
  return <Session session={session.data} />;
}

function Session({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={NETWORKING_PATH}>{t('networking.back')}</BackLink>
      <PageTitle>
        {session.meetingTitle}
        {session.run.phase !== 'setup' && (
          <Badge>{t(`networking.phase.${session.run.phase}`)}</Badge>
        )}
      </PageTitle>
      <When meetingId={session.meetingId} />
      <SessionLinks session={session} />
      <ParticipantsSection session={session} />
      <FormatSection session={session} />
      <KeepApartSection session={session} />
      <PlanSection session={session} />
    </>
  );
}

function When({ meetingId }: { meetingId: string }) {
  const format = useMeetingFormat();
  const meeting = useCoreQuery('meeting.get', { id: meetingId }, { handleErrors: true });
  if (!meeting.data) return null;
  return <p className="lead">{format.when(meeting.data.meeting)}</p>;
}

/** Where the facilitator goes next: the run, the cards to print, the plan as a file. */
function SessionLinks({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const { settings } = useSettings();
  const { meetingId } = session;

  const exportPlan = async () => {
    try {
      const file = await api.call('networking.export', {
        meetingId,
        format: 'plan_csv',
        language: settings.language,
      });
      saveExportedFile(file);
      toast.info(t('networking.links.exported', { filename: file.filename }));
    } catch (error) {
      toast.error(
        t(`errors.${isAppError(error) ? error.code : 'internal'}`, {
          defaultValue: t('errors.internal'),
        }),
      );
    }
  };

  return (
    <div className="toolbar networking-links">
      <Link className="button button--primary" to={networkingRunPath(meetingId)}>
        <span aria-hidden="true">▶ </span>
        {session.run.phase === 'setup'
          ? t('networking.links.run')
          : t('networking.links.backToRun')}
      </Link>
      {session.plan && (
        <>
          <Link className="button button--secondary" to={networkingCardsPath(meetingId)}>
            {t('networking.links.cards')}
          </Link>
          <Button onPress={() => void exportPlan()}>{t('networking.links.exportPlan')}</Button>
        </>
      )}
      <Link to={meetingPath(meetingId)}>{t('networking.links.meeting')}</Link>
      {!session.plan && <p className="toolbar__note">{t('networking.links.planFirst')}</p>}
    </div>
  );
}
