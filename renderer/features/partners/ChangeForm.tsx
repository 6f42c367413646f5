import { useTranslation } from 'react-i18next';
import { ChangeDraft, type SignificantChange } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { Checkbox } from '../../components/Checkbox';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { usePartnerFormat } from './usePartnerFormat';

/** The value of "whose change" for the user's own agency. */
const OURS = '';

interface ChangeValues {
  title: string;
  description: string;
  organizationId: string;
  effectiveDate: string | null;
  /** Tell every member partner (the core's default), or only those chosen. */
  tell: 'members' | 'chosen';
  partnerIds: string[];
}

const toInput = ({ organizationId, tell, partnerIds, ...values }: ChangeValues) => ({
  ...values,
  organizationId: organizationId || null,
  ...(tell === 'chosen' ? { partnerIds } : {}),
});

export interface ChangeFormProps {
  dialog: FormDialog;
  /** The change to edit; without it the form records a new one. */
  change?: SignificantChange;
}

export function ChangeForm({ dialog, change }: ChangeFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={change ? t('partners.changes.editTitle') : t('partners.changes.createTitle')}
    >
      <ChangeFormBody dialog={dialog} change={change} />
    </FormDialogFrame>
  );
}

function ChangeFormBody({ dialog, change }: ChangeFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = usePartnerFormat();
  const add = useCoreMutation('change.add');
  const update = useCoreMutation('change.update');
  const partners = useCoreQuery('partner.cadence', {});
  const form = useDraftForm({
    key: dialog.key,
    initial: (): ChangeValues => ({
      title: change?.title ?? '',
      description: change?.description ?? '',
      organizationId: change?.organizationId ?? OURS,
      effectiveDate: change?.effectiveDate ?? null,
      tell: 'members',
      partnerIds: [],
    }),
    schema: ChangeDraft,
    toInput,
  });
  const { values } = form;
  const k = 'partners.changes';

  const sorted = [...(partners.data ?? [])].sort((a, b) => format.collator.compare(a.name, b.name));
  // The core's default: every member partner but the one whose change it is.
  const members = sorted.filter(
    (p) => p.networkStatus === 'member' && p.organizationId !== values.organizationId,
  );
  const candidates = sorted.filter((p) => p.organizationId !== values.organizationId);

  const togglePartner = (id: string, on: boolean) =>
    form.set(
      'partnerIds',
      on ? [...values.partnerIds, id] : values.partnerIds.filter((p) => p !== id),
    );

  const submit = form.onSubmit(async ({ partnerIds, ...changes }) => {
    const saved = change
      ? await update.mutateAsync({ id: change.id, changes })
      : await add.mutateAsync({ ...changes, ...(partnerIds ? { partnerIds } : {}) });
    dialog.close();
    toast.info(t(change ? `${k}.saved` : `${k}.created`, { title: saved.title }));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <div className="form__wide">
          <TextField {...form.text('title')} label={t(`${k}.fields.title`)} isRequired autoFocus />
        </div>
        <div className="form__wide">
          <TextField
            {...form.text('description')}
            label={t(`${k}.fields.description`)}
            description={t(`${k}.fields.descriptionHelp`)}
            multiline
          />
        </div>
        <Select<string>
          label={t(`${k}.fields.whose`)}
          name="organizationId"
          value={values.organizationId}
          onChange={(id) => form.set('organizationId', id)}
          errorMessage={form.errors.organizationId}
          options={[
            { id: OURS, label: t(`${k}.fields.ourAgency`) },
            ...sorted.map((p) => ({ id: p.organizationId, label: p.name })),
          ]}
        />
        <DateField
          label={t(`${k}.fields.effective`)}
          name="effectiveDate"
          value={values.effectiveDate}
          onChange={(day) => form.set('effectiveDate', day)}
          errorMessage={form.errors.effectiveDate}
        />
        {!change && (
          <div className="form__wide">
            <RadioGroup<ChangeValues['tell']>
              label={t(`${k}.fields.tell`)}
              value={values.tell}
              onChange={(tell) => form.set('tell', tell)}
              options={[
                {
                  value: 'members',
                  label: t(`${k}.fields.tellMembers`, { count: members.length }),
                },
                { value: 'chosen', label: t(`${k}.fields.tellChosen`) },
              ]}
            />
            {values.tell === 'chosen' && (
              <fieldset className="partner-picks">
                <legend className="visually-hidden">{t(`${k}.fields.partners`)}</legend>
                {candidates.length === 0 ? (
                  <p className="muted">{t(`${k}.fields.noPartners`)}</p>
                ) : (
                  candidates.map((p) => (
                    <Checkbox
                      key={p.organizationId}
                      isSelected={values.partnerIds.includes(p.organizationId)}
                      onChange={(on) => togglePartner(p.organizationId, on)}
                    >
                      {p.networkStatus === 'potential'
                        ? t(`${k}.fields.potentialName`, { name: p.name })
                        : p.name}
                    </Checkbox>
                  ))
                )}
                {form.errors.partnerIds && (
                  <p className="field__error" role="alert">
                    {form.errors.partnerIds}
                  </p>
                )}
              </fieldset>
            )}
          </div>
        )}
      </div>
      <FormActions
        onCancel={dialog.close}
        submitLabel={change ? t('common.save') : t(`${k}.create`)}
      />
    </form>
  );
}
