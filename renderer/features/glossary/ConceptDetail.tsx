import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Concept, Language } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreQuery } from '../../app/useCore';
import { useFormDialog } from '../../app/useFormDialog';
import { useSettings } from '../../app/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { localeOf } from '../../i18n';
import { useFormatDay } from '../directory/useFormatDay';
import { conceptTerm, otherLanguage, termOf } from './concept-text';
import { ConceptForm } from './ConceptForm';
import { MergeDialog } from './MergeDialog';
import { StatusText } from './StatusText';
import { useConceptActions } from './useConceptActions';

export interface ConceptDetailProps {
  /** The concept to show, or '' when none is open. */
  id: string;
  /** The address that opens another concept over the list (see-also links). */
  hrefOf: (id: string) => string;
  onClose: () => void;
  /** Closes the concept once deleted: the link that opened it has gone with it. */
  onDeleted: () => void;
}

/** One concept in full, both languages side by side, with edit, merge and delete. */
export function ConceptDetail({ id, hrefOf, onClose, onDeleted }: ConceptDetailProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const query = useCoreQuery('glossary.get', { id }, { handleErrors: true });
  const concept = id && query.data?.id === id ? query.data : undefined;
  const title = concept
    ? conceptTerm(concept, settings.language).text
    : query.isError
      ? t('glossary.detail.missingTitle')
      : t('common.loading');

  return (
    <Dialog title={title} isOpen={id !== ''} onOpenChange={(open) => !open && onClose()}>
      {concept ? (
        <ConceptDetailBody
          concept={concept}
          hrefOf={hrefOf}
          onClose={onClose}
          onDeleted={onDeleted}
        />
      ) : (
        <>
          {query.isError ? (
            <p className="notice notice--error">
              <span aria-hidden="true">⚠ </span>
              {isAppError(query.error) && query.error.code === 'not_found'
                ? t('glossary.detail.missing')
                : t(`errors.${isAppError(query.error) ? query.error.code : 'internal'}`)}
            </p>
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
          <div className="dialog__actions">
            <Button onPress={onClose}>{t('common.close')}</Button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function ConceptDetailBody({
  concept,
  hrefOf,
  onClose,
  onDeleted,
}: Omit<ConceptDetailProps, 'id'> & { concept: Concept }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const day = useFormatDay();
  const editing = useFormDialog(`glossary:${concept.id}`);
  const [merging, setMerging] = useState(false);
  const { remove } = useConceptActions();
  const language = settings.language;
  const k = 'glossary.detail';
  const conceptLink = (ref: { id: string; en: string; fr: string }) => {
    const term = termOf(ref, language);
    return (
      <Link to={hrefOf(ref.id)} lang={localeOf(term.lang)}>
        {term.text}
      </Link>
    );
  };

  // Read aloud or projected, the record shows what it says; what it lacks, the form shows.
  const optional = (row: DetailRow): DetailRow[] => (row[1] ? [row] : []);
  const shared: DetailRow[] = [
    [t('glossary.form.subject'), t(`glossary.subject.${concept.subject}`)],
    [
      t('glossary.form.status'),
      <StatusText
        key="status"
        status={concept.status}
        preferred={concept.preferred && conceptLink(concept.preferred)}
      />,
    ],
    ...optional([t('glossary.form.agency'), concept.organization?.name]),
    ...optional([
      t('glossary.form.meanings'),
      concept.meanings.length > 0 && (
        <ul className="plain-list concept-detail__meanings">
          {concept.meanings.map((m) => (
            <li key={m.organizationId}>
              <strong>{m.organizationName}</strong>
              {/* The app's language first, as in the table above. */}
              {[language, otherLanguage(language)].map(
                (side) =>
                  m[side] && (
                    <span key={side} className="concept-detail__meaning" lang={localeOf(side)}>
                      <span className="concept-detail__lang" lang={localeOf(language)}>
                        {t(`glossary.language.${side}Short`)}
                      </span>{' '}
                      {m[side]}
                    </span>
                  ),
              )}
            </li>
          ))}
        </ul>
      ),
    ]),
    ...optional([
      t('glossary.form.seeAlso'),
      concept.seeAlso.length > 0 && (
        <ul className="plain-list">
          {concept.seeAlso.map((ref) => (
            <li key={ref.id}>{conceptLink(ref)}</li>
          ))}
        </ul>
      ),
    ]),
    ...optional([t('glossary.form.reviewedOn'), concept.reviewedOn ? day(concept.reviewedOn) : '']),
    [t(`${k}.origin`), t(`${k}.originOf.${concept.origin}`)],
  ];

  return (
    <div className="concept-detail">
      <SidesTable concept={concept} />
      <DetailsList rows={shared} />
      <div className="dialog__actions concept-detail__actions">
        <Button onPress={onClose}>{t('common.close')}</Button>
        <Button
          variant="danger"
          onPress={() =>
            void remove(concept).then((deleted) => {
              if (deleted) onDeleted();
            })
          }
        >
          {t('common.delete')}
        </Button>
        <Button onPress={() => setMerging(true)}>{t(`${k}.merge`)}</Button>
        <Button variant="primary" onPress={editing.open}>
          {t('common.edit')}
        </Button>
      </div>
      <ConceptForm dialog={editing} concept={concept} />
      <MergeDialog kept={concept} isOpen={merging} onOpenChange={setMerging} />
    </div>
  );
}

/**
 * Both languages' sides in two columns, as termbases show them; the app's language first, as in
 * the list.
 */
function SidesTable({ concept }: { concept: Concept }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const sides = [settings.language, otherLanguage(settings.language)] as const;
  const k = 'glossary.form';
  const cell = (language: Language, value: ReactNode) => (
    <td key={language} lang={localeOf(language)}>
      {value || (
        <span className="muted" lang={localeOf(settings.language)}>
          {t('common.notSet')}
        </span>
      )}
    </td>
  );
  // Term and definition always, "Not set" saying what is missing; the other rows when filled.
  const rows: [string, (language: Language) => ReactNode][] = (
    [
      [t(`${k}.term`), (l) => concept[l].term, true],
      [t(`${k}.abbreviations`), (l) => concept[l].abbreviations.join(', '), false],
      [t(`${k}.synonyms`), (l) => concept[l].synonyms.join('\n'), false],
      [t(`${k}.definition`), (l) => concept[l].definition, true],
      [t(`${k}.note`), (l) => concept[l].note, false],
    ] satisfies [string, (language: Language) => string, boolean][]
  )
    .filter(([, value, always]) => always || value('en') || value('fr'))
    .map(([label, value]) => [label, value]);
  return (
    <table className="table concept-detail__sides">
      <caption className="visually-hidden">{t('glossary.detail.sides')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('glossary.detail.field')}</span>
          </th>
          {sides.map((language) => (
            <th key={language} scope="col">
              {t(`glossary.language.${language}Side`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {sides.map((language) => cell(language, value(language)))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
