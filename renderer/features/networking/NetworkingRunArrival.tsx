import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import type { ParticipantDraft, PersonSummary } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { nameWithAgency } from './participant-text';
import type { NetworkingRunCommands } from './useNetworkingRun';

/** Enough matches to find someone by typing a few letters of their name. */
const PICKER_LIMIT = 30;

type Source = 'directory' | 'new';

const jobOf = (person: PersonSummary) => person.current[0] ?? null;

function draftOf(person: PersonSummary): ParticipantDraft {
  const job = jobOf(person);
  return {
    personId: person.id,
    name: person.name,
    organizationId: job?.organizationId ?? null,
    agency: job?.organizationName ?? '',
  };
}

/**
 * A late arrival: someone from the directory (found by typing part of their name) or someone
 * new (a name and an agency). They join from the next round; the rounds to come are re-planned.
 */
export function NetworkingRunArrival({
  isOpen,
  onOpenChange,
  commands,
  onArrived,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  commands: NetworkingRunCommands;
  onArrived: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('networking.run.arrival.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <ArrivalForm
        commands={commands}
        onCancel={() => onOpenChange(false)}
        onArrived={(name) => {
          onOpenChange(false);
          onArrived(name);
        }}
      />
    </Dialog>
  );
}

function ArrivalForm({
  commands,
  onCancel,
  onArrived,
}: {
  commands: NetworkingRunCommands;
  onCancel: () => void;
  onArrived: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source>('new');
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const form = event.currentTarget;
    const draft: ParticipantDraft | null =
      source === 'directory'
        ? person && draftOf(person)
        : name.trim()
          ? { personId: null, name: name.trim(), agency: agency.trim() }
          : null;
    if (!draft) {
      setError(t('validation.required'));
      // After the error has rendered: the field that needs it.
      queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    const session = await commands.arrive(draft);
    setSaving(false);
    if (session) onArrived(nameWithAgency({ name: draft.name ?? '', agency: draft.agency ?? '' }));
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <p>{t('networking.run.arrival.intro')}</p>
      <div className="networking-dialog__fields">
        <RadioGroup<Source>
          label={t('networking.run.arrival.source')}
          value={source}
          onChange={(next) => {
            setSource(next);
            setError(null);
          }}
          options={[
            { value: 'new', label: t('networking.run.arrival.new') },
            { value: 'directory', label: t('networking.run.arrival.fromDirectory') },
          ]}
        />
        {source === 'directory' ? (
          <PersonPicker
            person={person}
            error={error}
            onPick={(picked) => {
              setPerson(picked);
              setError(null);
            }}
          />
        ) : (
          <>
            <TextField
              label={t('networking.run.arrival.name')}
              value={name}
              onChange={(value) => {
                setName(value);
                setError(null);
              }}
              errorMessage={error ?? undefined}
              isRequired
              autoFocus
            />
            <TextField
              label={t('networking.run.arrival.agency')}
              value={agency}
              onChange={setAgency}
            />
          </>
        )}
      </div>
      <div className="dialog__actions">
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" isPending={saving}>
          {t('networking.run.arrival.submit')}
        </Button>
      </div>
    </form>
  );
}

/** Finds someone in the directory by typing part of their name (accents and case ignored). */
function PersonPicker({
  person,
  error,
  onPick,
}: {
  person: PersonSummary | null;
  error: string | null;
  onPick: (person: PersonSummary | null) => void;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState(person ? labelOf(person) : '');
  const query = useDebouncedValue(input.trim(), 150);
  const people = useCoreQuery('person.list', query && !person ? { query } : {}, {
    keepPrevious: true,
    handleErrors: true,
  });
  const items = (people.data ?? [])
    .filter((p) => p.archivedAt === null)
    .slice(0, PICKER_LIMIT)
    .map((p) => ({ id: p.id, label: labelOf(p), person: p }));

  return (
    <ComboBox
      className="field networking-picker"
      items={items}
      inputValue={input}
      onInputChange={(value) => {
        setInput(value);
        if (person && value !== labelOf(person)) onPick(null);
      }}
      selectedKey={person?.id ?? null}
      onSelectionChange={(key) => {
        const item = items.find((i) => i.id === key);
        onPick(item?.person ?? null);
        if (item) setInput(item.label);
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      autoFocus
    >
      <Label className="field__label">{t('networking.run.arrival.person')}</Label>
      <div className="networking-picker__box">
        <Input className="field__input" />
        <AriaButton
          className="networking-picker__button"
          aria-label={t('networking.run.arrival.showDirectory')}
        >
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <Text slot="description" className="field__description">
        {t('networking.run.arrival.personDescription')}
      </Text>
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => (
            <p className="listbox__empty">{t('networking.run.arrival.noMatch')}</p>
          )}
        >
          {(item: (typeof items)[number]) => (
            <ListBoxItem className="listbox__item" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

function labelOf(person: PersonSummary): string {
  const job = jobOf(person);
  return nameWithAgency({
    name: person.name,
    agency: job ? job.organizationShortName || job.organizationName : '',
  });
}
