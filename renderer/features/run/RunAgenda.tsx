import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail } from '../../../shared/contract';
import { plannedSchedule } from '../../../shared/domain/agenda-budget';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { useItemTitle } from '../cases/useItemTitle';
import { localeOf } from '../../i18n';
import { formatClock } from '../meetings/format-meeting';
import { Separator } from './ItemSummary';
import { scheduleOriginOf } from './run-figures';

type ItemState = 'current' | 'discussed' | 'deferred' | 'left' | 'pending';

function stateOf(item: AgendaItem, currentId: string | null): ItemState {
  if (item.id === currentId) return 'current';
  if (item.status !== 'pending') return item.status;
  // Started, then left for another item without being finished.
  return item.actualStartedAt !== null ? 'left' : 'pending';
}

/** The agenda while the meeting runs: each item's state in words, its times, and "Go to". */
export function RunAgenda({
  detail,
  onGoto,
  listRef,
}: {
  detail: MeetingDetail;
  onGoto: (itemId: string) => void;
  /** "G" moves focus here to pick an item from the keyboard. */
  listRef: Ref<HTMLOListElement>;
}) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const titleOf = useItemTitle();
  const { items, meeting } = detail;
  const currentId = detail.run?.currentItemId ?? null;
  // The same clock style as the meeting screen ("9:30 a.m." / "09 h 30").
  const time = useMemo(() => {
    const locale = localeOf(settings.language);
    return { format: (ms: number) => formatClock(ms, locale, meeting.timeZone) };
  }, [settings.language, meeting.timeZone]);
  const planned = plannedSchedule(items, scheduleOriginOf(meeting));

  return (
    <section className="run-agenda" aria-labelledby="run-agenda-title">
      <h2 id="run-agenda-title">{t('run.agenda.title')}</h2>
      <ol className="run-agenda__list" ref={listRef}>
        {items.map((item, index) => {
          const state = stateOf(item, currentId);
          const slot = planned[index];
          return (
            <li
              key={item.id}
              className={`run-agenda__item run-agenda__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="run-agenda__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="run-agenda__body">
                <p className="run-agenda__title">
                  <span className="visually-hidden">{index + 1}. </span>
                  {titleOf(item)}
                </p>
                <p className="run-agenda__meta">
                  <span className={`run-agenda__state run-agenda__state--${state}`}>
                    {t(`run.agenda.state.${state}`)}
                  </span>
                  <Separator />
                  {t('run.plannedMinutes', { count: item.plannedMinutes })}
                  {slot?.plannedStartAt != null && (
                    <>
                      <Separator />
                      {t('run.agenda.plannedAt', { time: time.format(slot.plannedStartAt) })}
                    </>
                  )}
                  {item.actualStartedAt !== null && (
                    <>
                      <Separator />
                      {item.actualEndedAt !== null && state !== 'current'
                        ? t('run.agenda.actualRange', {
                            start: time.format(item.actualStartedAt),
                            end: time.format(item.actualEndedAt),
                          })
                        : t('run.agenda.actualStart', { time: time.format(item.actualStartedAt) })}
                    </>
                  )}
                </p>
              </div>
              {/* A deferred item belongs to a later meeting: the core refuses to go to it. */}
              {state !== 'current' && state !== 'deferred' && (
                <Button
                  variant="quiet"
                  onPress={() => onGoto(item.id)}
                  aria-label={t('common.actionOn', {
                    action: t('run.agenda.goto'),
                    name: titleOf(item),
                  })}
                >
                  {t('run.agenda.goto')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
