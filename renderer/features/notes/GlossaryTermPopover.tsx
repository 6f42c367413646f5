import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/core';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Concept, Language, MethodOutput } from '../../../shared/contract';
import { queryKey, useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { localeOf } from '../../i18n';
import { ConceptDefinition } from '../glossary/ConceptDefinition';
import { conceptDefinition, conceptTerm, termOf } from '../glossary/concept-text';
import { conceptPath } from '../glossary/links';
import { GLOSSARY_ACTIONS_KEYS, setGlossaryHooks } from './glossary-highlight';
import {
  glossaryHitAtCaret,
  lexiconOf,
  setGlossaryLexicon,
  TERM_CLASS,
  UNKNOWN_CLASS,
  type GlossaryHit,
  type GlossaryLexicon,
} from './glossary-plugin';
import { placeNextTo, useDecorationPopover, useKeysText } from './useDecorationPopover';

/**
 * The glossary in the notes, on the React side: the editor's lexicon comes from `glossary.index`
 * (react-query refreshes it when the glossary changes, here or in another window), and a pop-up
 * shows the definition of the term under the pointer or the caret, in the app's language.
 *
 * The pop-up never takes focus from typing. For screen readers, a polite live region says the
 * term and its definition when the caret enters it; Alt+Enter moves into the pop-up's actions
 * (Escape comes back), and Escape in the editor hides it (WCAG 1.4.13: dismissible, hoverable).
 */

type Index = MethodOutput<'glossary.index'>;

/** One matcher per answer of `glossary.index`, shared by every note opened with it. */
const lexicons = new WeakMap<Index, GlossaryLexicon>();

function lexiconFor(index: Index): GlossaryLexicon {
  let lexicon = lexicons.get(index);
  if (!lexicon) {
    lexicon = lexiconOf(index);
    lexicons.set(index, lexicon);
  }
  return lexicon;
}

/** Feeds the editor the glossary, and a new one each time it changes. */
export function useGlossaryLexicon(editor: Editor): void {
  // Errors are not the note's business: without a glossary, nothing is underlined.
  const index = useCoreQuery('glossary.index', {}, { handleErrors: true });
  const lexicon = index.data ? lexiconFor(index.data) : null;
  useEffect(() => {
    if (!editor.isDestroyed) setGlossaryLexicon(editor.view, lexicon);
  }, [editor, lexicon]);
}

/** The underlined words a pop-up is placed under. */
const UNDERLINED = `.${TERM_CLASS}, .${UNKNOWN_CLASS}`;
/** More concepts than this under one form is a glossary to tidy, not a pop-up to scroll. */
const MAX_CONCEPTS = 3;

const hitKey = (hit: GlossaryHit | null) =>
  hit
    ? `${hit.kind}:${hit.from}:${hit.to}:${hit.kind === 'term' ? hit.ids.join() : hit.acronym}`
    : '';

export interface GlossaryTermPopoverProps {
  editor: Editor;
  /** "Add definition" of an unknown acronym: opens the quick add, prefilled. */
  onAddDefinition: (acronym: string) => void;
}

/** The keys into the pop-up, in the app's language. */
const useActionKeys = () => useKeysText(GLOSSARY_ACTIONS_KEYS);

export function GlossaryTermPopover({ editor, onAddDefinition }: GlossaryTermPopoverProps) {
  const { t } = useTranslation();
  const actionKeys = useActionKeys();
  const id = useId();
  const { shown, caretShown, pinned, backToEditor, popoverProps } = useDecorationPopover({
    editor,
    hitAtCaret: glossaryHitAtCaret,
    hitKey,
    setHooks: setGlossaryHooks,
    place: (e, hit, element) =>
      placeNextTo(e, hit, element, { decoration: UNDERLINED, property: 'glossary-popover' }),
  });

  const label = shown
    ? t(
        shown.kind === 'term'
          ? 'glossary.highlight.popoverLabel'
          : 'glossary.highlight.unknownLabel',
        { term: shown.text },
      )
    : undefined;

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {caretShown && !pinned && <Announcement hit={caretShown} />}
      </p>
      {shown && (
        <div
          {...popoverProps}
          id={id}
          role="group"
          aria-label={label}
          className={`glossary-popover glossary-popover--${shown.kind}`}
        >
          {shown.kind === 'term' ? (
            <TermDetails ids={shown.ids} />
          ) : (
            <UnknownAcronym
              acronym={shown.acronym}
              onAdd={() => {
                // Focus first goes back to the note, so the dialog returns it there on closing.
                backToEditor();
                onAddDefinition(shown.acronym);
              }}
              onIgnored={backToEditor}
            />
          )}
          <p className="glossary-popover__hint">
            {t('glossary.highlight.keysHint', { keys: actionKeys })}
          </p>
        </div>
      )}
    </>
  );
}

function TermDetails({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.slice(0, MAX_CONCEPTS).map((conceptId) => (
        <ConceptSummary key={conceptId} id={conceptId} />
      ))}
    </>
  );
}

function ConceptSummary({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useCoreQuery('glossary.get', { id }, { handleErrors: true });
  if (query.isPending) return <p className="glossary-popover__status">{t('common.loading')}</p>;
  if (!query.data)
    return <p className="glossary-popover__status">{t('glossary.highlight.missing')}</p>;
  return (
    <div className="glossary-popover__concept">
      <ConceptDefinition concept={query.data} />
      <Link className="glossary-popover__link" to={conceptPath(id)}>
        {t('glossary.highlight.open')}
      </Link>
    </div>
  );
}

function UnknownAcronym({
  acronym,
  onAdd,
  onIgnored,
}: {
  acronym: string;
  onAdd: () => void;
  onIgnored: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const queryClient = useQueryClient();
  const ignore = useCoreMutation('glossary.ignoreAcronym');
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKey('glossary.index', {}) });
  const notATerm = async () => {
    try {
      await ignore.mutateAsync({ acronym, ignored: true });
    } catch {
      toast.error(t('glossary.highlight.ignoreFailed', { acronym }));
      return;
    }
    await refresh();
    onIgnored();
    toast.info(t('glossary.highlight.ignored', { acronym }), {
      label: t('common.undo'),
      onAction: () =>
        void ignore.mutateAsync({ acronym, ignored: false }).then(refresh, () => undefined),
    });
  };
  return (
    <>
      <p className="glossary-popover__unknown">
        <strong>{acronym}</strong> {t('glossary.highlight.unknownBody')}
      </p>
      <div className="glossary-popover__actions">
        <Button variant="primary" preventFocusOnPress onPress={onAdd}>
          {t('glossary.highlight.addDefinition')}
        </Button>
        <Button preventFocusOnPress onPress={() => void notATerm()}>
          {t('glossary.highlight.notATerm')}
        </Button>
      </div>
    </>
  );
}

/** What the live region says as the caret enters a term: its name and definition. */
function Announcement({ hit }: { hit: GlossaryHit }) {
  const { t } = useTranslation();
  const keys = useActionKeys();
  if (hit.kind === 'unknown') {
    return <>{t('glossary.highlight.announceUnknown', { acronym: hit.acronym, keys })}</>;
  }
  return <AnnouncedConcept id={hit.ids[0]!} keys={keys} />;
}

function AnnouncedConcept({ id, keys }: { id: string; keys: string }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const query = useCoreQuery('glossary.get', { id }, { handleErrors: true });
  const spoken = useMemo(
    () => (query.data ? spokenParts(query.data, settings.language) : null),
    [query.data, settings.language],
  );
  if (!spoken) return null;
  return (
    <>
      {t('glossary.highlight.announceTerm')}{' '}
      <span lang={localeOf(spoken.term.lang)}>{spoken.term.text}</span>
      {': '}
      {spoken.definition.text ? (
        <span lang={localeOf(spoken.definition.lang)}>{spoken.definition.text}</span>
      ) : (
        t('glossary.definition.none')
      )}
      {spoken.preferred && (
        <>
          {' '}
          {t('glossary.definition.deprecatedUse')}{' '}
          <span lang={localeOf(spoken.preferred.lang)}>{spoken.preferred.text}</span>.
        </>
      )}{' '}
      {t('glossary.highlight.announceKeys', { keys })}
    </>
  );
}

function spokenParts(concept: Concept, language: Language) {
  return {
    term: conceptTerm(concept, language),
    definition: conceptDefinition(concept, language),
    preferred:
      concept.status === 'deprecated' && concept.preferred
        ? termOf(concept.preferred, language)
        : null,
  };
}
