import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Concept } from '../../../shared/contract';
import { useSettings } from '../../app/useSettings';
import { DataTable } from '../../components/DataTable';
import { localeOf } from '../../i18n';
import { conceptAbbreviations, conceptTerm, otherLanguage, termOf } from './concept-text';
import { StatusText } from './StatusText';

export interface ConceptTableProps {
  concepts: readonly Concept[];
  /** The address that opens a concept over the list. */
  hrefOf: (id: string) => string;
}

/** The glossary's concepts, the app's language first with the other beside it. */
export function ConceptTable({ concepts, hrefOf }: ConceptTableProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const language = settings.language;
  const other = otherLanguage(language);
  const k = 'glossary.list';
  // A column nobody fills is only clutter on a projected screen (few glossaries name agencies).
  const withAgency = concepts.some((concept) => concept.organization);

  return (
    <DataTable
      caption={t(`${k}.caption`)}
      className="glossary-table"
      columns={[
        t(`glossary.language.${language}Side`),
        t(`glossary.language.${other}Side`),
        t(`${k}.columns.abbreviations`),
        t(`${k}.columns.subject`),
        t(`${k}.columns.status`),
        ...(withAgency ? [t(`${k}.columns.agency`)] : []),
      ]}
      empty=""
      rows={concepts.map((concept) => {
        const term = conceptTerm(concept, language);
        const otherTerm = concept[other].term;
        const preferred = concept.preferred && termOf(concept.preferred, language);
        return (
          <tr key={concept.id}>
            <th scope="row">
              <Link to={hrefOf(concept.id)} lang={localeOf(term.lang)}>
                {term.text}
              </Link>
              {term.fallback && (
                <span className="glossary-table__only">
                  {' '}
                  {t(`${k}.onlyIn`, { language: t(`glossary.language.${term.lang}`) })}
                </span>
              )}
            </th>
            <td lang={otherTerm ? localeOf(other) : undefined}>
              {otherTerm || (
                <span className="muted glossary-table__missing">{t(`${k}.missing`)}</span>
              )}
            </td>
            <td>
              {/* Each acronym kept whole: "CMSM, GSMR" breaks between them, not inside one. */}
              {conceptAbbreviations(concept, language).map((abbreviation, i) => (
                <Fragment key={abbreviation}>
                  {i > 0 && ', '}
                  <span className="glossary-table__acronym">{abbreviation}</span>
                </Fragment>
              ))}
            </td>
            <td>{t(`glossary.subject.${concept.subject}`)}</td>
            <td>
              <StatusText
                status={concept.status}
                preferred={
                  preferred && <strong lang={localeOf(preferred.lang)}>{preferred.text}</strong>
                }
              />
            </td>
            {withAgency && <td>{concept.organization?.name}</td>}
          </tr>
        );
      })}
    />
  );
}
