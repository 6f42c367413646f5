import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Series } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { BackLink } from '../../components/BackLink';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { PageTitle } from '../../components/PageTitle';
import { useToast } from '../../components/useToast';
import { DecisionLog } from './DecisionLog';
import { LocationText } from './LocationText';
import { MEETINGS_PATH } from './links';
import { todayIso } from './schedule';
import { OccurrenceList } from './OccurrenceList';
import { ParkingLot } from './ParkingLot';
import { SeriesForm } from './SeriesForm';
import { useDirectoryOptions } from './useDirectoryOptions';
import { useErrorToast } from './useErrorToast';
import { useMeetingFormat } from './useMeetingFormat';
import { useRepeatText } from './useRepeatText';
import { useSaveIcs } from './useSaveIcs';

const PAGE = 8;

export function SeriesScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [count, setCount] = useState(PAGE);
  const query = useCoreQuery('series.get', { id, from: todayIso(), count }, { keepPrevious: true });
  if (!query.data) return <p role="status">{t('common.loading')}</p>;
  const { series, occurrences, parkingLot } = query.data;
  return (
    <>
      <BackLink to={MEETINGS_PATH}>{t('meetings.back')}</BackLink>
      <PageTitle>
        {series.title}
        <Badge>{t('series.badge')}</Badge>
      </PageTitle>
      <SeriesActions series={series} />
      <SeriesDetails series={series} />
      <OccurrenceList
        series={series}
        occurrences={occurrences}
        onMore={count < 100 ? () => setCount((n) => Math.min(100, n + PAGE)) : undefined}
      />
      <ParkingLot series={series} items={parkingLot} occurrences={occurrences} />
      <DecisionLog seriesId={series.id} />
    </>
  );
}

function SeriesActions({ series }: { series: Series }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const navigate = useNavigate();
  const editing = useFormDialog(`series:${series.id}`);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const saveIcs = useSaveIcs('series.exportIcs');
  const remove = useCoreMutation('series.delete');

  const destroy = () =>
    remove.mutateAsync({ id: series.id }).then(() => {
      toast.info(t('series.deleted', { title: series.title }));
      void navigate(MEETINGS_PATH);
    }, failed);

  return (
    <div className="toolbar">
      <Button variant="primary" onPress={editing.open}>
        {t('common.edit')}
      </Button>
      <Button onPress={() => void saveIcs(series.id)}>{t('series.exportIcs')}</Button>
      <Button variant="danger" onPress={() => setConfirmingDelete(true)}>
        {t('common.delete')}
      </Button>
      <SeriesForm dialog={editing} series={series} />
      <ConfirmDialog
        isOpen={confirmingDelete}
        onOpenChange={setConfirmingDelete}
        title={t('series.deleteTitle')}
        body={t('series.deleteBody', { title: series.title })}
        confirmLabel={t('common.delete')}
        onConfirm={() => void destroy()}
        destructive
      />
    </div>
  );
}

function SeriesDetails({ series }: { series: Series }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const repeatText = useRepeatText();
  const { people } = useDirectoryOptions();
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? '';
  const rows: DetailRow[] = [
    [t('meetings.fields.kind'), t(`meetings.kind.${series.kind}`)],
    [t('series.repeat.label'), repeatText(series)],
    [
      t('series.fields.time'),
      `${format.wallClock(series.startTime)} – ${format.wallClock(series.endTime)} (${series.timeZone})`,
    ],
    [t('series.fields.startDate'), format.longDay(series.startDate)],
    [t('meetings.fields.location'), series.location && <LocationText location={series.location} />],
    [t('meetings.fields.goal'), series.goal],
    [t('meetings.fields.chair'), nameOf(series.chairId)],
    [t('meetings.fields.noteTaker'), nameOf(series.noteTakerId)],
  ];
  return (
    <section aria-labelledby="series-details">
      <h2 id="series-details">{t('series.details')}</h2>
      <DetailsList rows={rows} />
    </section>
  );
}
