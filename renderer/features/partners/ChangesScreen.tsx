import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SignificantChange } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { ChangeCard } from './ChangeCard';
import { ChangeForm } from './ChangeForm';
import { CHANGE_PARAM } from './links';
import { useFocusAfterRemoval } from './useFocusAfterRemoval';

const isPending = (change: SignificantChange) => change.notifiedCount < change.notices.length;

/** Changes some partner has not heard of come first, the newest first within each group. */
function pendingFirst(changes: readonly SignificantChange[]): SignificantChange[] {
  return [...changes].sort(
    (a, b) => Number(isPending(b)) - Number(isPending(a)) || b.createdAt - a.createdAt,
  );
}

/**
 * Significant changes at our agency or a partner's (intake criteria, a program closing, a new
 * service) and, for each, which partners have been told and when.
 */
export function ChangesScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const opened = params.get(CHANGE_PARAM);
  const creating = useFormDialog('change:new');
  const changes = useCoreQuery('change.list', {});
  const k = 'partners.changes';
  const list = useRef<HTMLUListElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const sorted = pendingFirst(changes.data ?? []);
  // A deleted card takes its buttons with it: focus goes to the next card's, or to "New change".
  const track = useFocusAfterRemoval(
    sorted.map((change) => change.id),
    list,
    () => toolbar.current?.querySelector('button') ?? null,
  );

  return (
    <>
      <h2 className="partners-heading">{t(`${k}.title`)}</h2>
      <p className="lead">{t(`${k}.lead`)}</p>
      <div className="toolbar" ref={toolbar}>
        <Button variant="primary" onPress={creating.open}>
          {t(`${k}.new`)}
        </Button>
      </div>
      {changes.data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : changes.data.length === 0 ? (
        <p className="empty">{t(`${k}.empty`)}</p>
      ) : (
        <ul className="plain-list change-list" aria-label={t(`${k}.title`)} ref={list}>
          {sorted.map((change) => (
            <li key={change.id} {...track(change.id)}>
              <ChangeCard change={change} initiallyOpen={change.id === opened} />
            </li>
          ))}
        </ul>
      )}
      <ChangeForm dialog={creating} />
    </>
  );
}
