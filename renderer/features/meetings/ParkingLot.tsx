import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem, OccurrenceView, Series } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { AgendaItemForm } from './AgendaItemForm';
import { meetingPath } from './links';
import { useAgendaActions } from './useAgendaActions';
import { useErrorToast } from './useErrorToast';
import { useMeetingFormat } from './useMeetingFormat';

export interface ParkingLotProps {
  series: Series;
  items: AgendaItem[];
  occurrences: OccurrenceView[];
}

/** Items deferred from the series' meetings, waiting to be pulled into a coming one. */
export function ParkingLot({ series, items, occurrences }: ParkingLotProps) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const adding = useFormDialog(`parking:${series.id}:new`);
  const [pulling, setPulling] = useState<AgendaItem | null>(null);
  const actions = useAgendaActions();
  // Items go into a meeting already prepared for a coming occurrence.
  const targets = occurrences.flatMap((o) =>
    o.meetingId !== null &&
    o.status !== 'cancelled' &&
    (o.meetingStatus === 'planned' || o.meetingStatus === 'in_progress')
      ? [{ id: o.meetingId, label: format.occurrence(o) }]
      : [],
  );

  return (
    <section aria-labelledby="parking-heading">
      <div className="section-heading">
        <h2 id="parking-heading">{t('series.parking.title')}</h2>
        <Button onPress={adding.open}>{t('series.parking.add')}</Button>
      </div>
      <p className="field__description">{t('series.parking.description')}</p>
      {items.length === 0 ? (
        <p className="empty">{t('series.parking.empty')}</p>
      ) : (
        <>
          {targets.length === 0 && <p id="pull-blocked">{t('series.parking.noTarget')}</p>}
          <ul className="plain-list parking">
            {items.map((item) => {
              const named = (action: string) => t('common.actionOn', { action, name: item.title });
              return (
                <li key={item.id} className="parking__item">
                  <div>
                    <span className="parking__title">{item.title}</span>{' '}
                    <span className="muted">
                      {t(`agenda.kind.${item.kind}`)} · {format.minutes(item.plannedMinutes)}
                    </span>{' '}
                    {item.recurring && <Badge>{t('agenda.recurring')}</Badge>}
                    {item.parkedFromMeetingId !== null && (
                      <>
                        {' '}
                        <Link
                          aria-label={named(t('series.parking.from'))}
                          to={meetingPath(item.parkedFromMeetingId)}
                        >
                          {t('series.parking.from')}
                        </Link>
                      </>
                    )}
                  </div>
                  <div className="row-actions">
                    <Button
                      aria-label={named(t('series.parking.pull'))}
                      isDisabled={targets.length === 0}
                      aria-describedby={targets.length === 0 ? 'pull-blocked' : undefined}
                      onPress={() => setPulling(item)}
                    >
                      {t('series.parking.pull')}
                    </Button>
                    <Button
                      aria-label={named(t('common.delete'))}
                      variant="danger"
                      onPress={() => void actions.remove(item)}
                    >
                      {t('common.delete')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <AgendaItemForm dialog={adding} target={{ seriesId: series.id }} />
      {pulling && targets[0] && (
        <PullDialog item={pulling} targets={targets} onClose={() => setPulling(null)} />
      )}
    </section>
  );
}

interface PullDialogProps {
  item: AgendaItem;
  targets: { id: string; label: string }[];
  onClose: () => void;
}

/** Which coming meeting takes the item; it goes at the end of that meeting's agenda. */
function PullDialog({ item, targets, onClose }: PullDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const pull = useCoreMutation('parking.pull');
  const [meetingId, setMeetingId] = useState(targets[0]?.id ?? '');

  const onPull = () =>
    pull.mutateAsync({ id: item.id, meetingId }).then(() => {
      onClose();
      const label = targets.find((target) => target.id === meetingId)?.label ?? '';
      toast.info(t('series.parking.pulled', { title: item.title, meeting: label }));
    }, failed);

  return (
    <Dialog
      title={t('series.parking.pullTitle', { title: item.title })}
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Select
        label={t('series.parking.pullInto')}
        value={meetingId}
        onChange={setMeetingId}
        options={targets}
        autoFocus
      />
      <div className="dialog__actions">
        <Button onPress={onClose}>{t('common.cancel')}</Button>
        <Button variant="primary" onPress={() => void onPull()}>
          {t('series.parking.pullSubmit')}
        </Button>
      </div>
    </Dialog>
  );
}
