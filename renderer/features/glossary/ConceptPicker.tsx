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
import type { Concept, Language } from '../../../shared/contract';
import { useCoreQuery } from '../../app/useCore';
import { useSettings } from '../../app/useSettings';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import type { ConceptRef } from './concept-form-values';
import { conceptAbbreviations, conceptTerm, otherLanguage, termOf } from './concept-text';

/** How many matches the picker offers: enough to find one by typing a few letters. */
const PICKER_LIMIT = 20;

/** "Ontario Works (OW) · Programme Ontario au travail": enough to tell homonyms apart. */
export function conceptLabel(concept: Concept, language: Language): string {
  const term = conceptTerm(concept, language).text;
  const abbreviations = conceptAbbreviations(concept, language);
  const other = concept[otherLanguage(language)].term;
  return [
    abbreviations.length ? `${term} (${abbreviations.join(', ')})` : term,
    other && other !== term ? other : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A concept reference's term in the app's language. */
export const refLabel = (ref: ConceptRef, language: Language) => termOf(ref, language).text;

export interface ConceptPickerProps {
  label: string;
  description?: string;
  errorMessage?: string | undefined;
  /** Concepts not to offer: the one being edited, those already chosen. */
  exclude: readonly string[];
  onPick: (concept: ConceptRef) => void;
  autoFocus?: boolean;
}

/**
 * Finds a concept by typing part of a term or an acronym (in either language) and picks it. The
 * field empties after each pick, ready for the next: the choice shows beside it, not in it.
 */
export function ConceptPicker({
  label,
  description,
  errorMessage,
  exclude,
  onPick,
  autoFocus,
}: ConceptPickerProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const { language } = settings;
  const [input, setInput] = useState('');
  // The last pick: a change of selection is what closes the list (see react-stately's ComboBox).
  const [picked, setPicked] = useState<Key | null>(null);
  const query = useDebouncedValue(input.trim(), 150);
  const results = useCoreQuery(
    'glossary.list',
    { ...(query ? { query } : {}), language, limit: PICKER_LIMIT },
    { keepPrevious: true, handleErrors: true },
  );
  const items = (results.data?.items ?? [])
    .filter((concept) => !exclude.includes(concept.id))
    .map((concept) => ({
      id: concept.id,
      label: conceptLabel(concept, language),
      ref: { id: concept.id, en: concept.en.term, fr: concept.fr.term },
    }));

  return (
    <ComboBox
      className="field concept-picker"
      items={items}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={picked}
      onSelectionChange={(key) => {
        const item = items.find((i) => i.id === key);
        if (!item) return;
        setPicked(key);
        onPick(item.ref);
        setInput('');
      }}
      menuTrigger="focus"
      allowsEmptyCollection
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      autoFocus={autoFocus}
    >
      <Label className="field__label">{label}</Label>
      <div className="concept-picker__box">
        <Input className="field__input" />
        <Button className="concept-picker__button" aria-label={t('glossary.picker.show')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox__empty">{t('glossary.picker.none')}</p>}
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
