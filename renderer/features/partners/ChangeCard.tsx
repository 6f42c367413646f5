import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SignificantChange } from '../../../shared/contract';
import { useFormDialog } from '../../app/useFormDialog';
import { Button } from '../../components/Button';
import { ChangeChecklist } from './ChangeChecklist';
import { ChangeForm } from './ChangeForm';
import { organizationPath } from './links';
import { usePartnerFormat } from './usePartnerFormat';
import { useUndoableDelete } from './useUndoableDelete';

export interface ChangeCardProps {
  change: SignificantChange;
  /** Opens the checklist and brings the change into view (a link from home). */
  initiallyOpen?: boolean;
}

/** One change: what it is, whose, from when, how many partners have been told, and the checklist. */
export function ChangeCard({ change, initiallyOpen = false }: ChangeCardProps) {
  const { t } = useTranslation();
  const format = usePartnerFormat();
  const editing = useFormDialog(`change:${change.id}`);
  const remove = useUndoableDelete('change');
  const [open, setOpen] = useState(initiallyOpen);
  const checklistId = useId();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const total = change.notices.length;
  const everyone = total > 0 && change.notifiedCount === total;
  const named = (action: string) => t('common.actionOn', { action, name: change.title });
  const k = 'partners.changes';

  useEffect(() => {
    if (initiallyOpen) heading.current?.scrollIntoView?.({ block: 'start' });
  }, [initiallyOpen]);

  return (
    <article className="change-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} className="change-card__title">
        {change.title}
      </h3>
      <p className="change-card__meta">
        {change.organizationId === null ? (
          t(`${k}.ours`)
        ) : (
          <>
            {t(`${k}.theirs`)}{' '}
            <Link to={organizationPath(change.organizationId)}>{change.organizationName}</Link>
          </>
        )}
        {change.effectiveDate && (
          <> · {t(`${k}.effective`, { date: format.shortDay(change.effectiveDate) })}</>
        )}
      </p>
      {change.description && <p className="change-card__description">{change.description}</p>}
      <div className="change-card__progress">
        <span className={everyone ? 'change-told change-told--all' : 'change-told'}>
          <span aria-hidden="true">{everyone ? '✓ ' : '◔ '}</span>
          {total === 0
            ? t(`${k}.nobodyListed`)
            : t(`${k}.told`, { count: change.notifiedCount, total })}
        </span>
        {total > 0 && (
          <progress
            className="change-progress"
            max={total}
            value={change.notifiedCount}
            aria-label={t(`${k}.progress`, { title: change.title })}
          />
        )}
      </div>
      <div className="row-actions" data-focus-slots>
        <Button
          aria-expanded={open}
          aria-controls={open ? checklistId : undefined}
          aria-label={named(t(`${k}.checklist`))}
          onPress={() => setOpen((shown) => !shown)}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {t(`${k}.checklist`)}
        </Button>
        <Button onPress={editing.open} aria-label={named(t('common.edit'))}>
          {t('common.edit')}
        </Button>
        <Button
          variant="danger"
          aria-label={named(t('common.delete'))}
          onPress={() => void remove(change.id, t(`${k}.deleted`, { title: change.title }))}
        >
          {t('common.delete')}
        </Button>
      </div>
      {open && (
        <div id={checklistId}>
          <ChangeChecklist change={change} />
        </div>
      )}
      <ChangeForm dialog={editing} change={change} />
    </article>
  );
}
