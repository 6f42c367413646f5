import { getLocalTimeZone, today } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummary } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { useMeetingFormat } from '../meetings/useMeetingFormat';
import { networkingPath } from './links';
import { NetworkingEventForm } from './NetworkingEventForm';
import './networking.css';

const isNetworking = (m: MeetingSummary) => m.kind === 'speed_networking';

/** The speed-networking events, coming up and held, each opening its session. */
export function NetworkingScreen() {
  const { t } = useTranslation();
  const creating = useFormDialog('networking:new');
  const day = today(getLocalTimeZone());
  // meeting.list filters by date only: the kind is picked out here.
  const fromToday = useCoreQuery('meeting.list', { from: day.toString() });
  const beforeToday = useCoreQuery('meeting.list', { to: day.subtract({ days: 1 }).toString() });
  const upcoming = fromToday.data?.filter((m) => isNetworking(m) && m.status !== 'ended');
  const past =
    fromToday.data && beforeToday.data
      ? [...beforeToday.data, ...fromToday.data.filter((m) => m.status === 'ended')]
          .filter(isNetworking)
          .sort((a, b) => b.startsAt - a.startsAt)
      : undefined;

  return (
    <>
      <PageTitle>{t('networking.title')}</PageTitle>
      <p className="lead">{t('networking.intro')}</p>
      <div className="toolbar">
        <Button variant="primary" onPress={creating.open}>
          {t('networking.new')}
        </Button>
      </div>
      <EventsSection
        id="networking-upcoming"
        title={t('networking.upcoming')}
        empty={t('networking.noUpcoming')}
        events={upcoming}
      />
      <EventsSection
        id="networking-past"
        title={t('networking.past')}
        empty={t('networking.noPast')}
        events={past}
      />
      <NetworkingEventForm dialog={creating} />
    </>
  );
}

function EventsSection({
  id,
  title,
  empty,
  events,
}: {
  id: string;
  title: string;
  empty: string;
  events: MeetingSummary[] | undefined;
}) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {events === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : events.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('networking.columns.when')}</th>
              <th scope="col">{t('networking.columns.event')}</th>
              <th scope="col">{t('networking.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((m) => (
              <tr key={m.id}>
                <td>
                  {format.shortDay(m.date)}
                  <br />
                  <span className="muted">{format.timeRange(m)}</span>
                </td>
                <th scope="row">
                  <Link to={networkingPath(m.id)}>{m.title}</Link>
                  {m.seriesTitle && m.seriesTitle !== m.title && (
                    <>
                      <br />
                      <span className="muted table__sub">
                        {t('meetings.inSeries', { title: m.seriesTitle })}
                      </span>
                    </>
                  )}
                </th>
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
      )}
    </section>
  );
}
