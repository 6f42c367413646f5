import { useTranslation } from 'react-i18next';
import { ContactChannel, ContactDraft, type Contact } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { todayIso } from '../meetings/schedule';

interface ContactValues {
  /** Together, so that choosing another organization also clears the person in one change. */
  who: {
    organizationId: string;
    /** '' for nobody in particular. */
    personId: string;
  };
  date: string | null;
  channel: ContactChannel;
  summary: string;
  followUpDate: string | null;
}

const toInput = ({ who, ...values }: ContactValues) => ({
  ...values,
  organizationId: who.organizationId,
  personId: who.personId || null,
});

export interface ContactFormProps {
  dialog: FormDialog;
  /** The partner the contact is with (preset; it can still be changed in the form). */
  organizationId: string;
  organizationName: string;
  /** The logged contact to edit; without it the form logs a new one. */
  contact?: Contact;
}

/** Log a contact with a partner, or correct one: who, when, how, what was said, what follows. */
export function ContactForm(props: ContactFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={props.dialog}
      title={
        props.contact
          ? t('partners.contact.editTitle')
          : t('partners.contact.logTitle', { name: props.organizationName })
      }
    >
      <ContactFormBody {...props} />
    </FormDialogFrame>
  );
}

function ContactFormBody({ dialog, organizationId, contact }: ContactFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useCoreMutation('contact.add');
  const update = useCoreMutation('contact.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: (): ContactValues =>
      contact
        ? {
            who: { organizationId: contact.organizationId, personId: contact.personId ?? '' },
            date: contact.date,
            channel: contact.channel,
            summary: contact.summary,
            followUpDate: contact.followUpDate,
          }
        : {
            who: { organizationId, personId: '' },
            date: todayIso(),
            channel: 'call',
            summary: '',
            followUpDate: null,
          },
    // An edit sends every field, so the draft's rules check both.
    schema: ContactDraft,
    toInput,
  });
  const { values } = form;
  const { who } = values;
  const organizations = useCoreQuery('org.list', {});
  const people = useCoreQuery('person.list', { organizationId: who.organizationId });

  const organizationOptions = (organizations.data ?? []).map((o) => ({ id: o.id, label: o.name }));
  // An organization archived since the contact was logged stays choosable for that contact.
  if (!organizationOptions.some((o) => o.id === who.organizationId) && contact) {
    organizationOptions.unshift({ id: contact.organizationId, label: contact.organizationName });
  }
  const personOptions = [
    { id: '', label: t('partners.contact.nobody') },
    ...(people.data ?? []).map((p) => ({ id: p.id, label: p.name })),
  ];
  if (contact?.personId && contact.personName && who.personId === contact.personId) {
    if (!personOptions.some((p) => p.id === contact.personId)) {
      personOptions.push({ id: contact.personId, label: contact.personName });
    }
  }

  const submit = form.onSubmit(async (input) => {
    const saved = contact
      ? await update.mutateAsync({ id: contact.id, changes: input })
      : await add.mutateAsync(input);
    dialog.close();
    toast.info(
      t(contact ? 'partners.contact.saved' : 'partners.contact.logged', {
        name: saved.organizationName,
      }),
    );
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <Select<string>
          label={t('partners.contact.fields.organization')}
          name="organizationId"
          value={who.organizationId}
          onChange={(id) =>
            // The person chosen works at the other organization: choose again.
            form.set('who', id === who.organizationId ? who : { organizationId: id, personId: '' })
          }
          errorMessage={form.errors.organizationId}
          options={organizationOptions}
        />
        <Select<string>
          label={t('partners.contact.fields.person')}
          name="personId"
          value={who.personId}
          onChange={(personId) => form.set('who', { ...who, personId })}
          errorMessage={form.errors.personId}
          options={personOptions}
        />
        <DateField
          label={t('partners.contact.fields.date')}
          name="date"
          value={values.date}
          onChange={(day) => form.set('date', day)}
          errorMessage={form.errors.date}
          isRequired
        />
        <Select<ContactChannel>
          label={t('partners.contact.fields.channel')}
          name="channel"
          value={values.channel}
          onChange={(channel) => form.set('channel', channel)}
          errorMessage={form.errors.channel}
          options={ContactChannel.options.map((c) => ({
            id: c,
            label: t(`partners.channel.${c}`),
          }))}
        />
        <div className="form__wide">
          <TextField
            {...form.text('summary')}
            label={t('partners.contact.fields.summary')}
            description={t('partners.contact.fields.summaryDescription')}
            multiline
          />
        </div>
        <DateField
          label={t('partners.contact.fields.followUp')}
          description={t('partners.contact.fields.followUpDescription')}
          name="followUpDate"
          value={values.followUpDate}
          onChange={(day) => form.set('followUpDate', day)}
          errorMessage={form.errors.followUpDate}
        />
      </div>
      <FormActions
        onCancel={dialog.close}
        submitLabel={contact ? t('common.save') : t('partners.contact.log')}
      />
    </form>
  );
}
