import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { SearchField } from '../../components/SearchField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { notesPath } from '../notes/links';
import { useMeetingFormat } from './useMeetingFormat';

/** Decisions shown before "Show all": the recent ones are what a chair looks back at first. */
const RECENT = 20;

/** Every decision taken at a series' meetings, newest first, searchable, each linked to its notes. */
export function DecisionLog({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  const [text, setText] = useState('');
  const [showAll, setShowAll] = useState(false);
  const query = useDebouncedValue(text.trim());
  const list = useCoreQuery(
    'decision.list',
    { seriesId, ...(query ? { query } : {}) },
    { keepPrevious: true },
  );
  const decisions = list.data ?? [];
  const shown = showAll ? decisions : decisions.slice(0, RECENT);

  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('decisions.title')}</h2>
      <p className="field__description">{t('decisions.description')}</p>
      <div className="filters decision-log__filters" role="search">
        <SearchField label={t('decisions.search')} value={text} onChange={setText} />
      </div>
      {list.data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <p role="status" className={query ? 'decision-log__count' : 'visually-hidden'}>
            {query ? t('decisions.found', { count: decisions.length, query }) : ''}
          </p>
          {decisions.length === 0 ? (
            <p className="empty">{query ? t('decisions.noMatch') : t('decisions.empty')}</p>
          ) : (
            <ol className="plain-list decision-log">
              {shown.map((decision) => (
                <li key={decision.id} className="decision-log__entry">
                  <p className="decision-log__text">{decision.text}</p>
                  <p className="muted decision-log__where">
                    <Link to={notesPath(decision.meetingId, decision.itemId)}>
                      {format.shortDay(decision.meetingDate)}
                      {' · '}
                      {decision.itemTitle ?? t('decisions.generalNotes')}
                    </Link>
                  </p>
                </li>
              ))}
            </ol>
          )}
          {!showAll && decisions.length > RECENT && (
            <Button variant="quiet" onPress={() => setShowAll(true)}>
              {t('decisions.showAll', { count: decisions.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
