import { getLocalTimeZone, today } from '@internationalized/date';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummary, SeriesSummary } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { meetingPath, seriesPath, TEMPLATES_PATH } from './links';
import { MeetingForm } from './MeetingForm';
import { SeriesForm } from './SeriesForm';
import { useMeetingFormat } from './useMeetingFormat';
import { useRepeatText } from './useRepeatText';

/** Past meetings shown before "Show all": the recent ones are what a chair looks back at. */
const RECENT = 10;

/** Home: the meetings coming up, the recurring series, and the meetings already held. */
export function MeetingsScreen() {
  const { t } = useTranslation();
  const creatingMeeting = useFormDialog('meeting:new');
  const creatingSeries = useFormDialog('series:new');
  const day = today(getLocalTimeZone());
  const fromToday = useCoreQuery('meeting.list', { from: day.toString() });
  const beforeToday = useCoreQuery('meeting.list', { to: day.subtract({ days: 1 }).toString() });
  const series = useCoreQuery('series.list', {});
  const [allPast, setAllPast] = useState(false);
  // A meeting held earlier today is behind the chair: it is past, whatever its date.
  const upcoming = fromToday.data?.filter((m) => m.status !== 'ended');
  const pastData =
    fromToday.data && beforeToday.data
      ? [...beforeToday.data, ...fromToday.data.filter((m) => m.status === 'ended')]
      : undefined;
  const recentFirst = [...(pastData ?? [])].sort((a, b) => b.startsAt - a.startsAt);

  return (
    <>
      <PageTitle>{t('meetings.title')}</PageTitle>
      <div className="toolbar">
        <Button variant="primary" onPress={creatingMeeting.open}>
          {t('meetings.new')}
        </Button>
        <Button onPress={creatingSeries.open}>{t('series.new')}</Button>
        <Link to={TEMPLATES_PATH}>{t('templates.link')}</Link>
      </div>

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('meetings.upcoming')}</h2>
        {upcoming === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : upcoming.length === 0 ? (
          <p className="empty">{t('meetings.noUpcoming')}</p>
        ) : (
          <MeetingTable caption={t('meetings.upcoming')} meetings={upcoming} />
        )}
      </section>

      <section aria-labelledby="series-heading">
        <h2 id="series-heading">{t('series.title')}</h2>
        {series.data === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : series.data.length === 0 ? (
          <p className="empty">{t('series.empty')}</p>
        ) : (
          <SeriesTable series={series.data} />
        )}
      </section>

      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t('meetings.past')}</h2>
        {pastData === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : recentFirst.length === 0 ? (
          <p className="empty">{t('meetings.noPast')}</p>
        ) : (
          <>
            <MeetingTable
              caption={t('meetings.past')}
              meetings={allPast ? recentFirst : recentFirst.slice(0, RECENT)}
            />
            {!allPast && recentFirst.length > RECENT && (
              <Button variant="quiet" onPress={() => setAllPast(true)}>
                {t('meetings.showAllPast', { count: recentFirst.length })}
              </Button>
            )}
          </>
        )}
      </section>

      <MeetingForm dialog={creatingMeeting} />
      <SeriesForm dialog={creatingSeries} />
    </>
  );
}

function MeetingTable({ caption, meetings }: { caption: string; meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <table className="table meetings-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('meetings.columns.when')}</th>
          <th scope="col">{t('meetings.columns.meeting')}</th>
          <th scope="col">{t('meetings.columns.agenda')}</th>
          <th scope="col">{t('meetings.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>
              <span className="meetings-table__day">{format.shortDay(m.date)}</span>
              <br />
              <span className="muted">{format.timeRange(m)}</span>
            </td>
            <th scope="row">
              <Link to={meetingPath(m.id)}>{m.title}</Link>
              <br />
              <span className="muted table__sub">
                {t(`meetings.kind.${m.kind}`)}
                {/* A series meeting usually bears the series' title: say it only when not. */}
                {m.seriesTitle &&
                  m.seriesTitle !== m.title &&
                  ` · ${t('meetings.inSeries', { title: m.seriesTitle })}`}
              </span>
            </th>
            <td>
              {t('meetings.itemCount', { count: m.itemCount })}
              <br />
              <span className="muted">{format.minutes(m.plannedMinutes)}</span>
            </td>
            <td>
              {m.status === 'planned' ? (
                t('meetings.status.planned')
              ) : (
                <Badge>{t(`meetings.status.${m.status}`)}</Badge>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SeriesTable({ series }: { series: SeriesSummary[] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const repeatText = useRepeatText();
  return (
    <table className="table">
      <caption className="visually-hidden">{t('series.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('series.columns.series')}</th>
          <th scope="col">{t('series.columns.repeats')}</th>
          <th scope="col">{t('series.columns.next')}</th>
          <th scope="col">{t('series.columns.parked')}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <Link to={seriesPath(s.id)}>{s.title}</Link>
              <br />
              <span className="muted table__sub">{t(`meetings.kind.${s.kind}`)}</span>
            </th>
            <td>{repeatText(s)}</td>
            <td>
              {s.next === null ? (
                <span className="muted">{t('series.noNext')}</span>
              ) : (
                <>
                  {s.next.meetingId !== null ? (
                    <Link to={meetingPath(s.next.meetingId)}>{format.occurrence(s.next)}</Link>
                  ) : (
                    format.occurrence(s.next)
                  )}
                  {s.next.status === 'moved' && (
                    <>
                      {' '}
                      <Badge>{t('series.occurrence.moved')}</Badge>
                    </>
                  )}
                </>
              )}
            </td>
            <td className="table__number">{s.parkedCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
