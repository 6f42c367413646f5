import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDetail, RunState } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { ConsentCheckNotice } from '../cases/ConsentCheckNotice';
import { PrivacyCurtain } from '../cases/PrivacyScreen';
import { useItemTitle } from '../cases/useItemTitle';
import { notesPath } from '../notes/links';
import { LogIssueButton } from '../system-issues/LogIssueButton';
import { Countdown } from './Countdown';
import { ItemSummary, NextUp } from './ItemSummary';
import { RunAgenda } from './RunAgenda';
import { RunControls } from './RunControls';
import { GlossaryPanel } from './GlossaryPanel';
import { currentItemOf, nextItemOf, previousItemOf } from './run-figures';
import { ScheduleFigure } from './ScheduleFigure';
import { ShortcutHelp } from './ShortcutHelp';
import { SpeakingRound } from './SpeakingRound';
import { useChime } from './useChime';
import { useFocusRescue } from './useFocusRescue';
import { useFrameNow } from './useFrameNow';
import { ADJUST_STEP_MS, type RoundAction, type RunCommands } from './useRunCommands';
import { useRunShortcuts } from './useRunShortcuts';

/** The run screen while the meeting is in progress: now, next, the agenda and the controls. */
export function RunningMeeting({
  detail,
  run,
  commands,
  onEnd,
}: {
  detail: MeetingDetail;
  run: RunState;
  commands: RunCommands;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const now = useFrameNow(run.timer);
  const [helpOpen, setHelpOpen] = useState(false);
  const glossary = useGlossaryToggle();
  const titleOf = useItemTitle();
  const nowTitle = useRef<HTMLHeadingElement>(null);
  const agendaList = useRef<HTMLOListElement>(null);
  const rescue = useFocusRescue(nowTitle, detail);
  useChime(detail.meeting.id);

  const current = currentItemOf(detail);
  const upcoming = nextItemOf(detail);
  const hasPrevious = previousItemOf(detail) !== null;
  const hasMore = current !== null || upcoming !== null;
  const isRound = current?.kind === 'round';
  const round = isRound ? run.round : null;
  const currentSpeaker = round?.current
    ? run.speakers.find((speaker) => speaker.id === round.current)?.name
    : undefined;

  const goto = (itemId: string) => void rescue(() => commands.goto(itemId));
  const next = () => void rescue(commands.next);
  const previous = () => void rescue(commands.previous);
  const adjust = (deltaMs: number) => void commands.adjust(deltaMs);
  const roundAction = (action: RoundAction, speakerId?: string) =>
    void rescue(() => commands.round(action, speakerId));
  const togglePause = () => {
    if (!current || run.timer.status === 'idle') return;
    void (run.timer.status === 'paused' ? commands.resume() : commands.pause());
  };

  useRunShortcuts({
    next,
    previous,
    togglePause,
    addMinute: () => adjust(ADJUST_STEP_MS),
    removeMinute: () => adjust(-ADJUST_STEP_MS),
    chooseItem: () =>
      agendaList.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus(),
    jumpToNumber: (event) => {
      const item = detail.items[Number(event.key) - 1];
      // A deferred item belongs to a later meeting: the core would refuse it.
      if (item && item.id !== current?.id && item.status !== 'deferred') goto(item.id);
    },
    // Any round command starts a round that had nobody present when its item began.
    ...(isRound
      ? {
          roundNext: () => roundAction('next'),
          roundSkip: () => roundAction('skip'),
          roundPass: () => roundAction('pass'),
        }
      : {}),
    end: onEnd,
    glossary: glossary.toggle,
    help: () => setHelpOpen(true),
  });

  return (
    <>
      <div className="run__status">
        <ScheduleFigure detail={detail} now={now} />
        <div className="run__status-buttons">
          <Button
            variant="quiet"
            id={glossary.toggleId}
            onPress={glossary.toggle}
            aria-expanded={glossary.isOpen}
            aria-controls={glossary.isOpen ? glossary.panelId : undefined}
          >
            {t('run.glossary')}
            <kbd aria-hidden="true">D</kbd>
          </Button>
          <Button variant="quiet" onPress={() => setHelpOpen(true)}>
            {t('run.shortcuts.open')}
            <kbd aria-hidden="true">?</kbd>
          </Button>
          <LogIssueButton meeting={detail.meeting} variant="quiet" />
        </div>
      </div>
      <PrivacyCurtain
        className="run__layout"
        // The time box stays in view: the chair keeps time with the notes covered.
        cover={
          current && (
            <div className="privacy-cover__timer">
              <p className="privacy-cover__item">{titleOf(current)}</p>
              <Countdown timer={run.timer} now={now} caption={t('run.timer.itemCaption')} />
            </div>
          )
        }
      >
        <section className="run-now" aria-labelledby="run-now-title">
          <h2 id="run-now-title" className="run-now__title" ref={nowTitle} tabIndex={-1}>
            <span className="run-now__label">{t('run.now')}</span>{' '}
            {current ? titleOf(current) : t('run.noCurrent')}
          </h2>
          {current && <ItemSummary item={current} />}
          {current?.kind === 'case_review' &&
            (current.caseId ? (
              <ConsentCheckNotice caseId={current.caseId} meetingId={detail.meeting.id} />
            ) : (
              // Without a case there is no consent to check: the review's notes pick one.
              <p className="notice run-now__no-case">
                <Link to={notesPath(detail.meeting.id, current.id)}>
                  {t('caseReview.noCaseLinked')}
                </Link>
              </p>
            ))}
          {current && (
            <Countdown
              timer={run.timer}
              now={now}
              announce
              caption={
                currentSpeaker
                  ? t('run.timer.speakerCaption', { name: currentSpeaker })
                  : t('run.timer.itemCaption')
              }
              idleText={round ? t('run.round.finished') : undefined}
            />
          )}
          <RunControls
            timer={run.timer}
            hasItem={current !== null}
            hasPrevious={hasPrevious}
            hasMore={hasMore}
            onPrevious={previous}
            onNext={next}
            onTogglePause={togglePause}
            onAdjust={adjust}
            onEnd={onEnd}
          />
          {isRound &&
            (round ? (
              <SpeakingRound round={round} speakers={run.speakers} onAction={roundAction} />
            ) : (
              <div className="notice">
                <p>{t('run.round.noSpeakers')}</p>
                <Button onPress={() => roundAction('next')}>
                  {t('run.round.start')}
                  <kbd aria-hidden="true">R</kbd>
                </Button>
              </div>
            ))}
          <NextUp item={upcoming} />
        </section>
        <div className="run__side">
          {glossary.isOpen && <GlossaryPanel id={glossary.panelId} onClose={glossary.close} />}
          <RunAgenda detail={detail} onGoto={goto} listRef={agendaList} />
        </div>
      </PrivacyCurtain>
      {/* Where the meeting is, for screen readers, when the item changes by a key press. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {current ? t('run.announce.item', { title: titleOf(current) }) : ''}
      </p>
      <ShortcutHelp isOpen={helpOpen} onOpenChange={setHelpOpen} />
    </>
  );
}

/**
 * The glossary panel's state. Closing it puts focus back where it was when it opened (the toggle
 * when that was nowhere, or is gone), so the chair carries on from the same place.
 */
function useGlossaryToggle() {
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  const toggleId = useId();
  const returnTo = useRef<HTMLElement | null>(null);
  const close = () => {
    setOpen(false);
    const target = returnTo.current?.isConnected
      ? returnTo.current
      : document.getElementById(toggleId);
    returnTo.current = null;
    target?.focus();
  };
  const open = () => {
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setOpen(true);
  };
  return { isOpen, panelId, toggleId, open, close, toggle: () => (isOpen ? close() : open()) };
}
