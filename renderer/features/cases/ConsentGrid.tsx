import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentState, type Case, type CaseAgency } from '../../../shared/contract';
import { isAppError } from '../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { IdentifierHints } from '../../components/IdentifierHints';
import { issuesToFieldErrors, type FieldErrors } from '../../components/field-errors';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { useErrorToast } from '../meetings/useErrorToast';
import { NONE } from '../meetings/useDirectoryOptions';
import { ConsentText, consentGapsOf, OkMark, WarningMark } from './CaseMarks';

/** A pause after typing a date before it is saved; the consent itself is saved at once. */
const DATE_DELAY_MS = 600;
const TEXT_DELAY_MS = 1000;

/** Consent to share, one row per agency involved: each change is saved as it is made. */
export function ConsentGrid({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const gaps = consentGapsOf(kase.agencies).length;
  return (
    <section aria-labelledby="case-consent" className="consent">
      <h2 id="case-consent">{t('cases.consent.title')}</h2>
      <p className="consent__summary">
        {kase.agencies.length === 0 ? (
          t('cases.consent.noAgencies')
        ) : gaps > 0 ? (
          <WarningMark>{t('cases.consent.gaps', { count: gaps })}</WarningMark>
        ) : (
          <OkMark>{t('cases.consent.allConsent')}</OkMark>
        )}
      </p>
      {kase.agencies.length > 0 && (
        <div className="consent__scroll">
          <table className="table consent-grid">
            <caption className="visually-hidden">{t('cases.consent.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.consent.columns.agency')}</th>
                <th scope="col">{t('cases.consent.columns.consent')}</th>
                <th scope="col">{t('cases.consent.columns.date')}</th>
                <th scope="col">{t('cases.consent.columns.expires')}</th>
                <th scope="col">{t('cases.consent.columns.form')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kase.agencies.map((agency) => (
                <ConsentRow
                  key={agency.organizationId}
                  kase={kase}
                  agency={agency}
                  isLead={agency.organizationId === kase.leadOrganizationId}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddAgency kase={kase} />
    </section>
  );
}

interface ConsentFields {
  consent: ConsentState;
  consentDate: string | null;
  expiresOn: string | null;
  formReference: string;
}

const fieldsOf = (a: CaseAgency): ConsentFields => ({
  consent: a.consent,
  consentDate: a.consentDate,
  expiresOn: a.expiresOn,
  formReference: a.formReference,
});

/** Fields a date check can refuse, leaving the rest of the row worth saving. */
const DATE_FIELDS: ReadonlySet<string> = new Set(['consentDate', 'expiresOn']);

const sameFields = (a: ConsentFields, b: ConsentFields) =>
  a.consent === b.consent &&
  a.consentDate === b.consentDate &&
  a.expiresOn === b.expiresOn &&
  a.formReference === b.formReference;

/**
 * One agency's row. What is typed is shown at once and kept until the core has it: a refused
 * value stays in its field with the reason under it, and leaving the screen saves what waits.
 */
function ConsentRow({ kase, agency, isLead }: { kase: Case; agency: CaseAgency; isLead: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const setConsent = useCoreMutation('case.setConsent');
  const removeAgency = useCoreMutation('case.removeAgency');
  const [draft, setDraft] = useState<ConsentFields | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const waiting = useRef<{ fields: ConsentFields; timer: ReturnType<typeof setTimeout> } | null>(
    null,
  );
  const stored = fieldsOf(agency);
  // Once the core's copy has caught up with what was typed, show the core's again.
  if (draft && sameFields(draft, stored)) setDraft(null);
  const shown = draft ?? stored;
  const { organizationId, name } = agency;
  const formId = `consent-form-${kase.id}-${organizationId}`;
  const ids = { caseId: kase.id, organizationId };

  const save = async (fields: ConsentFields) => {
    try {
      await setConsent.mutateAsync({ ...ids, ...fields });
      setErrors({});
    } catch (error) {
      if (!isAppError(error) || !error.issues?.length) return failed(error);
      const refused = issuesToFieldErrors(error.issues, t, t('validation.invalid'));
      setErrors(refused);
      // A refused date must not take the rest of the row with it: the consent and the form
      // reference are saved with the dates already on file, and the dates typed stay in their
      // fields with the reason beside them until corrected.
      if (Object.keys(refused).every((field) => DATE_FIELDS.has(field))) {
        const kept = { ...fields, consentDate: agency.consentDate, expiresOn: agency.expiresOn };
        if (!sameFields(kept, fieldsOf(agency))) {
          await setConsent.mutateAsync({ ...ids, ...kept }).catch(failed);
        }
      }
    }
  };

  const flush = () => {
    const pending = waiting.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    waiting.current = null;
    void save(pending.fields);
  };

  const change = (patch: Partial<ConsentFields>, delayMs: number) => {
    const next = { ...shown, ...patch };
    setDraft(next);
    if (waiting.current) clearTimeout(waiting.current.timer);
    waiting.current = { fields: next, timer: setTimeout(flush, delayMs) };
  };

  // Leaving the case (or the row) saves what was still waiting.
  const flushOnLeave = useEffectEvent(flush);
  useEffect(() => () => flushOnLeave(), []);

  const remove = () =>
    removeAgency.mutateAsync(ids).then(
      () =>
        toast.info(t('cases.consent.removed', { name }), {
          label: t('common.undo'),
          onAction: () =>
            void setConsent.mutateAsync({ ...ids, ...fieldsOf(agency) }).catch(failed),
        }),
      failed,
    );

  return (
    <tr>
      <th scope="row">
        <span className="consent-grid__agency">{name}</span>
        {isLead && <Badge>{t('cases.consent.lead')}</Badge>}
        <span className="consent-grid__state">
          <ConsentText agency={agency} />
        </span>
      </th>
      <td>
        <Select<ConsentState>
          label={t('cases.consent.consentFor', { name })}
          value={shown.consent}
          onChange={(consent) => change({ consent }, 0)}
          errorMessage={errors.consent}
          options={ConsentState.options.map((s) => ({
            id: s,
            label: t(`cases.consent.state.${s}`),
          }))}
        />
      </td>
      <td>
        <DateField
          label={t('cases.consent.dateFor', { name })}
          value={shown.consentDate}
          onChange={(consentDate) => change({ consentDate }, DATE_DELAY_MS)}
          onBlur={flush}
          errorMessage={errors.consentDate}
        />
      </td>
      <td>
        <DateField
          label={t('cases.consent.expiresFor', { name })}
          value={shown.expiresOn}
          onChange={(expiresOn) => change({ expiresOn }, DATE_DELAY_MS)}
          onBlur={flush}
          errorMessage={errors.expiresOn}
        />
      </td>
      <td>
        <TextField
          id={formId}
          label={t('cases.consent.formFor', { name })}
          value={shown.formReference}
          onChange={(formReference) => change({ formReference }, TEXT_DELAY_MS)}
          onBlur={flush}
          errorMessage={errors.formReference}
          autoComplete="off"
        />
        {/* A form reference is sometimes typed as the client's name or health card number. */}
        <IdentifierHints
          value={shown.formReference}
          onChange={(formReference) => change({ formReference }, TEXT_DELAY_MS)}
          caseCode={kase.code}
          fieldId={formId}
        />
      </td>
      <td>
        {!isLead && (
          <Button
            variant="quiet"
            onPress={() => void remove()}
            aria-label={t('common.actionOn', { action: t('cases.consent.remove'), name })}
          >
            {t('cases.consent.remove')}
          </Button>
        )}
      </td>
    </tr>
  );
}

/** Adds an agency to the case, its consent unknown until set. */
function AddAgency({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const toast = useToast();
  const failed = useErrorToast();
  const setConsent = useCoreMutation('case.setConsent');
  const organizations = useCoreQuery('org.list', {});
  const [picked, setPicked] = useState<string>(NONE);
  const involved = new Set(kase.agencies.map((a) => a.organizationId));
  const options = (organizations.data ?? [])
    .filter((o) => !involved.has(o.id))
    .map((o) => ({ id: o.id, label: o.name }));
  const chosen = options.find((o) => o.id === picked);

  const add = () => {
    if (!chosen) return;
    void setConsent
      .mutateAsync({ caseId: kase.id, organizationId: chosen.id, consent: 'unknown' })
      .then(() => {
        setPicked(NONE);
        toast.info(t('cases.consent.added', { name: chosen.label }));
      }, failed);
  };

  if (options.length === 0) return null;
  return (
    <div className="consent__add">
      <Select
        label={t('cases.consent.addLabel')}
        value={chosen ? picked : NONE}
        onChange={setPicked}
        options={[{ id: NONE, label: t('cases.consent.choose') }, ...options]}
      />
      <Button onPress={add} isDisabled={!chosen}>
        {t('cases.consent.add')}
      </Button>
    </div>
  );
}
