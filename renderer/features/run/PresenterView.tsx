import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MeetingDetail, RunState } from '../../../shared/contract';
import { ScreenErrorBoundary } from '../../app/ErrorBoundary';
import { useCoreQuery } from '../../app/useCore';
import { useItemTitle } from '../cases/useItemTitle';
import { NetworkingBoard } from '../networking/NetworkingBoard';
import { Countdown } from './Countdown';
import { ItemSummary, NextUp } from './ItemSummary';
import { currentItemOf, nextItemOf } from './run-figures';
import { ScheduleFigure } from './ScheduleFigure';
import { useFrameNow } from './useFrameNow';

/**
 * `/present/:id`: what the room sees on the second display, with no navigation and no controls.
 * It follows the chair through the core's `data.changed` (every `useCoreQuery` refetches on it)
 * and draws the countdown from the deadline like the chair's screen. It never chimes.
 */
export function PresenterView() {
  const main = useRef<HTMLElement>(null);
  // A window of its own: put focus in it so screen readers start at the page.
  useEffect(() => main.current?.focus(), []);
  return (
    <main id="main" ref={main} tabIndex={-1} className="presenter">
      <ScreenErrorBoundary>
        <Presentation />
      </ScreenErrorBoundary>
    </main>
  );
}

function Presentation() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCoreQuery('meeting.get', { id });
  const detail = query.data;
  if (!detail) return <p role="status">{t('common.loading')}</p>;
  const { meeting, run } = detail;
  // A speed-networking event shows its board: rounds, countdown and seating.
  if (meeting.kind === 'speed_networking') return <NetworkingBoard meeting={meeting} />;

  return (
    <>
      <header className="presenter__header">
        <p className="presenter__meeting">{meeting.title}</p>
        {meeting.goal && (
          <p className="presenter__goal">
            <strong>{t('run.goal')}</strong> {meeting.goal}
          </p>
        )}
      </header>
      {meeting.status === 'in_progress' && run ? (
        <Live detail={detail} run={run} />
      ) : (
        <div className="presenter__calm">
          <h1>
            {t(
              meeting.status === 'planned'
                ? 'presenter.waiting'
                : meeting.status === 'cancelled'
                  ? 'presenter.cancelled'
                  : 'presenter.ended',
            )}
          </h1>
          {meeting.status === 'planned' && <p>{t('presenter.waitingDetail')}</p>}
        </div>
      )}
    </>
  );
}

function Live({ detail, run }: { detail: MeetingDetail; run: RunState }) {
  const { t } = useTranslation();
  const now = useFrameNow(run.timer);
  const titleOf = useItemTitle();
  const current = currentItemOf(detail);
  // A case review shows the room its code and its time box, nothing more.
  const isCase = current?.kind === 'case_review';
  const round = current?.kind === 'round' ? run.round : null;
  const nameOf = (id: string | null | undefined) =>
    id ? run.speakers.find((s) => s.id === id)?.name : undefined;
  const speaker = nameOf(round?.current);
  // Whoever is first in the queue takes the floor next, so they can get ready.
  const nextSpeaker = nameOf(round?.queue[0]);
  return (
    <div className="presenter__live">
      <section className="presenter__now" aria-labelledby="presenter-now">
        <h1 id="presenter-now" className="presenter__title">
          <span className="run-now__label">{t('run.now')}</span>{' '}
          {current ? titleOf(current) : t('run.noCurrent')}
        </h1>
        {current && !isCase && <ItemSummary item={current} />}
        {current && (
          <Countdown
            timer={run.timer}
            now={now}
            caption={
              speaker
                ? t('run.timer.speakerCaption', { name: speaker })
                : t('run.timer.itemCaption')
            }
            idleText={round ? t('run.round.finished') : undefined}
          />
        )}
        {nextSpeaker && (
          <p className="presenter__next-speaker">
            <span className="presenter__next-speaker-label">{t('presenter.nextSpeaker')}</span>{' '}
            {nextSpeaker}
          </p>
        )}
      </section>
      <div className="presenter__footer">
        <NextUp item={nextItemOf(detail)} />
        <ScheduleFigure detail={detail} now={now} />
      </div>
    </div>
  );
}
