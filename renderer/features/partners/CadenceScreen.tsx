import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CadenceStatus } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { DataTable } from '../../components/DataTable';
import { Select } from '../../components/Select';
import {
  applyView,
  NETWORK_CHOICES,
  paramsFromView,
  SORT_CHOICES,
  STATUS_CHOICES,
  viewFromParams,
  type CadenceView,
} from './cadence-view';
import { CadenceRow } from './CadenceRow';
import { PARTNER_PARAM } from './links';
import { useFocusAfterRemoval } from './useFocusAfterRemoval';
import { usePartnerFormat } from './usePartnerFormat';

/** The statuses counted in the summary line, in the order a chair reads them. */
const SUMMARY: readonly CadenceStatus[] = ['overdue', 'never', 'due_soon', 'on_track'];

/**
 * The monthly-contact policy at a glance: for each partner, when it was last contacted, when the
 * next contact is due and where that leaves it, with "Log contact" on every row.
 */
export function CadenceScreen() {
  const { t } = useTranslation();
  const format = usePartnerFormat();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  // Replacing the entry: Back leaves the dashboard rather than stepping through each filter.
  const setView = (changes: Partial<CadenceView>) =>
    setParams(paramsFromView({ ...view, ...changes }), { replace: true });
  const cadence = useCoreQuery('partner.cadence', {});
  const k = 'partners.cadence';
  const opened = params.get(PARTNER_PARAM);
  const tableArea = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const partners = cadence.data ? applyView(cadence.data, view, format.collator) : [];
  // A row filtered out by its new cadence or status takes the focused picker with it: focus goes
  // to the same control of the row now in its place, or to the heading.
  const track = useFocusAfterRemoval(
    partners.map((p) => p.organizationId),
    tableArea,
    () => heading.current,
  );

  if (cadence.data === undefined) return <p role="status">{t('common.loading')}</p>;
  const counts = SUMMARY.map((status) => ({
    status,
    count: cadence.data.filter((p) => p.status === status).length,
  })).filter((c) => c.count > 0);

  return (
    <>
      <h2 className="partners-heading" ref={heading} tabIndex={-1}>
        {t(`${k}.title`)}
      </h2>
      <p className="lead">{t(`${k}.lead`)}</p>
      {cadence.data.length > 0 && (
        <p className="cadence-summary">
          {[
            t(`${k}.total`, { count: cadence.data.length }),
            ...counts.map(({ status, count }) => t(`${k}.count.${status}`, { count })),
          ].join(' · ')}
        </p>
      )}
      <div className="filters cadence-filters" role="search" aria-label={t(`${k}.filters`)}>
        <Select
          label={t(`${k}.network`)}
          value={view.network}
          onChange={(network) => setView({ network })}
          options={NETWORK_CHOICES.map((id) => ({ id, label: t(`${k}.networkChoice.${id}`) }))}
        />
        <Select
          label={t(`${k}.status`)}
          value={view.status}
          onChange={(status) => setView({ status })}
          options={STATUS_CHOICES.map((id) => ({
            id,
            label:
              id === 'all' || id === 'attention'
                ? t(`${k}.statusChoice.${id}`)
                : t(`partners.status.${id}`),
          }))}
        />
        <Select
          label={t(`${k}.sort`)}
          value={view.sort}
          onChange={(sort) => setView({ sort })}
          options={SORT_CHOICES.map((id) => ({ id, label: t(`${k}.sortChoice.${id}`) }))}
        />
      </div>
      <div ref={tableArea} className="cadence-table-area">
        <DataTable
          caption={t(`${k}.caption`)}
          className="cadence-table"
          columns={[
            t(`${k}.columns.partner`),
            t(`${k}.columns.lastContact`),
            { label: t(`${k}.columns.daysSince`), className: 'table__number' },
            t(`${k}.columns.due`),
            t(`${k}.columns.status`),
            t(`${k}.columns.networkAndCadence`),
          ]}
          hasActions
          empty={cadence.data.length === 0 ? t(`${k}.empty`) : t(`${k}.noMatch`)}
          rows={partners.map((partner) => (
            <CadenceRow
              key={partner.organizationId}
              partner={partner}
              opened={partner.organizationId === opened}
              track={track(partner.organizationId)}
            />
          ))}
        />
      </div>
    </>
  );
}
