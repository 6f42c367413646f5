import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ComboBox,
  FieldError,
  type Key,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import type { NetworkingSession, PersonSummary } from '../../../shared/contract';
import { useCoreMutation, useCoreQuery } from '../../app/useCore';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useToast } from '../../components/useToast';
import { nameWithAgency } from './participant-text';
import { useRefusal } from './useSession';

/** Enough matches to find someone by typing a few letters of their name. */
const PICKER_LIMIT = 30;

const agencyOf = (person: PersonSummary) => person.current[0] ?? null;

const labelOf = (person: PersonSummary) => {
  const job = agencyOf(person);
  return nameWithAgency({
    name: person.name,
    agency: job ? job.organizationShortName || job.organizationName : '',
  });
};

/**
 * Adds someone from the directory by typing part of their name (accents and case ignored):
 * one pick adds them with their current agency, and the field empties for the next.
 */
export function DirectoryPicker({ session }: { session: NetworkingSession }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refusal = useRefusal();
  const add = useCoreMutation('networking.addParticipant');
  const [input, setInput] = useState('');
  const [picked, setPicked] = useState<Key | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = useDebouncedValue(input.trim(), 150);
  const people = useCoreQuery('person.list', query ? { query } : {}, {
    keepPrevious: true,
    handleErrors: true,
  });
  const listed = new Set(session.participants.map((p) => p.personId));
  const items = (people.data ?? [])
    .filter((p) => p.archivedAt === null && !listed.has(p.id))
    .slice(0, PICKER_LIMIT)
    .map((person) => ({ id: person.id, label: labelOf(person), person }));

  const pick = async (person: PersonSummary) => {
    setError(null);
    const job = agencyOf(person);
    try {
      await add.mutateAsync({
        meetingId: session.meetingId,
        participant: {
          personId: person.id,
          name: person.name,
          organizationId: job?.organizationId ?? null,
          agency: job?.organizationName ?? '',
        },
      });
      toast.info(t('networking.participants.added', { name: labelOf(person) }));
    } catch (refused) {
      setError(refusal(refused));
    }
  };

  return (
    <ComboBox
      className="field networking-picker"
      items={items}
      inputValue={input}
      onInputChange={(value) => {
        setInput(value);
        setError(null);
      }}
      selectedKey={picked}
      onSelectionChange={(key) => {
        const item = items.find((i) => i.id === key);
        if (!item) return;
        setPicked(key);
        setInput('');
        void pick(item.person);
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field__label">{t('networking.participants.fromDirectory')}</Label>
      <div className="networking-picker__box">
        <Input className="field__input" />
        <Button
          className="networking-picker__button"
          aria-label={t('networking.participants.showDirectory')}
        >
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className="field__description">
        {t('networking.participants.fromDirectoryDescription')}
      </Text>
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => (
            <p className="listbox__empty">{t('networking.participants.noMatch')}</p>
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
