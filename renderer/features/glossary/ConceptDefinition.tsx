import { Fragment, type ElementType } from 'react';
import './glossary.css';
import { useTranslation } from 'react-i18next';
import type { Concept, Language } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { localeOf } from '../../i18n';
import {
  conceptAbbreviations,
  conceptDefinition,
  conceptNote,
  conceptTerm,
  inLanguage,
  otherLanguage,
  termOf,
  type SideText,
} from './concept-text';

export interface ConceptDefinitionProps {
  concept: Concept;
  /** The element that holds the term: a heading in a panel, a paragraph in a popover. */
  termAs?: ElementType;
  /** Also show the meanings particular agencies give the term. */
  showMeanings?: boolean;
  /** Defaults to the app's language. */
  language?: Language;
}

/** The language an acronym belongs to: the app's when that side has it, else the other's. */
const abbreviationLanguage = (concept: Concept, abbreviation: string, language: Language) =>
  concept[language].abbreviations.includes(abbreviation) ? language : otherLanguage(language);

/** Text in the language it is written in, so a screen reader pronounces it right. */
function Side({
  side,
  as: As = 'span',
  className,
}: {
  side: SideText;
  as?: ElementType;
  className?: string;
}) {
  return (
    <As className={className} lang={localeOf(side.lang)}>
      {side.text}
    </As>
  );
}

/**
 * What a concept means, in the app's language: its term and acronyms, whether it is deprecated
 * (and what to say instead), its definition and usage note. When the app's language has no text,
 * the other language's is shown and said to be so, rather than showing nothing.
 * Used by the glossary, the notes' term pop-ups and run mode's glossary panel.
 */
export function ConceptDefinition({
  concept,
  termAs = 'p',
  showMeanings = true,
  language: chosen,
}: ConceptDefinitionProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const language = chosen ?? settings.language;
  const term = conceptTerm(concept, language);
  const abbreviations = conceptAbbreviations(concept, language);
  const definition = conceptDefinition(concept, language);
  const note = conceptNote(concept, language);
  const preferred = concept.preferred ? termOf(concept.preferred, language) : null;
  const meanings = showMeanings
    ? concept.meanings
        .map((m) => ({ ...m, text: inLanguage(m, language) }))
        .filter((m) => m.text.text !== '')
    : [];
  const Term = termAs;
  const k = 'glossary.definition';

  return (
    <div className="concept-definition">
      <Term className="concept-definition__term">
        <Side side={term} />
        {abbreviations.length > 0 && (
          <span className="concept-definition__abbreviations">
            {' ('}
            {abbreviations.map((abbreviation, i) => (
              <Fragment key={abbreviation}>
                {i > 0 && ', '}
                {/* The other language's own acronym ("POT" beside "OW") is said in it. */}
                <span lang={localeOf(abbreviationLanguage(concept, abbreviation, language))}>
                  {abbreviation}
                </span>
              </Fragment>
            ))}
            {')'}
          </span>
        )}
      </Term>
      {concept.status === 'deprecated' && (
        <p className="concept-definition__status">
          <span aria-hidden="true">⚠ </span>
          {preferred ? (
            <>
              {t(`${k}.deprecatedUse`)} <Side side={preferred} as="strong" />
            </>
          ) : (
            t(`${k}.deprecated`)
          )}
        </p>
      )}
      {definition.text ? (
        <>
          <Side side={definition} as="p" className="concept-definition__text" />
          {definition.fallback && (
            <p className="concept-definition__fallback">
              {t(`${k}.onlyIn`, { language: t(`glossary.language.${definition.lang}`) })}
            </p>
          )}
        </>
      ) : (
        <p className="concept-definition__none">{t(`${k}.none`)}</p>
      )}
      {note.text && (
        <p className="concept-definition__note">
          <span className="concept-definition__label">{t(`${k}.note`)} </span>
          <Side side={note} />
        </p>
      )}
      {meanings.length > 0 && (
        <dl className="concept-definition__meanings">
          {meanings.map((m) => (
            <div key={m.organizationId}>
              <dt>{t(`${k}.atAgency`, { agency: m.organizationName })}</dt>
              <dd>
                <Side side={m.text} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
