import { useTranslation } from 'react-i18next';
import { ConnectionKind, partnersContract, type Connection } from '../../../shared/contract';
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
import { ConnectionOrgPicker } from './ConnectionOrgPicker';
import { ConnectionFormSchema, type ConnectionValues } from './network-forms';
import { useConnectionWords } from './network-words';

export interface ConnectionFormProps {
  dialog: FormDialog;
  /** The connection to edit; without it the form adds one. */
  connection?: Connection | undefined;
  /** For a new connection: the organization it starts from, when opened from that organization. */
  fromId?: string | undefined;
}

export function ConnectionForm(props: ConnectionFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame
      dialog={props.dialog}
      title={props.connection ? t('network.form.editTitle') : t('network.form.addTitle')}
    >
      {props.connection ? (
        <EditConnectionBody dialog={props.dialog} connection={props.connection} />
      ) : (
        <AddConnectionBody dialog={props.dialog} fromId={props.fromId} />
      )}
    </FormDialogFrame>
  );
}

function KindField({
  value,
  onChange,
  errorMessage,
}: {
  value: ConnectionKind;
  onChange: (kind: ConnectionKind) => void;
  errorMessage: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Select<ConnectionKind>
      label={t('network.form.kind')}
      name="kind"
      value={value}
      onChange={onChange}
      errorMessage={errorMessage}
      options={ConnectionKind.options.map((kind) => ({
        id: kind,
        label: t(`network.kind.${kind}`),
      }))}
    />
  );
}

function AddConnectionBody({
  dialog,
  fromId,
}: {
  dialog: FormDialog;
  fromId?: string | undefined;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const words = useConnectionWords();
  const add = useCoreMutation('connection.add');
  const organizations = useCoreQuery('org.list', {}).data ?? [];
  const form = useDraftForm({
    key: dialog.key,
    initial: (): ConnectionValues => ({
      fromId: fromId ?? '',
      toId: '',
      kind: 'refers_to',
      note: '',
      since: null,
    }),
    schema: ConnectionFormSchema,
  });
  const { values, errors } = form;

  const submit = form.onSubmit(async (input) => {
    const saved = await add.mutateAsync(input);
    dialog.close();
    toast.info(t('network.added', { words: words.sentence(saved) }));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <ConnectionOrgPicker
          label={t('network.form.from')}
          name="fromId"
          organizations={organizations}
          value={{ organizationId: values.fromId || null, newName: '' }}
          onChange={(choice) => form.set('fromId', choice.organizationId ?? '')}
          errorMessage={errors.fromId}
          isRequired
          autoFocus={!fromId}
        />
        <KindField
          value={values.kind}
          onChange={(kind) => form.set('kind', kind)}
          errorMessage={errors.kind}
        />
        <ConnectionOrgPicker
          label={t('network.form.to')}
          name="toId"
          organizations={organizations}
          value={{ organizationId: values.toId || null, newName: '' }}
          onChange={(choice) => form.set('toId', choice.organizationId ?? '')}
          errorMessage={errors.toId}
          isRequired
          autoFocus={Boolean(fromId)}
        />
        <DateField
          label={t('network.form.since')}
          name="since"
          value={values.since}
          onChange={(since) => form.set('since', since)}
          errorMessage={errors.since}
        />
        <div className="form__wide">
          <TextField {...form.text('note')} label={t('network.form.note')} multiline />
        </div>
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('network.form.add')} />
    </form>
  );
}

type EditValues = Pick<ConnectionValues, 'kind' | 'note' | 'since'>;

function EditConnectionBody({
  dialog,
  connection,
}: {
  dialog: FormDialog;
  connection: Connection;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const words = useConnectionWords();
  const update = useCoreMutation('connection.update');
  const form = useDraftForm({
    key: dialog.key,
    initial: (): EditValues => ({
      kind: connection.kind,
      note: connection.note,
      since: connection.since,
    }),
    schema: partnersContract['connection.update'].input,
    toInput: (changes: EditValues) => ({ id: connection.id, changes }),
  });
  const { values, errors } = form;

  const submit = form.onSubmit(async (input) => {
    const saved = await update.mutateAsync(input);
    dialog.close();
    toast.info(t('network.updated', { words: words.sentence(saved) }));
  });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={form.formError} />
      <p className="network-form__between">
        {t('network.form.between', { from: connection.fromName, to: connection.toName })}
      </p>
      <div className="form__grid">
        <KindField
          value={values.kind}
          onChange={(kind) => form.set('kind', kind)}
          errorMessage={errors.kind}
        />
        <DateField
          label={t('network.form.since')}
          name="since"
          value={values.since}
          onChange={(since) => form.set('since', since)}
          errorMessage={errors.since}
        />
        <div className="form__wide">
          <TextField {...form.text('note')} label={t('network.form.note')} multiline autoFocus />
        </div>
      </div>
      <FormActions onCancel={dialog.close} submitLabel={t('common.save')} />
    </form>
  );
}
