import { useTranslation } from 'react-i18next';
import { OrgKind, OrganizationDraft, type Organization } from '../../../shared/contract';
import { useCoreMutation } from '../../app/useCore';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { DateField } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';

interface OrganizationValues {
  name: string;
  shortName: string;
  kind: OrgKind;
  services: string;
  phone: string;
  email: string;
  website: string;
  address: string;
  notes: string;
  lastVerified: string | null;
}

const EMPTY: OrganizationValues = {
  name: '',
  shortName: '',
  kind: 'external_partner',
  services: '',
  phone: '',
  email: '',
  website: '',
  address: '',
  notes: '',
  lastVerified: null,
};

const valuesOf = ({
  archivedAt: _a,
  createdAt: _c,
  updatedAt: _u,
  id: _id,
  ...values
}: Organization) => values satisfies OrganizationValues;

export interface OrganizationFormProps {
  dialog: FormDialog;
  /** The organization to edit; without it the form creates a new one. */
  organization?: Organization;
}

export function OrganizationForm({ dialog, organization }: OrganizationFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={organization ? t('directory.org.editTitle') : t('directory.org.createTitle')}
    >
      <OrganizationFormBody dialog={dialog} organization={organization} />
    </FormDialogFrame>
  );
}

function OrganizationFormBody({ dialog, organization }: OrganizationFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCoreMutation('org.create');
  const update = useCoreMutation('org.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => (organization ? valuesOf(organization) : EMPTY),
    // Edits send every field, so one schema checks both: the contract's rules for an organization.
    schema: OrganizationDraft,
  });
  const { values } = form;

  const submit = form.onSubmit(async (input) => {
    const saved = organization
      ? await update.mutateAsync({ id: organization.id, changes: input })
      : await create.mutateAsync(input);
    dialog.close();
    toast.info(
      t(organization ? 'directory.org.saved' : 'directory.org.created', { name: saved.name }),
    );
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <div className="form__wide">
          <TextField
            {...form.text('name')}
            label={t('directory.org.fields.name')}
            isRequired
            autoFocus
          />
        </div>
        <TextField
          {...form.text('shortName')}
          label={t('directory.org.fields.shortName')}
          description={t('directory.org.fields.shortNameDescription')}
        />
        <Select<OrgKind>
          label={t('directory.org.fields.kind')}
          name="kind"
          value={values.kind}
          onChange={(kind) => form.set('kind', kind)}
          errorMessage={form.errors.kind}
          options={OrgKind.options.map((k) => ({ id: k, label: t(`directory.org.kind.${k}`) }))}
        />
        <TextField {...form.text('phone')} label={t('directory.org.fields.phone')} type="tel" />
        <TextField {...form.text('email')} label={t('directory.org.fields.email')} type="email" />
        <TextField
          {...form.text('website')}
          label={t('directory.org.fields.website')}
          description={t('directory.org.fields.websiteDescription')}
        />
        <DateField
          label={t('directory.org.fields.lastVerified')}
          description={t('directory.org.fields.lastVerifiedDescription')}
          name="lastVerified"
          value={values.lastVerified}
          onChange={(day) => form.set('lastVerified', day)}
          errorMessage={form.errors.lastVerified}
        />
        <div className="form__wide">
          <TextField
            {...form.text('services')}
            label={t('directory.org.fields.services')}
            multiline
          />
        </div>
        <div className="form__wide">
          <TextField
            {...form.text('address')}
            label={t('directory.org.fields.address')}
            multiline
          />
        </div>
        <div className="form__wide">
          <TextField {...form.text('notes')} label={t('directory.org.fields.notes')} multiline />
        </div>
      </div>
      <FormActions
        onCancel={dialog.close}
        submitLabel={organization ? t('common.save') : t('directory.org.create')}
      />
    </form>
  );
}
