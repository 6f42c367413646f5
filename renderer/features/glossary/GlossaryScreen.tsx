import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/PageTitle';
import { newValues } from './concept-form-values';
import { ConceptDetail } from './ConceptDetail';
import { ConceptForm } from './ConceptForm';
import { ConceptTable } from './ConceptTable';
import { GlossaryFilters } from './GlossaryFilters';
import { GlossaryMenu } from './GlossaryMenu';
import { GlossaryTransfer } from './GlossaryTransfer';
import {
  filterOf,
  isNarrowed,
  paramsFromView,
  viewFromParams,
  type GlossaryView,
} from './glossary-view';
import { LetterBar } from './LetterBar';
import { GLOSSARY_PATH } from './links';
import { StarterOffer } from './StarterOffer';
import { PAGE_SIZE, useConceptPages } from './useConceptPages';
import { useStarter } from './useStarter';
import './glossary.css';

/**
 * The shared glossary: every agency's terms and acronyms, in English and French, searched,
 * filtered, browsed by letter and edited. The view is kept in the address, so a link reopens it,
 * concept included.
 */
export function GlossaryScreen() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  // Replacing the entry: Back leaves the glossary rather than stepping through each filter.
  const setView = useCallback(
    (changes: Partial<GlossaryView>) =>
      setParams((current) => paramsFromView({ ...viewFromParams(current), ...changes }), {
        replace: true,
      }),
    [setParams],
  );
  // Opening a concept is a step Back can undo: a link, not a replaced entry.
  const hrefOf = (id: string) => `${GLOSSARY_PATH}?${paramsFromView({ ...view, concept: id })}`;
  const { query, concepts, total, letters } = useConceptPages(filterOf(view, settings.language));
  const starter = useStarter();
  const creating = useFormDialog('glossary:new');
  const summary = useRef<HTMLParagraphElement>(null);
  const focusAfterClose = useRef(false);
  const k = 'glossary.list';
  const typed = view.q.trim();

  // A deleted concept's link went with it, so its dialog has nowhere to give the focus back: the
  // count of terms takes it once the dialog is gone (focus moved while it is open is pulled back).
  useEffect(() => {
    if (view.concept || !focusAfterClose.current) return;
    focusAfterClose.current = false;
    const frame = requestAnimationFrame(() => summary.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [view.concept]);
  // An empty glossary has nothing to search or browse: the offer and the buttons say what to do.
  const bare = concepts !== undefined && total === 0 && !isNarrowed(view);

  return (
    <div className="glossary">
      <PageTitle>{t('glossary.title')}</PageTitle>
      <p className="lead">{t('glossary.lead')}</p>
      <StarterOffer starter={starter} onAnswered={() => summary.current?.focus()} />
      <div className="toolbar glossary__toolbar">
        <Button variant="primary" onPress={creating.open}>
          {t('glossary.new')}
        </Button>
        <GlossaryTransfer />
        <GlossaryMenu starter={starter} />
      </div>
      {!bare && (
        <>
          <GlossaryFilters view={view} onChange={setView} />
          <LetterBar
            value={view.letter}
            available={letters}
            onChange={(letter) => setView({ letter })}
          />
        </>
      )}

      {concepts === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <p ref={summary} tabIndex={-1} role="status" className="glossary__summary">
            {concepts.length < total
              ? t(`${k}.showing`, { shown: concepts.length, count: total })
              : t(`${k}.count`, { count: total })}
          </p>
          {concepts.length === 0 ? (
            isNarrowed(view) ? (
              <div className="empty">
                <p>{t(`${k}.noMatch`)}</p>
                {typed && (
                  <Button onPress={creating.open}>{t(`${k}.addTyped`, { term: typed })}</Button>
                )}
              </div>
            ) : (
              // "Offered above" only while the offer is there; else the More menu has it.
              <p className="empty">{t(starter.offered ? `${k}.empty` : `${k}.emptyNoOffer`)}</p>
            )
          ) : (
            <ConceptTable concepts={concepts} hrefOf={hrefOf} />
          )}
          {query.hasNextPage && (
            // No `isPending`: the button goes with the last page, and its announcement with it.
            <Button
              onPress={() => {
                if (!query.isFetchingNextPage) void query.fetchNextPage();
              }}
            >
              {t(`${k}.showMore`, { count: Math.min(PAGE_SIZE, total - concepts.length) })}
            </Button>
          )}
        </>
      )}

      <ConceptForm
        dialog={creating}
        initial={newValues(concepts?.length === 0 ? typed : '', settings.language)}
      />
      <ConceptDetail
        id={view.concept}
        hrefOf={hrefOf}
        onClose={() => setView({ concept: '' })}
        onDeleted={() => {
          focusAfterClose.current = true;
          setView({ concept: '' });
        }}
      />
    </div>
  );
}
