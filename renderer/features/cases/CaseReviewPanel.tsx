import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  AgendaItem,
  Case,
  CaseAgency,
  CaseReview,
  MeetingDetail,
} from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { DateField } from '../../components/DateField';
import { IdentifierHints } from '../../components/IdentifierHints';
import { TextField } from '../../components/TextField';
import { useErrorToast } from '../meetings/useErrorToast';
import { SaveStatusLine } from '../notes/NotesEditor';
import { ConsentText, consentGapsOf, OkMark, WarningMark } from './CaseMarks';
import { CasePicker } from './CasePicker';
import { casePath } from './links';
import { useCaseReviewAutosave } from './useCaseReviewAutosave';
import './cases.css';

export interface CaseReviewPanelProps {
  detail: MeetingDetail;
  item: AgendaItem;
  /** How many actions the item has: they are the review's agreed actions, listed below. */
  actionCount: number;
}

/**
 * A case review in the field's order: the case and its consent, the presenting agency, the
 * situation (de-identified), clarifying questions, what each agency can offer, the agreed actions
 * (the item's actions, below) and the next review. Every field saves itself as it is typed.
 */
export function CaseReviewPanel({ detail, item, actionCount }: CaseReviewPanelProps) {
  const { t } = useTranslation();
  const review = useCoreQuery('caseReview.get', { itemId: item.id }, { handleErrors: true });

  return (
    <section className="case-review" aria-labelledby="case-review-title">
      <h3 id="case-review-title" className="case-review__title">
        {t('caseReview.title')}
      </h3>
      {review.isError ? (
        <p role="alert" className="notice notice--error">
          {t('caseReview.loadFailed')}
        </p>
      ) : !review.data ? (
        <p role="status">{t('common.loading')}</p>
      ) : item.caseId ? (
        <ReviewOfCase
          caseId={item.caseId}
          detail={detail}
          item={item}
          stored={review.data}
          actionCount={actionCount}
        />
      ) : (
        <ReviewFields detail={detail} item={item} stored={review.data} actionCount={actionCount} />
      )}
    </section>
  );
}

interface ReviewFieldsProps {
  detail: MeetingDetail;
  item: AgendaItem;
  stored: CaseReview;
  actionCount: number;
  /** The case reviewed, once loaded. */
  kase?: Case | undefined;
}

function ReviewOfCase({ caseId, ...props }: ReviewFieldsProps & { caseId: string }) {
  const query = useCoreQuery('case.get', { id: caseId }, { handleErrors: true });
  return <ReviewFields {...props} kase={query.data} />;
}

function ReviewFields({ detail, item, kase, stored, actionCount }: ReviewFieldsProps) {
  const { t } = useTranslation();
  const autosave = useCaseReviewAutosave(item.id, stored);
  const { values, change, flush } = autosave;
  const agencies = offerAgencies(detail, kase, stored);
  const caseCode = item.caseCode ?? kase?.code ?? null;
  // Until the case is loaded, its agencies' consent is not known: say nothing rather than "not on it".
  const consentKnown = !item.caseId || kase !== undefined;
  const text = (field: 'situation' | 'questions') => ({
    id: `case-review-${field}-${item.id}`,
    value: values[field],
    onChange: (value: string) => change({ [field]: value }),
    onBlur: flush,
  });
  /** Under each text: the identifiers it seems to hold, with a button replacing each one. */
  const hints = (fieldId: string, value: string, onChange: (next: string) => void) => (
    <IdentifierHints value={value} onChange={onChange} caseCode={caseCode} fieldId={fieldId} />
  );

  return (
    <>
      <CaseLine item={item} kase={kase} />
      <p className="case-review__presenting">
        <strong>{t('caseReview.presentingLabel')}</strong>{' '}
        {item.presenterOrganizationName ?? (
          <span className="muted">{t('caseReview.noPresenting')}</span>
        )}
      </p>
      <TextField
        {...text('situation')}
        label={t('caseReview.situation')}
        description={t('caseReview.situationDescription')}
        multiline
      />
      {hints(text('situation').id, values.situation, (situation) => change({ situation }))}
      <TextField {...text('questions')} label={t('caseReview.questions')} multiline />
      {hints(text('questions').id, values.questions, (questions) => change({ questions }))}
      <fieldset className="case-review__offers">
        <legend>{t('caseReview.offers')}</legend>
        {agencies.length === 0 ? (
          <p className="muted">{t('caseReview.noAgencies')}</p>
        ) : (
          agencies.map((agency) => {
            const fieldId = `case-review-offer-${item.id}-${agency.id}`;
            const consentId = `${fieldId}-consent`;
            const offer = values.offers[agency.id] ?? '';
            const setOffer = (next: string) =>
              change({ offers: { ...values.offers, [agency.id]: next } });
            return (
              <div key={agency.id} className="case-review__offer">
                <TextField
                  id={fieldId}
                  aria-describedby={consentKnown ? consentId : undefined}
                  label={agency.name}
                  value={offer}
                  onChange={setOffer}
                  onBlur={flush}
                  multiline
                />
                {consentKnown && <OfferConsent id={consentId} agency={agency.onCase} />}
                {hints(fieldId, offer, setOffer)}
              </div>
            );
          })
        )}
      </fieldset>
      <p className="case-review__actions">
        <strong>{t('caseReview.agreedActionsLabel')}</strong>{' '}
        {t('caseReview.agreedActionsBelow', { count: actionCount })}
      </p>
      <DateField
        label={t('caseReview.nextReview')}
        description={t('caseReview.nextReviewDescription')}
        value={values.nextReviewDate}
        onChange={(nextReviewDate) => change({ nextReviewDate }, true)}
      />
      <SaveStatusLine status={autosave.status} />
    </>
  );
}

/** The case by its code with its consent at a glance, or a picker while none is chosen. */
function CaseLine({ item, kase }: { item: AgendaItem; kase: Case | undefined }) {
  const { t } = useTranslation();
  const failed = useErrorToast();
  const save = useCoreMutation('caseReview.save');
  if (!item.caseId) {
    return (
      <CasePicker
        value=""
        onChange={(caseId) => {
          if (caseId) void save.mutateAsync({ itemId: item.id, caseId }).catch(failed);
        }}
        draftKey={`notes:case-review:${item.id}`}
        description={t('caseReview.pickDescription')}
      />
    );
  }
  const gaps = kase ? consentGapsOf(kase.agencies).length : 0;
  return (
    <p className="case-review__case">
      <Link to={casePath(item.caseId)} className="case-code case-code--large">
        {item.caseCode ?? kase?.code}
      </Link>
      {kase && (
        <>
          {' '}
          {gaps > 0 ? (
            <WarningMark>{t('cases.consent.gaps', { count: gaps })}</WarningMark>
          ) : kase.agencies.length > 0 ? (
            <OkMark>{t('cases.consent.allConsent')}</OkMark>
          ) : (
            <span className="muted">{t('cases.consent.noAgencies')}</span>
          )}
        </>
      )}
    </p>
  );
}

/**
 * Beside an agency's offer, its consent to share in words and icon ("Yes", "No", "Expired on …",
 * "Not on the case"), and for those without consent a reminder to keep the offer de-identified:
 * what is written here is about the client, and may be shared with that agency.
 */
function OfferConsent({ id, agency }: { id: string; agency: CaseAgency | null }) {
  const { t } = useTranslation();
  const remind =
    !agency || agency.expired || agency.consent === 'no' || agency.consent === 'unknown';
  return (
    <p id={id} className="case-review__offer-consent">
      {t('caseReview.offerConsent')}{' '}
      {agency ? (
        <ConsentText agency={agency} />
      ) : (
        <WarningMark>{t('caseReview.offerNotInvolved')}</WarningMark>
      )}
      {remind && (
        <span className="case-review__offer-reminder"> {t('caseReview.offerReminder')}</span>
      )}
    </p>
  );
}

/**
 * The agencies asked what they can offer: those on the case (with their consent), then others
 * present today (not on the case: no consent on file).
 */
function offerAgencies(detail: MeetingDetail, kase: Case | undefined, stored: CaseReview) {
  const onCase = new Map((kase?.agencies ?? []).map((a) => [a.organizationId, a]));
  const seen = new Map<string, string>();
  for (const a of kase?.agencies ?? []) seen.set(a.organizationId, a.name);
  for (const a of detail.attendance) {
    if (a.status === 'present' && a.organizationId && a.organizationName) {
      if (!seen.has(a.organizationId)) seen.set(a.organizationId, a.organizationName);
    }
  }
  // An offer already written stays in view even if its agency left the case since.
  for (const o of stored.offers)
    if (!seen.has(o.organizationId)) seen.set(o.organizationId, o.name);
  return [...seen].map(([id, name]) => ({ id, name, onCase: onCase.get(id) ?? null }));
}
