import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Meeting, NetworkingSession } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { Switch } from '../../components/Switch';
import { presenterHref } from '../run/links';
import { Countdown } from '../run/Countdown';
import { useFocusRescue } from '../run/useFocusRescue';
import { useFrameNow } from '../run/useFrameNow';
import { useRunShortcuts } from '../run/useRunShortcuts';
import { CardsButton } from './CardsButton';
import { networkingPath } from './links';
import { NetworkingRunChanges } from './NetworkingRunChanges';
import { NetworkingRunControls } from './NetworkingRunControls';
import { NetworkingRunSeating } from './NetworkingRunSeating';
import { NetworkingRunShortcutHelp } from './NetworkingRunShortcutHelp';
import { summaryPath } from './SummaryScreen';
import { ADJUST_STEP_MS, useNetworkingRun, type NetworkingRunCommands } from './useNetworkingRun';
import { useNetworkingRunChime } from './useNetworkingRunChime';
import { roundCount, shownRound, useShownSeating } from './useNetworkingRunSeating';
import { useSession } from './useSession';
import './networking-run.css';

/**
 * `/networking/:meetingId/run`, the facilitator's screen: where the event is (round and phase),
 * the countdown and its controls, the message for the room at each switch, who sits where, and
 * late arrivals and departures. The countdown is the meeting's own, run by the core.
 */
export function NetworkingRun() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession(meetingId).data;
  const meeting = useCoreQuery('meeting.get', { id: meetingId }).data?.meeting;
  if (!session || !meeting) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="run networking-run">
      <header className="run__header">
        <BackLink to={networkingPath(meetingId)}>{t('networking.run.back')}</BackLink>
        <PageTitle>{session.meetingTitle}</PageTitle>
        <p className="run__presenter-link">
          <a href={presenterHref(meetingId)} target="_blank" rel="noopener">
            {t('networking.run.openBoard')}
            <span className="visually-hidden"> {t('run.opensInNewTab')}</span>
          </a>
        </p>
      </header>
      <Running session={session} meeting={meeting} />
    </div>
  );
}

/** Whether the facilitator may still move the event on: started and not yet finished. */
const isLive = (session: NetworkingSession, meeting: Meeting) =>
  session.run.phase !== 'setup' && meeting.status === 'in_progress';

function Running({ session, meeting }: { session: NetworkingSession; meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const commands = useNetworkingRun(session.meetingId);
  const { timer, phase } = session.run;
  const now = useFrameNow(timer);
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmingFinish, setConfirmingFinish] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const rescue = useFocusRescue(title, session);
  useNetworkingRunChime(session);

  const live = isLive(session, meeting);
  const finished = meeting.status === 'ended';
  const timed = live && timer !== null && timer.status !== 'idle';

  const finish = async () => {
    if (await commands.finish()) void navigate(summaryPath(session.meetingId));
  };
  // What the screen shows: a Next pressed as the auto-advance moves on does not skip twice.
  const advance = () => commands.advance({ phase, round: session.run.round });
  const togglePause = () => {
    if (!timed) return;
    void (timer.status === 'paused' ? commands.resume() : commands.pause());
  };

  useRunShortcuts({
    ...(live
      ? {
          next: () => void rescue(advance),
          togglePause,
          addMinute: () => void commands.extend(ADJUST_STEP_MS),
          removeMinute: () => void commands.extend(-ADJUST_STEP_MS),
          end: () => setConfirmingFinish(true),
        }
      : {}),
    help: () => setHelpOpen(true),
  });

  return (
    <>
      <div className="run__status">
        <Progress session={session} finished={finished} />
        <div className="run__status-buttons">
          {!finished && <AutoAdvance session={session} commands={commands} />}
          <Button variant="quiet" onPress={() => setHelpOpen(true)}>
            {t('run.shortcuts.open')}
            <kbd aria-hidden="true">?</kbd>
          </Button>
        </div>
      </div>
      <div className="run__layout">
        <section className="run-now" aria-labelledby="networking-run-now">
          <h2 id="networking-run-now" className="run-now__title" ref={title} tabIndex={-1}>
            {phaseTitle(session, finished, t)}
          </h2>
          <RoomMessage session={session} finished={finished} />
          {timer && (
            <Countdown
              timer={timer}
              now={now}
              announce
              caption={t(
                phase === 'switch' ? 'networking.run.timer.switch' : 'networking.run.timer.round',
                { round: session.run.round, next: session.run.round + 1 },
              )}
            />
          )}
          <NetworkingRunControls
            session={session}
            live={live}
            finished={finished}
            onStart={() => void rescue(commands.start)}
            onAdvance={() => void rescue(advance)}
            onTogglePause={togglePause}
            onExtend={(deltaMs) => void commands.extend(deltaMs)}
            onFinish={() => setConfirmingFinish(true)}
          />
          {finished && (
            <p>
              <Link to={summaryPath(session.meetingId)}>{t('networking.run.toSummary')}</Link>
            </p>
          )}
          <div className="toolbar networking-run__tools">
            <CardsButton meetingId={session.meetingId} />
          </div>
        </section>
        <div className="run__side">
          {!finished && <NetworkingRunChanges session={session} commands={commands} />}
          <NetworkingRunSeating session={session} />
        </div>
      </div>
      {/* Where the event is, for screen readers, as it moves on by itself or by a key press. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {live ? announcement(session, t) : ''}
      </p>
      <NetworkingRunShortcutHelp isOpen={helpOpen} onOpenChange={setHelpOpen} />
      <ConfirmDialog
        title={t('networking.run.finish.title')}
        body={t(
          phase === 'done' ? 'networking.run.finish.bodyDone' : 'networking.run.finish.bodyEarly',
        )}
        confirmLabel={t('networking.run.finish.confirm')}
        cancelLabel={t('networking.run.finish.keepGoing')}
        isOpen={confirmingFinish}
        onOpenChange={setConfirmingFinish}
        onConfirm={() => void finish()}
      />
    </>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** "Round 3 — talk", "Switch — find your next table"… */
function phaseTitle(session: NetworkingSession, finished: boolean, t: Translate): string {
  if (finished) return t('networking.run.phase.finished');
  const { phase, round } = session.run;
  return t(`networking.run.phase.${phase}`, { round });
}

/** What a screen reader hears as the event moves on: the same words the room hears. */
function announcement(session: NetworkingSession, t: Translate): string {
  const { phase, round } = session.run;
  if (phase === 'switch') return t('networking.run.findYourTable', { round: round + 1 });
  return phaseTitle(session, false, t);
}

/** "Round 3 of 8", and how the event is set to move on. */
function Progress({ session, finished }: { session: NetworkingSession; finished: boolean }) {
  const { t } = useTranslation();
  const total = roundCount(session);
  const { phase, round } = session.run;
  return (
    <p className="networking-run__progress">
      {phase === 'setup'
        ? t('networking.run.progress.planned', { count: total })
        : phase === 'done' || finished
          ? t('networking.run.progress.held', { count: round })
          : t('networking.run.progress.round', { round, total })}
    </p>
  );
}

/** Auto-advance, said in words and switchable during the event. */
function AutoAdvance({
  session,
  commands,
}: {
  session: NetworkingSession;
  commands: NetworkingRunCommands;
}) {
  const { t } = useTranslation();
  const on = session.format.autoAdvance;
  return (
    <div className="networking-run__auto">
      <Switch isSelected={on} onChange={(next) => void commands.setAutoAdvance(next)}>
        {t('networking.run.autoAdvance.label')}
      </Switch>
      <p className="networking-run__auto-state">
        {t(on ? 'networking.run.autoAdvance.on' : 'networking.run.autoAdvance.off')}
      </p>
    </div>
  );
}

/**
 * What the facilitator says to the room when people must move: "Round 3 — find your table",
 * before the first round and at every switch. Large, so it can be read out from across the room.
 */
function RoomMessage({ session, finished }: { session: NetworkingSession; finished: boolean }) {
  const { t } = useTranslation();
  const round = shownRound(session);
  const seating = useShownSeating(session);
  const { phase } = session.run;
  if (finished || round === null || (phase !== 'switch' && phase !== 'setup') || !seating) {
    return null;
  }
  return (
    <p className="networking-run__message">
      <span aria-hidden="true" className="networking-run__message-icon">
        ➜
      </span>{' '}
      {t('networking.run.findYourTable', { round })}
    </p>
  );
}
