import { useTranslation } from 'react-i18next';
import type { Meeting, NetworkingSession } from '../../../shared/contract';
import { Countdown } from '../run/Countdown';
import { useFrameNow } from '../run/useFrameNow';
import { fitBoard, pageAt, useViewport, type BoardScale } from './useNetworkingRunBoard';
import { roundCount, useShownSeating, type Seating } from './useNetworkingRunSeating';
import { useSession } from './useSession';
import './networking-run.css';

/**
 * The projector's board for a speed-networking event (the presenter view of its meeting): round
 * x of y, the phase, the time left, and who sits where — table number, names and agencies —
 * readable from the back of the room. Pages take turns when the tables do not fit one screen.
 * It follows the facilitator through the core's `data.changed`, and never chimes.
 */
export function NetworkingBoard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const session = useSession(meeting.id).data;
  if (!session) return <p role="status">{t('common.loading')}</p>;
  return <Board session={session} meeting={meeting} />;
}

function Board({ session, meeting }: { session: NetworkingSession; meeting: Meeting }) {
  const { t } = useTranslation();
  const { phase, round, timer } = session.run;
  const now = useFrameNow(timer);
  const seating = useShownSeating(session);
  const total = roundCount(session);

  if (meeting.status === 'ended' || meeting.status === 'cancelled' || phase === 'done') {
    return (
      <Calm
        title={t(meeting.status === 'cancelled' ? 'presenter.cancelled' : 'networking.board.ended')}
      />
    );
  }
  if (!seating) {
    return <Calm title={t('presenter.waiting')} detail={t('networking.board.notPlanned')} />;
  }

  const moving = phase !== 'round';
  // Under the tables: the event, and what comes next.
  const context = [
    session.meetingTitle,
    phase === 'setup'
      ? t('networking.board.startsSoon', { count: total })
      : phase === 'switch'
        ? t('networking.board.nextRound', { round: seating.round, total })
        : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={`networking-board networking-board--${phase}`}>
      <header className="networking-board__top">
        <h1 className={`networking-board__title${moving ? ' networking-board__title--move' : ''}`}>
          {moving && (
            <span className="networking-board__arrow" aria-hidden="true">
              ➜{' '}
            </span>
          )}
          {moving
            ? t('networking.board.findYourTable', { round: seating.round })
            : t('networking.board.talk', { round, total })}
        </h1>
        {timer && (
          <Countdown
            timer={timer}
            now={now}
            caption={t(
              phase === 'switch' ? 'networking.board.timeToMove' : 'networking.board.timeToTalk',
            )}
          />
        )}
      </header>
      <BoardTables seating={seating} now={now} context={context} />
    </div>
  );
}

/** The seating's size, as a class (the stylesheet multiplies its type by it). */
const SCALE_CLASS: Record<BoardScale, string> = {
  1: 'networking-board__tables--scale-100',
  1.25: 'networking-board__tables--scale-125',
  1.5: 'networking-board__tables--scale-150',
  1.75: 'networking-board__tables--scale-175',
};

/** The tables of the round shown, a page at a time, with who sits out and which page this is. */
function BoardTables({
  seating,
  now,
  context,
}: {
  seating: Seating;
  now: number;
  context: string;
}) {
  const { t } = useTranslation();
  const viewport = useViewport();
  const people = seating.tables.flatMap((table) => table.people);
  const layout = fitBoard(
    {
      largestTable: Math.max(2, ...seating.tables.map((table) => table.people.length)),
      longestName: Math.max(0, ...people.map((person) => person.name.length)),
      width: viewport.width,
      height: viewport.height,
    },
    seating.tables.length,
  );
  const pageCount = Math.max(1, Math.ceil(seating.tables.length / layout.perPage));
  const page = pageAt(now, pageCount);
  const tables = seating.tables.slice(page * layout.perPage, (page + 1) * layout.perPage);

  return (
    <section className="networking-board__seating" aria-labelledby="networking-board-seating">
      <h2 id="networking-board-seating" className="visually-hidden">
        {t('networking.board.seating', { round: seating.round })}
      </h2>
      <ol
        className={`networking-board__tables networking-board__tables--cols-${layout.columns} ${SCALE_CLASS[layout.scale]}`}
        aria-label={t('networking.board.seating', { round: seating.round })}
      >
        {tables.map((table) => (
          <li key={table.number} className="board-table">
            <p className="board-table__number">
              <span className="board-table__label">{t('networking.board.table')}</span>{' '}
              <span className="board-table__digits">{table.number}</span>
            </p>
            <ul className="board-table__people">
              {table.people.map((person) => (
                <li key={person.id} className="board-table__person">
                  <span className="board-table__name">{person.name}</span>
                  {person.agency && (
                    <span className="board-table__agency">
                      <span className="visually-hidden">, </span>
                      {person.agency}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <footer className="networking-board__footer">
        <p className="networking-board__context">
          {seating.sittingOut.length > 0 && (
            <span className="networking-board__out">
              <strong>{t('networking.board.sittingOut')}</strong>{' '}
              {seating.sittingOut.map((p) => p.name).join(', ')}
              {' · '}
            </span>
          )}
          {context}
        </p>
        {pageCount > 1 && (
          <p className="networking-board__page">
            {t('networking.board.page', { page: page + 1, pages: pageCount })}
          </p>
        )}
      </footer>
    </section>
  );
}

function Calm({ title, detail }: { title: string; detail?: string }) {
  return (
    <div className="presenter__calm">
      <h1>{title}</h1>
      {detail && <p>{detail}</p>}
    </div>
  );
}
