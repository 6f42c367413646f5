import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept, Language, MethodInput } from '../../../shared/contract';
import { queryKey } from '../../app/useCore';
import { useApi } from '../../app/useApi';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { SearchField } from '../../components/SearchField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { localeOf } from '../../i18n';
import { ConceptDefinition } from '../glossary/ConceptDefinition';
import { otherLanguage } from '../glossary/concept-text';
import './glossary-panel.css';

/** Enough to find the one the chair is looking for; more is a sign to type more. */
const LIMIT = 20;

/** Searches the glossary once something is typed; nothing is listed for an empty field. */
function useGlossarySearch(query: string, language: Language) {
  const api = useApi();
  const input = { query, language, limit: LIMIT } satisfies MethodInput<'glossary.list'>;
  return useQuery({
    queryKey: queryKey('glossary.list', input),
    queryFn: () => api.call('glossary.list', input),
    enabled: query !== '',
    placeholderData: keepPreviousData,
    // A glossary that cannot be searched must not take the running meeting's screen down.
    throwOnError: false,
  });
}

/** The term in the other language, smaller: partners at the table may use either. */
function OtherTerm({ concept, language }: { concept: Concept; language: Language }) {
  const { t } = useTranslation();
  const other = otherLanguage(language);
  const term = concept[other].term.trim();
  if (term === '' || concept[language].term.trim() === '') return null;
  return (
    <p className="glossary-panel__other">
      <span className="glossary-panel__other-label">
        {t(`glossary.panel.inLanguage.${other}`)}{' '}
      </span>
      <span lang={localeOf(other)}>{term}</span>
    </p>
  );
}

/**
 * Run mode's glossary, beside the countdown: the chair types a term or an acronym and reads its
 * definition aloud, in the app's language and in large type. Not a dialog: the meeting and its
 * keys stay live behind it. Escape (in an empty search field, or anywhere else in the panel)
 * closes it; whoever opened it puts focus back.
 */
export function GlossaryPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const language = settings.language;
  const headingId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 150);
  const search = useGlossarySearch(query, language);
  const result = query === '' ? undefined : search.data;

  // The search field clears itself on a first Escape and lets the second one through.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };

  let status: string;
  if (query === '') status = t('glossary.panel.hint');
  else if (search.isError) status = t('glossary.panel.failed');
  else if (!result) status = t('common.loading');
  else if (result.total === 0) status = t('glossary.panel.none', { query });
  else if (result.total > result.items.length)
    status = t('glossary.panel.more', { count: result.total, shown: result.items.length });
  else status = t('glossary.panel.found', { count: result.total });

  return (
    <section id={id} className="glossary-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="glossary-panel__head">
        <h2 id={headingId}>{t('glossary.panel.title')}</h2>
        <Button variant="quiet" onPress={onClose}>
          {t('common.close')}
          <kbd aria-hidden="true">Esc</kbd>
        </Button>
      </div>
      <SearchField
        label={t('glossary.panel.search')}
        value={text}
        onChange={setText}
        // The chair opened the panel to look a word up: the field is where the keys go.
        autoFocus
      />
      <p role="status" className="glossary-panel__status">
        {status}
      </p>
      {result && result.items.length > 0 && (
        <ol className="glossary-panel__results" aria-labelledby={headingId}>
          {result.items.map((concept) => (
            <li key={concept.id} className="glossary-panel__result">
              <ConceptDefinition concept={concept} termAs="h3" showMeanings={false} />
              <OtherTerm concept={concept} language={language} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
