import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionKind } from '../../../shared/contract';
import { FormDialogFrame } from '../../app/FormDialogFrame';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useDraftForm } from '../../app/useDraftForm';
import type { FormDialog } from '../../app/useFormDialog';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { todayIso } from '../meetings/schedule';
import { ConnectionOrgPicker, type PickableOrganization } from './ConnectionOrgPicker';
import {
  AskFormSchema,
  askInputOf,
  rowField,
  withAskFields,
  type AskRow,
  type AskValues,
} from './network-forms';
import { useConnectionWords } from './network-words';

export interface AskConnectionsFormProps {
  dialog: FormDialog;
  /** The organization asked, when opened from it. */
  organizationId?: string | undefined;
  /** After saving: the organization asked, to show it in the network. */
  onSaved?: (organizationId: string) => void;
}

export function AskConnectionsForm(props: AskConnectionsFormProps) {
  const { t } = useTranslation();
  return (
    <FormDialogFrame dialog={props.dialog} title={t('network.ask.title')}>
      <AskConnectionsBody {...props} />
    </FormDialogFrame>
  );
}

const ROW_FIELDS = ['organization', 'kind', 'note'] as const;

let rowCount = 0;
const newRow = (): AskRow => ({
  key: `row-${Date.now()}-${++rowCount}`,
  organizationId: null,
  newName: '',
  kind: 'refers_to',
  note: '',
});

function AskConnectionsBody({ dialog, organizationId, onSaved }: AskConnectionsFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const words = useConnectionWords();
  const ask = useCoreMutation('connection.ask');
  const organizations = useCoreQuery('org.list', {}).data ?? [];
  // The row just added takes the focus; rows there from the start leave it to the first field.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const form = useDraftForm({
    key: dialog.key,
    initial: (): AskValues => ({
      organizationId: organizationId ?? '',
      askedOn: todayIso(),
      named: [newRow()],
    }),
    schema: AskFormSchema,
    toInput: askInputOf,
  });
  const { values, errors } = form;
  const asked = organizations.find((o) => o.id === values.organizationId);

  // A message on a connection line is re-checked as that line changes, as a top-level field's is.
  const setRow = (index: number, changes: Partial<AskRow>) =>
    form.set(
      'named',
      values.named.map((row, i) => (i === index ? { ...row, ...changes } : row)),
      ROW_FIELDS.map((field) => rowField(index, field)),
    );

  const submit = form.onSubmit(async (input) => {
    let saved;
    try {
      saved = await ask.mutateAsync(input);
    } catch (error) {
      throw withAskFields(error);
    }
    dialog.close();
    const created = saved.createdOrganizationIds.length;
    // A typed name the directory already had is no new partner: name only those created.
    const newNames = saved.connections
      .filter((c) => saved.createdOrganizationIds.includes(c.toId))
      .map((c) => c.toName);
    toast.info(
      [
        t('network.ask.saved', { count: saved.connections.length, name: asked?.name ?? '' }),
        created > 0
          ? t('network.ask.created', { count: created, names: words.names(newNames) })
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    onSaved?.(input.organizationId);
  });

  return (
    <form onSubmit={submit} noValidate className="form ask-form">
      <FormError message={form.formError} />
      <div className="form__grid">
        <ConnectionOrgPicker
          label={t('network.ask.organization')}
          name="organizationId"
          organizations={organizations}
          value={{ organizationId: values.organizationId || null, newName: '' }}
          onChange={(choice) => form.set('organizationId', choice.organizationId ?? '')}
          errorMessage={errors.organizationId}
          isRequired
          autoFocus={!organizationId}
        />
        <DateField
          label={t('network.ask.askedOn')}
          name="askedOn"
          value={values.askedOn}
          onChange={(askedOn) => form.set('askedOn', askedOn)}
          errorMessage={errors.askedOn}
          isRequired
        />
      </div>
      <fieldset className="ask-form__named">
        <legend className="ask-form__legend">
          {asked ? t('network.ask.namedBy', { name: asked.name }) : t('network.ask.named')}
        </legend>
        <p className="field__description">{t('network.ask.namedHelp')}</p>
        <ol className="plain-list ask-form__rows">
          {values.named.map((row, index) => (
            <NamedRow
              key={row.key}
              row={row}
              index={index}
              organizations={organizations}
              errors={errors}
              autoFocus={row.key === focusKey || (index === 0 && Boolean(organizationId))}
              onChange={(changes) => setRow(index, changes)}
              onRemove={
                values.named.length > 1
                  ? () =>
                      // The lines below move up: their messages are re-checked where they land.
                      form.set(
                        'named',
                        values.named.filter((_, i) => i !== index),
                        values.named
                          .slice(index)
                          .flatMap((_, i) => ROW_FIELDS.map((f) => rowField(index + i, f))),
                      )
                  : undefined
              }
            />
          ))}
        </ol>
        <Button
          onPress={() => {
            const row = newRow();
            setFocusKey(row.key);
            form.set('named', [...values.named, row]);
          }}
        >
          {t('network.ask.addRow')}
        </Button>
      </fieldset>
      <FormActions onCancel={dialog.close} submitLabel={t('network.ask.submit')} />
    </form>
  );
}

interface NamedRowProps {
  row: AskRow;
  index: number;
  organizations: readonly PickableOrganization[];
  errors: Partial<Record<string, string>>;
  autoFocus: boolean;
  onChange: (changes: Partial<AskRow>) => void;
  onRemove: (() => void) | undefined;
}

function NamedRow({
  row,
  index,
  organizations,
  errors,
  autoFocus,
  onChange,
  onRemove,
}: NamedRowProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const isNew = row.organizationId === null && row.newName.trim() !== '';
  return (
    <li className="ask-form__row">
      <fieldset className="ask-form__row-fields">
        <legend className="ask-form__row-legend">{t('network.ask.rowLegend', { number })}</legend>
        <div className="form__grid">
          <div>
            <ConnectionOrgPicker
              label={t('network.ask.namedOrganization')}
              description={t('network.ask.namedOrganizationHelp')}
              name={rowField(index, 'organization')}
              organizations={organizations}
              value={{ organizationId: row.organizationId, newName: row.newName }}
              onChange={(choice) => onChange(choice)}
              errorMessage={errors[rowField(index, 'organization')]}
              allowsNew
              isRequired
              autoFocus={autoFocus}
            />
            {isNew && (
              <p className="ask-form__new">
                <Badge>{t('network.ask.newBadge')}</Badge>{' '}
                {t('network.ask.newHelp', { name: row.newName.trim() })}
              </p>
            )}
          </div>
          <Select<ConnectionKind>
            label={t('network.ask.kind')}
            name={rowField(index, 'kind')}
            value={row.kind}
            onChange={(kind) => onChange({ kind })}
            errorMessage={errors[rowField(index, 'kind')]}
            options={ConnectionKind.options.map((kind) => ({
              id: kind,
              label: t(`network.kind.${kind}`),
            }))}
          />
          <div className="form__wide">
            <TextField
              name={rowField(index, 'note')}
              label={t('network.form.note')}
              value={row.note}
              onChange={(note) => onChange({ note })}
              errorMessage={errors[rowField(index, 'note')]}
            />
          </div>
        </div>
        {onRemove && (
          <div className="row-actions">
            <Button variant="quiet" onPress={onRemove}>
              {t('network.ask.removeRow', { number })}
            </Button>
          </div>
        )}
      </fieldset>
    </li>
  );
}
