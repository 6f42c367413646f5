import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OccurrenceView, Series } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { useToast } from '../../components/useToast';
import { meetingPath } from './links';
import { MoveOccurrenceForm } from './MoveOccurrenceForm';
import { useErrorToast } from './useErrorToast';
import { useMeetingFormat } from './useMeetingFormat';

export interface OccurrenceListProps {
  series: Series;
  occurrences: OccurrenceView[];
  /** Shows more occurrences; absent when no more can be shown. */
  onMore: (() => void) | undefined;
}

/** The series' coming dates, each with what can be done to it. */
export function OccurrenceList({ series, occurrences, onMore }: OccurrenceListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="occurrences-heading">
      <h2 id="occurrences-heading">{t('series.occurrences')}</h2>
      <DataTable
        caption={t('series.occurrences')}
        className="occurrences"
        columns={[
          t('series.columns.when'),
          t('series.columns.status'),
          t('series.columns.meeting'),
        ]}
        hasActions
        empty={t('series.noOccurrences')}
        rows={occurrences.map((occurrence) => (
          <OccurrenceRow key={occurrence.originalDate} series={series} occurrence={occurrence} />
        ))}
      />
      {onMore && occurrences.length > 0 && (
        <Button variant="quiet" onPress={onMore}>
          {t('series.showMore')}
        </Button>
      )}
    </section>
  );
}

function OccurrenceRow({ series, occurrence }: { series: Series; occurrence: OccurrenceView }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const format = useMeetingFormat();
  const moving = useFormDialog(`series:${series.id}:move:${occurrence.originalDate}`);
  const prepare = useCoreMutation('series.prepareOccurrence');
  const cancel = useCoreMutation('series.cancelOccurrence');
  const restore = useCoreMutation('series.restoreOccurrence');
  const ref = { id: series.id, originalDate: occurrence.originalDate };
  const day = format.shortDay(occurrence.date);
  const cancelled = occurrence.status === 'cancelled';
  const ended = occurrence.meetingStatus === 'ended';
  const held =
    occurrence.meetingStatus === 'in_progress' || occurrence.meetingStatus === 'ended'
      ? occurrence.meetingStatus
      : null;

  const onPrepare = () =>
    prepare
      .mutateAsync({ ...ref, language: settings.language })
      .then((meeting) => void navigate(meetingPath(meeting.id)), failed);

  const onCancel = () =>
    cancel.mutateAsync(ref).then(
      () =>
        toast.info(t('series.occurrence.cancelled', { date: day }), {
          label: t('common.undo'),
          onAction: () => void restore.mutateAsync(ref).catch(failed),
        }),
      failed,
    );

  const onRestore = () =>
    restore
      .mutateAsync(ref)
      .then(
        () =>
          toast.info(t('series.occurrence.restored', { date: format.shortDay(ref.originalDate) })),
        failed,
      );

  const named = (action: string) => t('common.actionOn', { action, name: day });
  return (
    <tr className={cancelled ? 'occurrence--cancelled' : undefined}>
      <th scope="row">
        <span className="occurrence__date">{day}</span>
        <span className="muted"> {format.wallClock(occurrence.time)}</span>
      </th>
      <td>
        {/* Once the meeting is under way or held, that is what counts, not the plan. */}
        {held ? (
          <Badge>{t(`meetings.status.${held}`)}</Badge>
        ) : (
          occurrence.status === 'scheduled' && t('series.occurrence.scheduled')
        )}
        {occurrence.status === 'moved' && (
          <>
            <Badge>{t('series.occurrence.moved')}</Badge>{' '}
            {t('series.occurrence.movedFrom', { date: format.shortDay(occurrence.originalDate) })}
          </>
        )}
        {cancelled && <Badge>{t('series.occurrence.cancelledBadge')}</Badge>}
      </td>
      <td>
        {occurrence.meetingId !== null ? (
          <Link
            aria-label={named(t(`series.meetingStatus.${occurrence.meetingStatus ?? 'planned'}`))}
            to={meetingPath(occurrence.meetingId)}
          >
            {t(`series.meetingStatus.${occurrence.meetingStatus ?? 'planned'}`)}
          </Link>
        ) : (
          <span className="muted">{t('series.meetingStatus.none')}</span>
        )}
      </td>
      <td>
        <div className="row-actions">
          {!cancelled && occurrence.meetingId === null && (
            <Button
              aria-label={named(t('series.occurrence.prepare'))}
              onPress={() => void onPrepare()}
            >
              {t('series.occurrence.prepare')}
            </Button>
          )}
          {!cancelled && !ended && (
            <Button aria-label={named(t('series.occurrence.move'))} onPress={moving.open}>
              {t('series.occurrence.move')}
            </Button>
          )}
          {!cancelled && !ended && (
            <Button
              aria-label={named(t('series.occurrence.cancel'))}
              variant="danger"
              onPress={() => void onCancel()}
            >
              {t('series.occurrence.cancel')}
            </Button>
          )}
          {occurrence.status !== 'scheduled' && (
            <Button
              aria-label={named(
                t(cancelled ? 'series.occurrence.restore' : 'series.occurrence.restoreDate'),
              )}
              onPress={() => void onRestore()}
            >
              {t(cancelled ? 'series.occurrence.restore' : 'series.occurrence.restoreDate')}
            </Button>
          )}
        </div>
        <MoveOccurrenceForm dialog={moving} seriesId={series.id} occurrence={occurrence} />
      </td>
    </tr>
  );
}
