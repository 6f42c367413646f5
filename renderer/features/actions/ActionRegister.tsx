import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Action } from '../../../shared/contract';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { PageTitle } from '../../components/PageTitle';
import { MEETINGS_PATH } from '../meetings/links';
import { todayIso } from '../meetings/schedule';
import { ActionExport } from './ActionExport';
import { ActionRow } from './ActionRow';
import {
  filterOf,
  isFiltered,
  paramsFromView,
  viewFromParams,
  type RegisterView,
} from './register-view';
import { RegisterFilters } from './RegisterFilters';
import { PAGE_SIZE, useActionPages } from './useActionPages';
import { useActionStatus } from './useActionStatus';

/** Every action across meetings: who does what by when, filtered, sorted and exported. */
export function ActionRegister() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  // Replacing the entry: Back leaves the register rather than stepping through each filter.
  const setView = (changes: Partial<RegisterView>) =>
    setParams(paramsFromView({ ...view, ...changes }), { replace: true });
  const today = todayIso();
  const filter = filterOf(view, today);
  const { query, actions, total } = useActionPages(filter);
  const setStatus = useActionStatus();
  const summary = useRef<HTMLParagraphElement>(null);
  const k = 'actions.register';

  // The row may leave the list (done is not open): keep keyboard focus in the register.
  const onStatus = (action: Action, status: 'open' | 'done') =>
    void setStatus(action, status).then(() => summary.current?.focus());

  return (
    <>
      <PageTitle>{t(`${k}.title`)}</PageTitle>
      <p className="lead">{t(`${k}.lead`)}</p>
      <RegisterFilters view={view} onChange={setView} />
      <ActionExport filter={filter} />

      {actions === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <p ref={summary} tabIndex={-1} role="status" className="action-summary">
            {actions.length < total
              ? t(`${k}.showing`, { shown: actions.length, count: total })
              : t(`${k}.count`, { count: total })}
          </p>
          {actions.length === 0 ? (
            <EmptyRegister filtered={isFiltered(view)} />
          ) : (
            <DataTable
              caption={t(`${k}.caption`)}
              className="action-table"
              columns={[
                t(`${k}.columns.description`),
                t(`${k}.columns.agency`),
                t(`${k}.columns.person`),
                t(`${k}.columns.due`),
                t(`${k}.columns.status`),
                t(`${k}.columns.from`),
              ]}
              hasActions
              empty=""
              rows={actions.map((action) => (
                <ActionRow key={action.id} action={action} today={today} onStatus={onStatus} />
              ))}
            />
          )}
          {query.hasNextPage && (
            <Button onPress={() => void query.fetchNextPage()} isPending={query.isFetchingNextPage}>
              {t(`${k}.showMore`, { count: Math.min(PAGE_SIZE, total - actions.length) })}
            </Button>
          )}
        </>
      )}
    </>
  );
}

/** What to do when nothing is listed: widen the filters, or capture actions in a meeting. */
function EmptyRegister({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  const k = 'actions.register';
  if (filtered) return <p className="empty">{t(`${k}.emptyFiltered`)}</p>;
  return (
    <div className="empty">
      <p>{t(`${k}.empty`)}</p>
      <p>
        <Link to={MEETINGS_PATH}>{t(`${k}.emptyLink`)}</Link>
      </p>
    </div>
  );
}
