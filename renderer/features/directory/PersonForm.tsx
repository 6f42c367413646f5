import { useTranslation } from 'react-i18next';
import { contract, PersonDraft, type Person } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';

interface PersonValues {
  name: string;
  email: string;
  phone: string;
  notes: string;
  /** Only when creating: where the person works now ('' for nowhere yet). */
  organizationId: string;
  role: string;
}

const EMPTY: PersonValues = {
  name: '',
  email: '',
  phone: '',
  notes: '',
  organizationId: '',
  role: '',
};

/** The create call's input: the person, and their first job if an organization was chosen. */
const toCreateInput = ({ organizationId, role, ...person }: PersonValues) =>
  organizationId ? { ...person, membership: { organizationId, role } } : person;

const toEditInput = ({ organizationId: _o, role: _r, ...person }: PersonValues) => person;

export interface PersonFormProps {
  dialog: FormDialog;
  /** The person to edit; without it the form creates a new one. */
  person?: Person;
}

export function PersonForm({ dialog, person }: PersonFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={dialog}
      title={person ? t('directory.person.editTitle') : t('directory.person.createTitle')}
    >
      {person ? <EditPerson dialog={dialog} person={person} /> : <CreatePerson dialog={dialog} />}
    </FormDialogFrame>
  );
}

function CreatePerson({ dialog }: { dialog: FormDialog }) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCoreMutation('person.create');
  const organizations = useCoreQuery('org.list', {});
  const form = useDraftForm({
    key: dialog.key,
    initial: () => EMPTY,
    schema: contract['person.create'].input,
    toInput: toCreateInput,
  });

  const submit = form.onSubmit(async (input) => {
    const saved = await create.mutateAsync(input);
    dialog.close();
    toast.info(t('directory.person.created', { name: saved.name }));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <PersonFields form={form} />
        <Select
          label={t('directory.person.firstOrganization')}
          description={t('directory.person.firstOrganizationDescription')}
          name="organizationId"
          value={form.values.organizationId}
          onChange={(id) => form.set('organizationId', id)}
          errorMessage={form.errors.organizationId}
          options={[
            { id: '', label: t('directory.person.noOrganization') },
            ...(organizations.data ?? []).map((o) => ({ id: o.id, label: o.name })),
          ]}
        />
        <TextField
          {...form.text('role')}
          label={t('directory.membership.role')}
          isDisabled={form.values.organizationId === ''}
        />
        <div className="form__wide">
          <TextField {...form.text('notes')} label={t('directory.person.fields.notes')} multiline />
        </div>
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('directory.person.create')} />
    </form>
  );
}

function EditPerson({ dialog, person }: { dialog: FormDialog; person: Person }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useCoreMutation('person.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: () => ({ ...EMPTY, ...pickPerson(person) }),
    schema: PersonDraft,
    toInput: toEditInput,
  });

  const submit = form.onSubmit(async (changes) => {
    const saved = await update.mutateAsync({ id: person.id, changes });
    dialog.close();
    toast.info(t('directory.person.saved', { name: saved.name }));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <PersonFields form={form} />
        <div className="form__wide">
          <TextField {...form.text('notes')} label={t('directory.person.fields.notes')} multiline />
        </div>
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('common.save')} />
    </form>
  );
}

const pickPerson = ({ name, email, phone, notes }: Person) => ({ name, email, phone, notes });

interface TextBinding {
  text: (name: 'name' | 'email' | 'phone') => {
    name: string;
    value: string;
    onChange: (value: string) => void;
    onBlur: () => void;
    errorMessage: string | undefined;
  };
}

function PersonFields({ form }: { form: TextBinding }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form__wide">
        <TextField
          {...form.text('name')}
          label={t('directory.person.fields.name')}
          isRequired
          autoFocus
        />
      </div>
      <TextField {...form.text('email')} label={t('directory.person.fields.email')} type="email" />
      <TextField {...form.text('phone')} label={t('directory.person.fields.phone')} type="tel" />
    </>
  );
}
